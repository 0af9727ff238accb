/**
 * Cuts a section's lines into entries: runs of short "header" lines (title, employer, school,
 * dates, place) each followed by its body (bullets, description sentences, wrapped continuations).
 * Experience and education both read their entries from these groups.
 */
import { leadingBullet } from "../bullets";
import { findDates, type DateMention } from "../dates";
import { gapAbove, type ParseLine } from "../lines";
import { capitalisedShare, hasCjk, wordCount } from "../text";
import { startsWithActionVerb } from "./action-verbs";

export type LineRole = "header" | "bullet" | "prose" | "continuation";

export interface EntryLine {
  line: ParseLine;
  /** Text without its bullet glyph. */
  text: string;
  role: LineRole;
  /** The bullet glyph, when the line had one. */
  glyph: string | null;
  dates: DateMention[];
}

export interface EntryGroup {
  header: EntryLine[];
  body: EntryLine[];
}

export function classifyLines(lines: ParseLine[]): EntryLine[] {
  const glyphCounts = new Map<string, number>();
  const marks = lines.map((l) => leadingBullet(l.raw) ?? leadingBullet(l.text));
  for (const m of marks) if (m?.rest) glyphCounts.set(m.glyph, (glyphCounts.get(m.glyph) ?? 0) + 1);
  const commonest = [...glyphCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

  const out: EntryLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const mark = marks[i];
    const text = mark ? mark.rest : line.text;
    const dates = findDates(text);
    const prev = out[out.length - 1];
    let role: LineRole;
    if (mark && !mark.rest) {
      role = "bullet"; // a detached glyph: the text follows on the next line
    } else if (mark || line.listItem) {
      // A rarer glyph marking short title-like lines ("■ Ph.D. in …" above "● Adviser: …") is an entry header.
      const rarerGlyph = mark && commonest && mark.glyph !== commonest && glyphCounts.size > 1;
      role = rarerGlyph && isTitleLike(text) ? "header" : "bullet";
    } else if (prev && isContinuation(prev, line, lines, i, dates)) {
      role = "continuation";
    } else if (prev && prev.role !== "header" && DANGLING_END.test(text) && !hasRange(dates)) {
      // "Designed and" above a page break: a sentence cut short, never a title or an employer.
      role = "continuation";
    } else if (isProse(text, dates) || (/[:：]$/.test(text) && !hasRange(dates))) {
      // A label ending in a colon ("Key responsibilities:") introduces the bullets under it.
      role = "prose";
    } else {
      role = "header";
    }
    out.push({ line, text, role, glyph: mark?.glyph ?? null, dates });
  }
  // A detached glyph line gives its role to the text line after it.
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i].role === "bullet" && !out[i].text && out[i + 1].role !== "bullet") out[i + 1].role = "bullet";
  }
  return out.filter((l) => l.text.trim());
}

/** A line ending in a word that needs more after it: a conjunction, an article or a preposition. */
const DANGLING_END = /(?:^|\s)(?:and|or|of|the|to|with|for|in|a|an|on|by|from|und|oder|et|ou|y)$/iu;

function isTitleLike(text: string): boolean {
  const share = capitalisedShare(text);
  return wordCount(text) <= 10 && (share == null || share >= 0.6) && !/[.;]$/.test(text);
}

function hasRange(dates: DateMention[]): boolean {
  return dates.some((d) => d.isRange || d.start?.format !== "year");
}

/** A sentence rather than a title line: long, mostly lower-case, or opening with an action verb. */
export function isProse(text: string, dates: DateMention[] = []): boolean {
  // "Led the team to its first title in October 2015; …": a sentence that mentions a date is still a sentence.
  const dated = hasRange(dates) && !(wordCount(text) >= 6 && startsWithActionVerb(text) && !dates.some((d) => d.isRange));
  if (dated && text.length <= 160) return false;
  // A CJK sentence ends with a full stop ("…使用 Python 和 Kafka。"); titles and employers never do.
  if (hasCjk(text)) return text.replace(/\s+/g, "").length > 45 || /[。！？]$/u.test(text);
  const words = wordCount(text);
  const share = capitalisedShare(text) ?? 1;
  if (text.length > 110) return true;
  if (/^\p{Ll}/u.test(text) && words >= 3) return true;
  if (words >= 5 && share < 0.5) return true;
  if (words >= 3 && startsWithActionVerb(text) && /^\S+\s+(?:\p{Ll}|\d|a\b|an\b)/u.test(text)) return true;
  return /[.!?]$/.test(text) && words >= 6 && share < 0.7;
}

