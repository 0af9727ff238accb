/**
 * Finds section headings by wording and by typography together.
 *
 * Every short, heading-like line gets a typographic signature (size, bold, all caps, paragraph
 * style). Lines whose wording is a known heading vote for their signature; a signature most of whose
 * lines are known headings is the document's heading style, and any heading-like line that shares
 * it is a heading too — that is how "Where I've made impact" is found. Known headings are also
 * accepted on their own when emphasised, or when the document shows no heading style at all.
 */
import type { SectionKind } from "../../report/schema";
import { leadingBullet } from "../bullets";
import { findDates, leadingPresent } from "../dates";
import { gapAbove, headingText, sizeRatio, type ParseLine, type ParsedText } from "../lines";
import { capitalisedShare, hasCjk, isAllCaps, wordCount } from "../text";
import { findLocation, isLocation } from "../contact/location";
import { isJobTitle } from "../entries/lexicon";
import { classifyHeading, type HeadingClass } from "./classify-heading";
import { isDocumentTitle } from "./document-titles";

export interface DetectedHeading {
  /** First and last line of the heading (a heading may wrap over lines). */
  line: number;
  lastLine: number;
  text: string;
  /** Kind from the synonym tables, or null when only typography found it. */
  kind: SectionKind | null;
  /** exact/phrase: a standard heading; hint/typography: a non-standard one. */
  match: HeadingClass["match"] | "typography";
  /** Set in the document's main heading style (the style most known headings use). */
  primary: boolean;
}

interface Candidate {
  line: ParseLine;
  text: string;
  cls: HeadingClass | null;
  signature: string;
  emphasis: Emphasis;
  headingLike: boolean;
}

interface Emphasis {
  /** An icon glyph leads the line (Font Awesome before each heading). */
  icon: boolean;
  larger: boolean;
  /** A size of its own, larger or smaller than the body (LaTeX CVs set headings small). */
  sized: boolean;
  bold: boolean;
  caps: boolean;
  styled: boolean;
  colon: boolean;
}

/** Paragraph styles that mark headings (Word's "Heading 1", localised names). */
const HEADING_STYLE = /heading|überschrift|titre|título|titolo|見出し|标题|^h[1-4]$/i;

export function detectHeadings(parsed: ParsedText): DetectedHeading[] {
  const capsDoc = shareAllCaps(parsed.lines) > 0.5;
  const candidates = parsed.lines.map((line) => candidate(line, parsed, capsDoc));
  const styles = headingSignatures(candidates);
  const primary = primarySignature(candidates);

  const accepted: DetectedHeading[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!accepts(c, styles, candidates, parsed.lines)) continue;
    // A heading wrapped over lines of the same style ("RESEARCH" / "EXPERIENCE").
    let text = c.text;
    let last = i;
    while (last + 1 < candidates.length && signatureThreshold(c) != null) {
      const next = candidates[last + 1];
      // A wrapped line may open with a lower-case joining word ("Volunteering" / "and Community").
      const continues = /^(?:and|of|und|et|y|de|du|des|für)\s+\p{Lu}/u.test(next.line.text.trim()) && !/[.,;:]$/.test(next.text);
      if (next.signature !== c.signature || !(next.headingLike || continues)) break;
      const gap = gapAbove(parsed.lines, next.line.index);
      if (gap != null && gap > 0.6) break;
      // headingText drops a leading "&" ("& ACTIVITIES"): the heading as printed keeps it.
      const joiner = /^\s*([&+])\s/.exec(next.line.text)?.[1];
      const joined = `${text} ${joiner ? `${joiner} ` : ""}${next.text}`;
      const joinedExact = classifyHeading(joined)?.match === "exact";
      // "Skills" + "Web Technologies" are a heading and its first entry; "RESEARCH" + "EXPERIENCE" one
      // heading, and so is a line ending or starting with a joining word ("AWARDS &" / "& ACTIVITIES").
      const joinedByWord = /(?:&|\band|\bof|\bund|\bet|\by)$/i.test(text) || /^(?:&|and\b|of\b|und\b|et\b|y\b)/i.test(next.line.text.trim());
      if (!joinedExact && !joinedByWord && (classifyHeading(text)?.match === "exact" || next.cls?.match === "exact")) break;
      if (wordCount(joined) > 8) break;
      text = joined;
      last++;
    }
    const cls = classifyHeading(text);
    const standard = isKnown(cls);
    accepted.push({
      line: c.line.index,
      lastLine: candidates[last].line.index,
      text,
      kind: cls ? cls.kind : null,
      match: standard ? cls!.match : cls ? "hint" : "typography",
      primary: c.signature === primary,
    });
    i = last;
  }
  return dropRepeats(dropSubheadings(accepted, candidates, primary, styles), styles, primary);
}

