/**
 * The degree an ad asks for: "BS/MS in Computer Science", "PhD preferred", "Bachelor's degree or
 * equivalent experience", "a degree in a quantitative field". The level reported is the lowest one
 * the ad accepts in a required context ("BS/MS/PhD" → bachelor; "BS required, PhD preferred" →
 * bachelor); with only preferred mentions, the lowest of those. A degree named without a level is
 * "any". Abbreviations that are also ordinary words or products ("MS Office", "BE", "MA") count only
 * next to another degree, before "in …"/"degree", or in a sentence that says "degree".
 */
import type { Importance } from "../../profiles/schema";
import type { ImportanceLocator } from "./importance";
import type { JdLayout } from "./layout";

export type DegreeLevel = "bachelor" | "master" | "phd" | "any";

export interface DegreeRequirement {
  level: DegreeLevel | null;
  /** The sentence or bullet that states it. */
  text: string | null;
  importance: Importance | null;
  /** "or equivalent (practical) experience" — the degree may be replaced by experience. */
  equivalentAccepted: boolean;
}

export interface DegreeMention {
  level: DegreeLevel;
  /** The clause the mention sits in. */
  clauseStart: number;
  clauseEnd: number;
  start: number;
  importance: Importance;
}

const RANK: Record<DegreeLevel, number> = { any: 0, bachelor: 1, master: 2, phd: 3 };

/** Full words: always a degree. */
const WORDS: [DegreeLevel, RegExp][] = [
  ["phd", /\b(?:ph\.?\s?d\.?|doctorate|doctoral\s+degree|d\.phil\.?)(?![\p{L}])/giu],
  // "master" alone is also a verb ("master new tools"): it needs the possessive/plural or "degree"/"of".
  ["master", /\b(?:master(?:'|’)?s\b(?:\s+degree)?|master\s+(?:degree|of\s+(?:science|engineering|arts))|graduate\s+degree|advanced\s+degree|postgraduate\s+degree)\b/gi],
  ["bachelor", /\b(?:bachelor(?:'|’)?s?(?:\s+degree)?|undergraduate\s+degree|(?:4|four)[\s-]year\s+degree|college\s+degree|university\s+degree)\b/gi],
];

/** Abbreviations, case-sensitive, needing a degree context. */
const ABBREVIATIONS: [DegreeLevel, RegExp][] = [
  ["master", /(?<![\p{L}.])(?:M\.?S\.?c?\.?|MSc|M\.Sc\.|M\.?Eng\.?|MEng|M\.?A\.?|MBA|M\.?Tech)(?![\p{L}])/gu],
  ["bachelor", /(?<![\p{L}.])(?:B\.?S\.?c?\.?|BSc|B\.Sc\.|B\.?Eng\.?|BEng|B\.?A\.?|B\.?Tech|B\.E\.)(?![\p{L}])/gu],
];

const ANY_DEGREE_RE = /\bdegree\b/i;
const HIGH_SCHOOL_RE = /\bhigh[\s-]school\b|\bGED\b/i;
const EQUIVALENT_RE = /\bequivalent\s+(?:practical\s+|professional\s+|work\s+|industry\s+)?(?:experience|combination)|\bor\s+equivalent\b/i;
const DEGREE_NEIGHBOUR_RE = /^\s*(?:\/|,|or\b|and\b|\bdegree\b|in\s+\p{Lu}|in\s+(?:a|an|the)\b|from\b)/u;

export function findDegreeMentions(layout: JdLayout, locator: ImportanceLocator): DegreeMention[] {
  const mentions: DegreeMention[] = [];
  const { text } = layout;
  for (const clause of layout.clauses) {
    const body = text.slice(clause.start, clause.end);
    const found: { level: DegreeLevel; index: number; end: number }[] = [];
    for (const [level, re] of WORDS) {
      for (const m of body.matchAll(re)) found.push({ level, index: m.index, end: m.index + m[0].length });
    }
    const saysDegree = found.length > 0 || ANY_DEGREE_RE.test(body);
    for (const [level, re] of ABBREVIATIONS) {
      for (const m of body.matchAll(re)) {
        const end = m.index + m[0].length;
        const before = body.slice(Math.max(0, m.index - 4), m.index);
        if (saysDegree || DEGREE_NEIGHBOUR_RE.test(body.slice(end)) || /[/,]\s*$|\bor\s+$/.test(before)) {
          found.push({ level, index: m.index, end });
        }
      }
    }
    if (found.length === 0 && ANY_DEGREE_RE.test(body) && !HIGH_SCHOOL_RE.test(body)) {
      const index = body.search(ANY_DEGREE_RE);
      found.push({ level: "any", index, end: index + 6 });
    }
    for (const f of found) {
      const place = locator.at(clause.start + f.index);
      if (place.zone !== "body") continue;
      mentions.push({
        level: f.level,
        clauseStart: clause.start,
        clauseEnd: clause.end,
        start: clause.start + f.index,
        importance: place.importance,
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The ad's degree requirement from its mentions (see the module comment). */
export function degreeRequirement(text: string, mentions: readonly DegreeMention[]): DegreeRequirement {
  if (mentions.length === 0) return { level: null, text: null, importance: null, equivalentAccepted: false };
  const required = mentions.filter((m) => m.importance === "required");
  const pool = required.length > 0 ? required : mentions;
  // Lowest accepted level; "any" only when no level is named at all.
  const leveled = pool.filter((m) => m.level !== "any");
  const chosen = (leveled.length > 0 ? leveled : pool).reduce((best, m) => (RANK[m.level] < RANK[best.level] ? m : best));
  const clause = text.slice(chosen.clauseStart, chosen.clauseEnd).trim();
  return {
    level: chosen.level,
    text: clause.length > 200 ? `${clause.slice(0, 197)}…` : clause,
    importance: chosen.importance,
    equivalentAccepted: mentions.some((m) => EQUIVALENT_RE.test(text.slice(m.clauseStart, m.clauseEnd))),
  };
}

/**
 * Where a degree clause names fields of study ("… in Computer Science, Statistics or a related
 * field"): keywords there describe the degree, not a skill the ad asks for.
 */
export function fieldOfStudySpans(text: string, mentions: readonly DegreeMention[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of mentions) {
    const rest = text.slice(m.start, m.clauseEnd);
    const inField = /\b(?:in|of)\s+/.exec(rest);
    if (!inField || !/\b(?:field|discipline|area|subject|major|equivalent|similar|related|quantitative|technical)\b/i.test(rest)) continue;
    spans.push([m.start + inField.index, m.clauseEnd]);
  }
  return spans;
}
