/**
 * Years of experience an ad asks for: "5+ years", "at least 3 years of experience", "3-5 years",
 * "minimum of five (5) years", "7 yrs of industry experience". A bare "3 years" counts only when
 * experience is named near it, so "founded 10 years ago" or "a 2 year contract" never does.
 *
 * When several are given ("5+ years of engineering, 2+ of them in ML") the ad's headline is the
 * largest one in a required context; preferred ones ("7+ years preferred") are used only when the ad
 * gives no required figure.
 */
import type { Importance } from "../../profiles/schema";
import type { ImportanceLocator } from "./importance";

export interface YearsMention {
  years: number;
  start: number;
  end: number;
  importance: Importance;
}

const WORD_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
const N = `(\\d{1,2}|${Object.keys(WORD_NUMBERS).join("|")})(?:\\s*\\(\\d{1,2}\\))?`;
const YEARS = `(?:years?|yrs?\\.?)`;

/** Each pattern's first group is the number that counts (the lower bound of a range). */
const PATTERNS: { re: RegExp; needsExperience: boolean }[] = [
  { re: new RegExp(`\\b${N}\\s*(?:-|–|—|to)\\s*(?:\\d{1,2}|[a-z]+)\\s*\\+?\\s*${YEARS}`, "gi"), needsExperience: false },
  { re: new RegExp(`\\b${N}\\s*\\+\\s*${YEARS}`, "gi"), needsExperience: false },
  { re: new RegExp(`\\b${N}\\s*${YEARS}\\s*\\+`, "gi"), needsExperience: false },
  {
    re: new RegExp(`\\b(?:at\\s+least|a\\s+minimum\\s+of|minimum(?:\\s+of)?|min\\.?|no\\s+less\\s+than|more\\s+than|over)\\s+${N}\\s*\\+?\\s*${YEARS}`, "gi"),
    needsExperience: false,
  },
  { re: new RegExp(`\\b${N}\\s*${YEARS}\\s+(?:or\\s+more|minimum|at\\s+minimum|plus)\\b`, "gi"), needsExperience: false },
  { re: new RegExp(`\\b${N}\\s*${YEARS}(?:'|’)?`, "gi"), needsExperience: true },
];

const EXPERIENCE_AFTER_RE = /^(?:'|’)?\s+(?:of\s+)?(?:[\w/+#.&-]+\s+){0,5}?(?:experience|exp\b|industry|professional|hands-on|work(?:ing)?\b|building|developing|designing|in\s+(?:a|an|the)?\s*\w+\s+(?:role|position|environment))/i;
const NOT_EXPERIENCE_AFTER_RE = /^(?:'|’)?\s*(?:ago|old|of\s+age|contract|term|warranty|history|in\s+business)\b/i;
const MAX_YEARS = 30;

export function findYearsMentions(text: string, locator: ImportanceLocator): YearsMention[] {
  const mentions: YearsMention[] = [];
  for (const { re, needsExperience } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (mentions.some((x) => start < x.end && x.start < end)) continue;
      const after = text.slice(end, end + 80);
      if (NOT_EXPERIENCE_AFTER_RE.test(after)) continue;
      if (needsExperience && !EXPERIENCE_AFTER_RE.test(after)) continue;
      const years = toNumber(m[1]);
      if (years === null || years > MAX_YEARS) continue;
      const place = locator.at(start);
      if (place.zone === "skip" || place.zone === "company") continue;
      mentions.push({ years, start, end, importance: place.importance });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The headline figure: the largest required one, else the largest preferred one, else null. */
export function yearsRequired(mentions: readonly YearsMention[]): number | null {
  const required = mentions.filter((m) => m.importance === "required");
  const pool = required.length > 0 ? required : mentions;
  return pool.length > 0 ? Math.max(...pool.map((m) => m.years)) : null;
}

function toNumber(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  return WORD_NUMBERS[raw.toLowerCase()] ?? null;
}