/** A wrapped line of the bullet or sentence above it. */
function isContinuation(prev: EntryLine, line: ParseLine, lines: ParseLine[], i: number, dates: DateMention[]): boolean {
  if (prev.role === "header" || hasRange(dates)) return false;
  // Without geometry a line is a whole paragraph (DOCX, DOC): it never wraps onto the next.
  if (line.y == null) return false;
  const before = lines[i - 1];
  if (before.fontSize != null && line.fontSize != null && Math.abs(before.fontSize - line.fontSize) >= 1) return false;
  if (!!before.bold !== !!line.bold) return false;
  const gap = gapAbove(lines, i);
  if (gap != null && gap > 0.8) return false;
  const open = !/[.!?;:。！？；：]$/u.test(prev.text);
  // "DATA ENGINEER" under a bullet in sentence case: a new header, not the bullet's wrapped end.
  if (allCaps(line.text) && !allCaps(prev.text)) return false;
  if (!line.blockStart) return /^\p{Ll}/u.test(line.text) || open;
  // Across a block boundary only with geometry that shows the lines touching.
  if (gap == null || gap > 0.5 || !open) return false;
  const share = capitalisedShare(line.text);
  return /^\p{Ll}/u.test(line.text) || share == null || share < 0.5 || wordCount(line.text) <= 2;
}

/** Upper-case words only, at least two letters in all ("SPOTIFY AB", "2017 – PRESENT"). */
function allCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Header runs and the body lines after each. Body lines before the first header form their own group. */
export function groupEntries(lines: EntryLine[]): EntryGroup[] {
  const groups: EntryGroup[] = [];
  let current: EntryGroup | null = null;
  for (const l of lines) {
    if (l.role === "header") {
      if (!current || current.body.length) {
        current = { header: [], body: [] };
        groups.push(current);
      }
      current.header.push(l);
    } else {
      if (!current) {
        current = { header: [], body: [] };
        groups.push(current);
      }
      current.body.push(l);
    }
  }
  return groups;
}

/** Strong separators between fields on one header line. */
const FIELD_SEPARATOR = /\s*(?:\||•|·|●|▪|◦|\t|\s{2,}| [–—-] | @ |(?<=\p{Ll}|\p{Lu}{2}|[.)]) at (?=\p{Lu}))\s*/u;

export interface Part {
  text: string;
  /** Header line it came from (position in the group). */
  line: number;
  /** Position among the parts of that line. */
  at: number;
  /** The separator printed before it ("" for the first part of a line). */
  sep: string;
}

/** Splits header text into fields: first on strong separators, then on commas. */
export function splitParts(text: string, line: number, commas = true): Part[] {
  const out: Part[] = [];
  const separators = [...text.matchAll(new RegExp(FIELD_SEPARATOR.source, "gu"))].map((m) => m[0]);
  for (const [n, piece] of text.split(FIELD_SEPARATOR).entries()) {
    // CJK text has no spaces inside a name or title: a space there separates fields.
    const separator = hasCjk(piece) && !/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(piece) ? /\s*[,，、;]\s*|\s+/ : /\s*[,，、]\s*|\s*;\s*/;
    const pieces = commas ? piece.split(separator) : [piece];
    for (const [k, p] of pieces.entries()) {
      const sep = k > 0 ? "," : n > 0 ? separators[n - 1].trim() || " " : "";
      let t = p.replace(/^[\s(–—-]+|[\s)–—:,-]+$/g, "").trim();
      // Keep the dot of "Inc." or an initial; drop a sentence full stop.
      if (t.endsWith(".") && !/(?:\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Bros|St)|\b\p{Lu}|\.\p{L})\.$/u.test(t)) t = t.slice(0, -1).trim();
      if (t && /[\p{L}]/u.test(t)) out.push({ text: t, line, at: out.length, sep });
    }
  }
  return out;
}