/** The signature most known headings share. */
function primarySignature(candidates: Candidate[]): string | null {
  const counts = new Map<string, number>();
  for (const c of candidates) if (c.headingLike && isKnown(c.cls)) counts.set(c.signature, (counts.get(c.signature) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [sig, k] of counts) if (k > n) [best, n] = [sig, k];
  return n >= 2 ? best : null;
}

/**
 * Headings set smaller than the main heading style inside a main section are its sub-headings
 * ("Books", "Journal Articles" under "PUBLICATIONS"), unless they name a different known kind.
 */
function dropSubheadings(headings: DetectedHeading[], candidates: Candidate[], primary: string | null, styles: Set<string>): DetectedHeading[] {
  if (!primary) return headings;
  const primarySize = candidates.find((c) => c.signature === primary)?.line.fontSize ?? null;
  let currentKind: SectionKind | null = null;
  return headings.filter((h) => {
    if (h.primary) {
      currentKind = h.kind;
      return true;
    }
    const c = candidates[h.line];
    const size = c.line.fontSize;
    const lower = primarySize != null && size != null && size < primarySize - 0.3;
    if (!lower || currentKind == null) return true;
    // A smaller line in a style of its own (a skills group label "Project") is part of the section.
    if (!styles.has(c.signature)) return false;
    const known = h.match === "exact" || h.match === "phrase";
    return known && h.kind !== currentKind && h.kind !== "other";
  });
}

/**
 * A heading of the same kind as the one before it, outside the main heading style (or in a
 * document with no heading style at all), is a label inside that section: "Tools" under "Skills",
 * "Project Two" under "Projects", "IT skills" in a skills list.
 */
function dropRepeats(headings: DetectedHeading[], styles: Set<string>, primary: string | null): DetectedHeading[] {
  const out: DetectedHeading[] = [];
  for (const h of headings) {
    const prev = out[out.length - 1];
    const repeat = prev && h.kind != null && h.kind === prev.kind && h.kind !== "other";
    if (repeat && (!h.primary || styles.size === 0 || primary == null)) continue;
    out.push(h);
  }
  return out;
}

/**
 * The head row of a 履歴書 table, "年 | 月 | 免許・資格": the label after the date columns titles the
 * table — unless it is the history table itself ("学歴・職歴"), whose rows carry their own labels.
 */
const FORM_HEAD = /^年\s*\t\s*月\s*\t\s*(\S.*)$/u;

function formHead(line: ParseLine): string | null {
  const label = FORM_HEAD.exec(line.text)?.[1].trim();
  const kind = label ? classifyHeading(label)?.kind : null;
  return label && kind && kind !== "education" && kind !== "experience" ? label : null;
}

function candidate(line: ParseLine, parsed: ParsedText, capsDoc: boolean): Candidate {
  const text = formHead(line) ?? headingText(line);
  const ratio = sizeRatio(line, parsed.body);
  const emphasis: Emphasis = {
    icon: /^\s*[\uE000-\uF8FF]/u.test(line.raw),
    larger: ratio != null && ratio >= 1.12,
    sized: ratio != null && Math.abs(ratio - 1) >= 0.05,
    bold: !!line.bold && !parsed.body.bold,
    caps: !capsDoc && isAllCaps(text),
    styled: !!line.style && HEADING_STYLE.test(line.style),
    colon: /[:：]$/.test(text),
  };
  const clean = text.replace(/[:：]$/, "").trim();
  const cls = clean ? classifyHeading(clean) : null;
  const size = line.fontSize == null ? "-" : String(Math.round(line.fontSize * 2) / 2);
  const signature = [size, emphasis.bold ? "B" : "", emphasis.caps ? "C" : "", emphasis.styled ? line.style : ""].join("|");
  return { line, text: clean, cls, signature, emphasis, headingLike: isHeadingLike(clean, line, cls) };
}

/** A standard heading: the whole line is a known phrase, or a known phrase is most of it. */
function isKnown(cls: HeadingClass | null): boolean {
  return !!cls && (cls.match === "exact" || (cls.match === "phrase" && (cls.coverage > 0.5 || (cls.coverage === 0.5 && cls.atEnd))));
}

function isHeadingLike(text: string, line: ParseLine, cls: HeadingClass | null): boolean {
  if (!text || !/\p{L}/u.test(text)) return false;
  // Contact lines, places and job titles under the name are not headings unless the wording says so.
  if (cls?.match !== "exact" && (/,/.test(text) || isLocation(text) || (findLocation(text)?.rank ?? 0) >= 3 || isJobTitle(text))) return false;
  if (line.listItem || line.source === "header" || line.source === "footer") return false;
  if (leadingBullet(line.text)) return false;
  if (isDocumentTitle(text)) return false;
  if (/[@]|https?:|www\.|\.com\b/i.test(text)) return false;
  if ((text.match(/\d/g) ?? []).length > 2) return false;
  if (findDates(text).some((d) => d.isRange || d.start?.format !== "year")) return false;
  const present = leadingPresent(text);
  if (present && !text.slice(present.text.length).trim()) return false; // "Present", "現在にいたる"
  if (/[.,;]$/.test(text)) return false;
  // "Skills: Python, Go" is content, not a heading.
  if (/[:：]\s*\S/.test(text)) return false;
  if (hasCjk(text)) return text.replace(/\s+/g, "").length <= 24;
  if (text.length > 60 || wordCount(text) > 7) return false;
  return /^[\p{Lu}\p{N}【「(（[]/u.test(text);
}

/** Emphasis a signature carries, and how much of its use must be known headings to trust it. */
function signatureThreshold(c: Candidate): number | null {
  const e = c.emphasis;
  if (e.larger || e.styled || e.icon) return 0.34;
  if (e.caps) return 0.5;
  if (e.bold || e.sized) return 0.6;
  return null;
}

function headingSignatures(candidates: Candidate[]): Set<string> {
  const stats = new Map<string, { known: number; total: number; threshold: number | null }>();
  for (const c of candidates) {
    if (!c.headingLike) continue;
    const s = stats.get(c.signature) ?? { known: 0, total: 0, threshold: signatureThreshold(c) };
    s.total++;
    // Hint words vote too when the style stands out (larger, capitals): a resume whose headings are
    // all non-standard ("What I bring", "My toolbox") still has a heading style.
    const strong = c.emphasis.larger || c.emphasis.caps || c.emphasis.styled;
    if (isKnown(c.cls) || (strong && c.cls?.match === "hint")) s.known++;
    stats.set(c.signature, s);
  }
  const out = new Set<string>();
  for (const [sig, s] of stats) {
    if (s.threshold == null) continue;
    if (s.known >= 2 && s.known / s.total >= s.threshold) out.add(sig);
    else if (s.known === 1 && s.total === 1) out.add(sig);
  }
  return out;
}

function accepts(c: Candidate, styles: Set<string>, all: Candidate[], lines: ParseLine[]): boolean {
  // A line set tight under a line of the same size is wrapped text ("…Natural / Language Processing").
  if (isWrapped(lines, c.line.index)) return false;
  const known = isKnown(c.cls);
  const anyEmphasis = c.emphasis.larger || c.emphasis.bold || c.emphasis.caps || c.emphasis.styled || c.emphasis.icon;
  if (!c.headingLike) {
    // A known heading may break the shape rules (lower-case words, a long Japanese label)
    // but never the content rules.
    if (!(known && c.cls!.match === "exact" && anyEmphasis && wordCount(c.text) <= 8 && !c.line.listItem)) return false;
  }
  if (styles.has(c.signature)) {
    if (known) return true;
    // A non-standard heading: something other than more lines of this style must follow (a heading
    // wrapped in a narrow margin has up to three more).
    const after = all.slice(c.line.index + 1, c.line.index + 5).find((n) => n.signature !== c.signature);
    if (!after) return false;
    // A style told apart only by weight or size is shared with job titles: ask for Title Case too.
    const strong = c.emphasis.larger || c.emphasis.caps || c.emphasis.styled;
    const share = capitalisedShare(c.text);
    return strong || share == null || share >= 0.5;
  }
  if (!known) return false;
  // Every word of it known ("インターンシップ・アルバイト", "Projects & Publications") reads like an exact match.
  if (c.cls!.match === "exact" || c.cls!.coverage === 1) {
    if (anyEmphasis || c.emphasis.colon) return true;
    // No emphasis at all: trust the wording only when the document shows no heading style, for a
    // short CJK label alone on its line (forms such as the 履歴書 mark rows by wording, not type), or
    // for a label alone on its line in a layout table cell or text box, where the body's heading
    // style is not used.
    if (styles.size === 0 || (hasCjk(c.text) && c.text.replace(/\s+/g, "").length <= 16)) return true;
    return c.cls!.match === "exact" && (c.line.source === "table" || c.line.source === "textbox") && wordCount(c.text) <= 3;
  }
  // A phrase inside a longer line: only when set larger or in capitals, and with few words.
  return (c.emphasis.larger || c.emphasis.caps || c.emphasis.styled || c.emphasis.icon) && wordCount(c.text) <= 5;
}

function isWrapped(lines: ParseLine[], i: number): boolean {
  const line = lines[i];
  if (line.blockStart || i === 0) return false;
  const prev = lines[i - 1];
  const gap = gapAbove(lines, i);
  if (gap == null) return false;
  const sameSize = prev.fontSize == null || line.fontSize == null || Math.abs(prev.fontSize - line.fontSize) < 0.5;
  return gap < 0.6 && sameSize && !!prev.bold === !!line.bold && !/[.:!?]$/.test(prev.text);
}

function shareAllCaps(lines: ParseLine[]): number {
  const withLetters = lines.filter((l) => (l.text.match(/\p{L}/gu) ?? []).length >= 3);
  if (!withLetters.length) return 0;
  return withLetters.filter((l) => isAllCaps(l.text)).length / withLetters.length;
}
