/**
 * The skills list: items of the skills sections, split on commas, bullets, pipes, semicolons and
 * wide gaps, with "Category: a, b, c" lines reduced to their items. Proficiency words and ratings
 * are dropped; items are de-duplicated case-insensitively and kept as printed.
 */
import { leadingBullet } from "../bullets";
import { isCommonNoun } from "../entries/lexicon";
import { gapAbove, type ParseLine } from "../lines";
import { wordCount } from "../text";

const LEVELS =
  /^(?:beginner|basic|elementary|intermediate|advanced|expert|proficient|fluent|native|novice|familiar|working knowledge|good|very good|excellent|strong|grundkenntnisse|gute kenntnisse|sehr gute kenntnisse|fließend|muttersprache|verhandlungssicher|débutant|intermédiaire|avancé|courant|natif|básico|intermedio|avanzado|nativo|\d+(?:\.\d+)?\s*(?:\/\s*\d+|%|years?|yrs?)|[★☆●○•◦■□▪]+)$/i;
/** "Proficiency in accounting software", "basic Excel": the skill is what follows the qualifier. */
const QUALIFIER = /^(?:proficiency|proficient|knowledge|experience|expertise|familiarity|familiar|skilled|competence|competent)\s+(?:in|with|of|at)\s+/i;
/** A level word in lower case before a name ("basic Excel"; "Advanced Analytics" is a name itself). */
const LEVEL_PREFIX = /^(?:basic|intermediate|advanced|expert|strong|solid|good)\s+(?=\p{Lu})/u;
/** Punctuation of a running list; a tab or wide gap separates columns, which do not wrap into each other. */
const LIST_PUNCTUATION = /[,;|•·●▪◦■►▸➢✓❖、，；／]|\s\/\s/u;
/** A line that opens with its own category label ("ML Frameworks: …"), or is one, starts a new list. */
const CATEGORY = /^[^:：,;]{1,40}[:：](?:\s|$)/u;
const SEPARATORS = /\s*(?:[,;|•·●▪◦■►▸➢✓❖、，；／]|\s\/\s|\t|\s{2,}|\s[–—]\s|\s>\s|\s==\s)\s*/u;

export interface SkillItem {
  /** The item as printed. */
  text: string;
  /** Offset in the reading text (where its line starts when it cannot be placed exactly). */
  start: number;
}

/** The items of the skills sections as strings (see `skillItems`). */
export function extractSkills(sections: ParseLine[][]): string[] {
  return skillItems(sections).map((item) => item.text);
}

/** The items of the skills sections, de-duplicated case-insensitively, with where each sits. */
export function skillItems(sections: ParseLine[][]): SkillItem[] {
  const out: SkillItem[] = [];
  const seen = new Set<string>();
  for (const lines of sections) {
    for (const { text, line } of withoutTableLabels(joinWrapped(lines))) {
      let from = 0;
      for (const item of itemsOf(text)) {
        const key = item.toLowerCase();
        const at = text.indexOf(item, from);
        if (at >= 0) from = at + item.length;
        if (seen.has(key)) continue;
        seen.add(key);
        // Offsets of `text` match the raw line only where nothing was stripped before the item.
        const inRaw = line.raw.indexOf(item);
        out.push({ text: item, start: line.start + Math.max(0, inRaw >= 0 ? inRaw : at) });
      }
    }
  }
  return out;
}

/**
 * A comma list wrapped over lines ("…, Deep Learning, Natural" / "Language Processing") is one
 * list: a line that continues a list line not ending in a separator is joined to it.
 */
function joinWrapped(lines: ParseLine[]): { text: string; line: ParseLine }[] {
  const out: { text: string; line: ParseLine }[] = [];
  lines.forEach((line, i) => {
    const text = line.text;
    const prev = out[out.length - 1]?.text;
    const gap = i > 0 ? gapAbove(lines, i) : null;
    const wrapped =
      prev != null && gap != null && gap <= 0.6 && LIST_PUNCTUATION.test(prev) && !/[,;|:]\s*$/.test(prev) && !leadingBullet(text) && !CATEGORY.test(text);
    if (wrapped) out[out.length - 1].text = `${prev} ${text}`;
    else out.push({ text, line });
  });
  return out;
}

/**
 * A skills table ("Area | Tools | Years" over "Languages | Python, SQL | 7"): its rows are lists whose
 * first cell names the category, like "Languages: Python, SQL", and its head row names the columns.
 * Both are labels, not skills.
 */
function withoutTableLabels(rows: { text: string; line: ParseLine }[]): { text: string; line: ParseLine }[] {
  const cells = (t: string) => t.split("\t").map((c) => c.trim()).filter(Boolean);
  const listRow = (r: { text: string; line: ParseLine }) => {
    const c = cells(r.text);
    return r.line.source === "table" && c.length >= 2 && !LIST_PUNCTUATION.test(c[0]) && c.slice(1).some((x) => LIST_PUNCTUATION.test(x));
  };
  const out: { text: string; line: ParseLine }[] = [];
  rows.forEach((r, i) => {
    if (listRow(r)) {
      out.push({ ...r, text: cells(r.text).slice(1).join("\t") });
      return;
    }
    // The head row: plain one-word cells, as many as the list rows under it have.
    const next = rows[i + 1];
    const c = cells(r.text);
    const head = next && listRow(next) && r.line.source === "table" && c.length === cells(next.text).length && c.every((x) => !LIST_PUNCTUATION.test(x) && wordCount(x) <= 2);
    if (!head) out.push(r);
  });
  return out;
}

function itemsOf(line: string): string[] {
  let text = line;
  const bullet = leadingBullet(text);
  if (bullet) text = bullet.rest;
  // "Languages: Python, Go" → the items after the category label.
  const label = /^([^:：]{1,40})[:：]\s*(.+)$/u.exec(text);
  if (label && wordCount(label[1]) <= 5) text = label[2];
  else if (/[:：]$/.test(text.trim())) return [];
  let items = text.split(SEPARATORS);
  if (items.length === 1) {
    // A sentence, not a list.
    if (wordCount(text) > 5 && !isNameRun(text)) return [];
    if (isNameRun(text)) items = text.split(/\s+/);
  }
  return items
    .map((s) => s.replace(/^(?:and|und|et|y)\s+/i, "").replace(QUALIFIER, "").replace(LEVEL_PREFIX, "").replace(/[.:]+$/, "").replace(/\s*\((?:[^()]*)\)$/, (m) => (/\d|level|niveau/i.test(m) ? "" : m)).trim())
    .filter((s) => s && /\p{L}/u.test(s) && s.length <= 40 && wordCount(s) <= 5 && !LEVELS.test(s) && !/^(?:etc|and more|others?)\.?$/i.test(s));
}

/**
 * "Go Python Node.js TypeScript": tool names set apart by gaps the text lost. Three or more
 * capitalised or technical tokens with no joining words and no generic nouns ("Project
 * Management") are read as separate items.
 */
function isNameRun(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 3) return false;
  return tokens.every((t) => /^(?:[\p{Lu}\d][\p{L}\d.+#/-]*|[\p{Ll}]+[\p{Lu}.+#][\p{L}\d.+#/-]*)$/u.test(t) && !isCommonNoun(t));
}
