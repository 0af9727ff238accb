/**
 * Maps a heading's text to a section kind with the synonym tables.
 *
 * - `exact`: the whole heading is a known phrase ("Work Experience", "Berufserfahrung", "教育背景");
 * - `phrase`: a known phrase appears inside a short heading ("Other Work Experience", "【職務経歴】");
 *   the earliest match wins, then the longest, so "Leadership Experience" is activities;
 * - `hint`: only a weak hint word matched ("My toolbox"): a non-standard heading.
 */
import type { SectionKind } from "../../report/schema";
import { foldKey, hasCjk } from "../text";
import { HEADING_HINTS, HEADING_SYNONYMS, KNOWN_OTHER, type StandardKind } from "./heading-synonyms";

export type HeadingMatch = "exact" | "phrase" | "hint";

export interface HeadingClass {
  kind: SectionKind;
  match: HeadingMatch;
  /** The table phrase that matched. */
  phrase: string;
  /** Share of the heading's words (CJK: characters) the phrase covers, 0–1. */
  coverage: number;
  /** The phrase ends the heading (its head noun: "Freelance Experience", not "Project Two"). */
  atEnd: boolean;
}

/** Joining words that do not change a heading's meaning ("Awards & Scholarships" = "Awards and Scholarships"). */
const STOPWORDS = new Set(["and", "und", "et", "y", "e", "of", "the", "my", "our", "de", "des", "du", "la", "le", "el", "del", "der", "die", "das", "i"]);
function withoutStopwords(key: string): string {
  const kept = key.split(" ").filter((w) => !STOPWORDS.has(w));
  return kept.length ? kept.join(" ") : key;
}

interface Entry {
  kind: SectionKind;
  phrase: string;
  tokens: string[];
  cjk: boolean;
}

function table(source: Partial<Record<SectionKind, string[]>>): Entry[] {
  const out: Entry[] = [];
  for (const [kind, phrases] of Object.entries(source) as [SectionKind, string[]][]) {
    for (const phrase of phrases) {
      const key = foldKey(phrase);
      out.push({ kind, phrase, tokens: withoutStopwords(key).split(" ").map(stem), cjk: hasCjk(phrase) });
    }
  }
  return out;
}

const STANDARD = table({ ...HEADING_SYNONYMS, other: KNOWN_OTHER });
const HINTS = table(HEADING_HINTS as Record<StandardKind, string[]>);
const EXACT = new Map<string, Entry>();
for (const e of STANDARD) {
  for (const key of [cjkKey(foldKey(e.phrase)), withoutStopwords(cjkKey(foldKey(e.phrase)))]) if (!EXACT.has(key)) EXACT.set(key, e);
}

/** Plural and possessive endings off, so "Project" matches "projects" and "Awards" matches "award". */
function stem(word: string): string {
  if (hasCjk(word) || word.length < 4) return word;
  return word.replace(/'s$/, "").replace(/ies$/, "y").replace(/(?<!s)s$/, "");
}

/** The key with spaces removed between CJK characters ("IT 技能" keeps its space, "教育 背景" does not). */
function cjkKey(key: string): string {
  return key.replace(/(?<=[\u3040-\u9FFF])\s+(?=[\u3040-\u9FFF])/gu, "");
}

export function classifyHeading(text: string): HeadingClass | null {
  const key = cjkKey(foldKey(text));
  if (!key) return null;
  const exact = EXACT.get(key) ?? EXACT.get(withoutStopwords(key));
  if (exact) return { kind: exact.kind, match: "exact", phrase: exact.phrase, coverage: 1, atEnd: true };
  const tokens = withoutStopwords(key).split(" ").map(stem);
  const stemmed = tokens.join(" ");
  const exactStem = STANDARD.find((e) => e.tokens.join(" ") === stemmed);
  if (exactStem) return { kind: exactStem.kind, match: "exact", phrase: exactStem.phrase, coverage: 1, atEnd: true };

  const best = bestMatch(STANDARD, tokens, key);
  if (best) return { kind: best.entry.kind, match: "phrase", phrase: best.entry.phrase, coverage: best.coverage, atEnd: best.atEnd };
  const hint = bestMatch(HINTS, tokens, key);
  if (hint) return { kind: hint.entry.kind, match: "hint", phrase: hint.entry.phrase, coverage: hint.coverage, atEnd: hint.atEnd };
  return null;
}


interface Hit {
  entry: Entry;
  position: number;
  length: number;
  compound: boolean;
}

function bestMatch(entries: Entry[], tokens: string[], key: string): { entry: Entry; coverage: number; atEnd: boolean } | null {
  const hits: Hit[] = [];
  const compact = key.replace(/\s+/g, "");
  for (const entry of entries) {
    if (entry.cjk) {
      const needle = entry.tokens.join("");
      const at = compact.indexOf(needle);
      if (at >= 0) hits.push({ entry, position: at, length: needle.length, compound: false });
      continue;
    }
    const n = entry.tokens.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      let compound = false;
      for (let k = 0; k < n && ok; k++) {
        const want = entry.tokens[k];
        const got = tokens[i + k];
        if (got === want) continue;
        // German compounds: "Sprachkenntnisse", "Ausbildungsgrad", "Berufserfahrungen".
        if (n === 1 && want.length >= 7 && (got.startsWith(want) || got.endsWith(want))) compound = true;
        else ok = false;
      }
      if (ok) {
        hits.push({ entry, position: i, length: n, compound });
        break;
      }
    }
  }
  if (!hits.length) return null;
  hits.sort(
    (a, b) =>
      Number(a.compound) - Number(b.compound) || a.position - b.position || b.length - a.length,
  );
  const top = hits[0];
  // Coverage counts every known phrase in the heading: "实习/项目经历" is two phrases, fully known.
  const covered = new Set<string>();
  for (const h of hits) {
    if (h.entry.cjk !== top.entry.cjk) continue;
    for (let k = 0; k < h.length; k++) covered.add(`${h.entry.cjk ? "c" : "w"}${h.position + k}`);
  }
  const total = top.entry.cjk ? compact.length : tokens.length;
  const atEnd = hits.some((h) => h.entry.cjk === top.entry.cjk && h.position + h.length === total);
  return { entry: top.entry, coverage: Math.min(1, covered.size / Math.max(1, total)), atEnd };
}
