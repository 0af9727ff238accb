/**
 * The skills list: items of the skills sections, split on commas, bullets, pipes, semicolons and
 * wide gaps, with "Category: a, b, c" lines reduced to their items. Proficiency words and ratings
 * are dropped; items are de-duplicated case-insensitively and kept as printed.
 */
import { leadingBullet } from "./bullets";
import { isCommonNoun } from "./entries/lexicon";
import { gapAbove, type ParseLine } from "./lines";
import { wordCount } from "./text";

const LEVELS =
  /^(?:beginner|basic|elementary|intermediate|advanced|expert|proficient|fluent|native|novice|familiar|working knowledge|good|very good|excellent|strong|grundkenntnisse|gute kenntnisse|sehr gute kenntnisse|fließend|muttersprache|verhandlungssicher|débutant|intermédiaire|avancé|courant|natif|básico|intermedio|avanzado|nativo|\d+(?:\.\d+)?\s*(?:\/\s*\d+|%|years?|yrs?)|[★☆●○•◦■□▪]+)$/i;
const SEPARATORS = /\s*(?:[,;|•·●▪◦■►▸➢✓❖、，；／]|\s\/\s|\t|\s{2,}|\s[–—]\s|\s>\s|\s==\s)\s*/u;
const HAS_SEPARATOR = /[,;|•·●▪◦■►▸➢✓❖、，；／\t]|\s\/\s|\s{2,}/u;

export function extractSkills(sections: ParseLine[][]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const lines of sections) {
    for (const text of joinWrapped(lines)) {
      for (const item of itemsOf(text)) {
        const key = item.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(item);
      }
    }
  }
  return out;
}

/**
 * A comma list wrapped over lines ("…, Deep Learning, Natural" / "Language Processing") is one
 * list: a line that continues a list line not ending in a separator is joined to it.
 */
function joinWrapped(lines: ParseLine[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const text = line.text;
    const prev = out[out.length - 1];
    const gap = i > 0 ? gapAbove(lines, i) : null;
    const wrapped =
      prev != null && gap != null && gap <= 0.6 && HAS_SEPARATOR.test(prev) && !/[,;|:]\s*$/.test(prev) && !leadingBullet(text);
    if (wrapped) out[out.length - 1] = `${prev} ${text}`;
    else out.push(text);
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
    .map((s) => s.replace(/^(?:and|und|et|y)\s+/i, "").replace(/[.:]+$/, "").replace(/\s*\((?:[^()]*)\)$/, (m) => (/\d|level|niveau/i.test(m) ? "" : m)).trim())
    .filter((s) => s && /\p{L}/u.test(s) && s.length <= 40 && wordCount(s) <= 5 && !LEVELS.test(s));
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
