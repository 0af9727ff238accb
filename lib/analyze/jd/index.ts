/**
 * Job-description matching: what an ad asks for (title, years, degree, terms, each required or
 * preferred) and which of its terms the resume shows.
 *
 * Terms are the union of every profile's dictionary found in the ad (profile-terms.ts) plus a few
 * names no profile knows, found by TF-IDF (phrase-terms.ts). Whether the ad asks for a term comes
 * from where it is written (importance.ts); the resume is searched with the keyword matcher
 * (match-resume.ts). Deterministic, no network; a 600-word ad takes a few milliseconds.
 */
import type { Importance, RoleProfile } from "../../profiles/schema";
import { tokenize, type Evidence, type SectionSpan } from "../keywords";
import { degreeRequirement, fieldOfStudySpans, findDegreeMentions, type DegreeRequirement } from "./degree";
import { importanceLocator, type ImportanceLocator } from "./importance";
import { layoutOf, type JdLayout } from "./layout";
import { matchPhraseTerms, matchProfileTerms } from "./match-resume";
import { findPhraseTerms } from "./phrase-terms";
import { findProfileTerms, type Span } from "./profile-terms";
import { findTitle } from "./title";
import { findYearsMentions, yearsRequired } from "./years";

export type { DegreeLevel, DegreeRequirement } from "./degree";
export { MAX_PHRASE_TERMS } from "./phrase-terms";
export { extractTitle } from "./title";

export interface JdKeyword {
  /** Canonical name (profile terms) or the ad's spelling (phrase terms). */
  term: string;
  importance: Importance;
  /** Whether the resume shows it. */
  found: boolean;
  /** Times the resume shows it. */
  count: number;
  /** Resume section kinds it appears in. */
  sections: string[];
  /** The profile group's category; null for phrase terms. */
  category: string | null;
  /** Known to a role profile, or found by TF-IDF in this ad. */
  source: "profile" | "phrase";
  /** Times the ad names it. */
  mentions: number;
  /** In the resume: used in experience/projects, only listed, or missing. */
  evidence: Evidence;
  /** Character ranges of the resume text that show it. */
  occurrences: { start: number; end: number }[];
}

export interface JdAnalysis {
  title: string | null;
  yearsRequired: number | null;
  degree: DegreeRequirement;
  keywords: JdKeyword[];
  /** 0..100: share of the ad's terms the resume shows, weighted (see `termWeight`). */
  matchRate: number;
}

export interface JdResume {
  text: string;
  sections: readonly SectionSpan[];
}

export interface JdOptions {
  /** Every profile whose dictionary may name a term of the ad. */
  profiles: readonly RoleProfile[];
  /** The role the user aims for: its definitions and categories win where profiles overlap. */
  focus?: RoleProfile;
}

/** A required term counts twice a preferred one. */
export const IMPORTANCE_WEIGHT: Record<Importance, number> = { required: 2, preferred: 1 };
/**
 * Phrase terms count half: they are guesses (an employer's product name can slip through), and a
 * guess the resume cannot match should not cost as much as a missing curated keyword.
 */
export const PHRASE_WEIGHT = 0.5;

export function termWeight(keyword: Pick<JdKeyword, "importance" | "source">): number {
  return IMPORTANCE_WEIGHT[keyword.importance] * (keyword.source === "phrase" ? PHRASE_WEIGHT : 1);
}

/** Weighted share of terms found, 0..100, rounded; 0 when the ad has no terms. */
export function matchRate(keywords: readonly Pick<JdKeyword, "importance" | "source" | "found">[]): number {
  let total = 0;
  let found = 0;
  for (const k of keywords) {
    const w = termWeight(k);
    total += w;
    if (k.found) found += w;
  }
  return total === 0 ? 0 : Math.round((100 * found) / total);
}

export function analyzeJobDescription(jdText: string, resume: JdResume, options: JdOptions): JdAnalysis {
  const text = jdText.replace(/\r\n?/g, "\n");
  const profiles = orderProfiles(options);
  const layout = layoutOf(text);
  const locator = importanceLocator(layout);

  const titleFound = findTitle(text, profiles);
  const years = findYearsMentions(text, locator);
  const degreeMentions = findDegreeMentions(layout, locator);
  const fieldSpans = fieldOfStudySpans(text, degreeMentions);

  const profileTerms = findProfileTerms(text, profiles, askedParts(layout));
  const profilePlaced = profileTerms.map((t) => place(t.spans, locator, fieldSpans));

  const tokens = tokenize(text);
  const known = new Uint8Array(tokens.length);
  const excluded = new Uint8Array(tokens.length);
  markSpans(tokens, known, profileTerms.flatMap((t) => t.spans));
  markSpans(tokens, excluded, profileTerms.flatMap((t) => t.spans));
  markSpans(tokens, excluded, notForPhrases(layout, locator, titleFound, degreeMentions, years));
  const phrases = findPhraseTerms({
    text,
    tokens,
    excluded,
    known,
    startsClause: (i) => startsClause(layout, text, tokens[i].start),
  });
  const phrasePlaced = phrases.map((p) => place(p.spans, locator, fieldSpans));

  const profileInResume = matchProfileTerms(resume, profileTerms);
  const phraseKept = phrases.filter((_, i) => phrasePlaced[i] !== null);
  const phraseInResume = matchPhraseTerms(resume, phraseKept);

  const entries: (JdKeyword & { first: number })[] = [];
  profileTerms.forEach((t, i) => {
    const placed = profilePlaced[i];
    if (!placed) return;
    entries.push({ term: t.term, category: t.category, source: "profile", ...placed, ...profileInResume[i] });
  });
  let kept = 0;
  phrases.forEach((p, i) => {
    const placed = phrasePlaced[i];
    if (!placed) return;
    entries.push({ term: p.term, category: null, source: "phrase", ...placed, ...phraseInResume[kept++] });
  });
  // Required before preferred, then in the order the ad names them.
  entries.sort((a, b) => (a.importance === b.importance ? 0 : a.importance === "required" ? -1 : 1) || a.first - b.first);
  const keywords = entries.map(({ first: _first, ...k }) => k);

  return {
    title: titleFound?.title ?? null,
    yearsRequired: yearsRequired(years),
    degree: degreeRequirement(text, degreeMentions),
    keywords,
    matchRate: matchRate(keywords),
  };
}

/** The report's `match.jd` object (contract shape plus our additions) from an analysis. */
export function toJdMatch(analysis: JdAnalysis) {
  return {
    title: analysis.title,
    matchRate: analysis.matchRate,
    yearsRequired: analysis.yearsRequired,
    degree: { ...analysis.degree },
    keywords: analysis.keywords.map(({ term, importance, found, count, sections, category, source, mentions, occurrences }) => ({
      term,
      importance,
      found,
      count,
      sections: [...sections],
      category,
      source,
      mentions,
      occurrences: occurrences.map(({ start, end }) => ({ start, end })),
    })),
  };
}

function orderProfiles({ profiles, focus }: JdOptions): RoleProfile[] {
  const ordered = focus ? [focus, ...profiles] : [...profiles];
  const seen = new Set<string>();
  return ordered.filter((p) => !seen.has(p.slug) && (seen.add(p.slug), true));
}

/**
 * Importance, mention count and first position of a term from where the ad names it, or null when
 * every mention is out of scope (company blurb, benefits, equal-opportunity text, a degree's field
 * of study).
 */
function place(
  spans: readonly Span[],
  locator: ImportanceLocator,
  fieldSpans: readonly [number, number][],
): Pick<JdKeyword, "importance" | "mentions"> & { first: number } | null {
  let importance: Importance | null = null;
  let mentions = 0;
  let first = Infinity;
  for (const span of spans) {
    if (fieldSpans.some(([s, e]) => span.start >= s && span.start < e)) continue;
    const at = locator.at(span.start);
    if (at.zone !== "body") continue;
    mentions++;
    first = Math.min(first, span.start);
    if (at.importance === "required") importance = "required";
    else importance ??= "preferred";
  }
  return importance === null ? null : { importance, mentions, first };
}

/** Label lines that describe the job's logistics, not its skills ("Location: Berlin"). */
const LOGISTICS_LABEL_RE =
  /^[^\p{L}]*(?:location|based in|salary|compensation|pay|employment type|job type|type|schedule|hours|start date|department|team|reports? to|travel|visa|company|industry|posted|closing date|reference|job id|req(?:uisition)? id|contact)\s*:/iu;

/** E-mail addresses, URLs and host names ("talent@acme.example", "careers.acme.example/jobs"). */
const ADDRESS_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+){2,}(?:\/\S*)?|\b[\w-]+\.(?:com|io|org|net|ai|co|dev|app|jobs|example)\b(?:\/\S*)?/gi;

/** Text that may hold no phrase term: headings, the title, asides, degree clauses, years figures. */
function notForPhrases(
  layout: JdLayout,
  locator: ImportanceLocator,
  title: { start: number; end: number } | null,
  degrees: ReturnType<typeof findDegreeMentions>,
  years: ReturnType<typeof findYearsMentions>,
): Span[] {
  const spans: Span[] = layout.headings.map((h) => ({ start: h.start, end: h.end }));
  if (title) {
    const lineStart = layout.text.lastIndexOf("\n", title.start) + 1;
    const lineEnd = layout.text.indexOf("\n", title.start);
    spans.push({ start: lineStart, end: lineEnd < 0 ? layout.text.length : lineEnd });
  }
  for (const clause of layout.clauses) {
    if (locator.at(clause.start).zone !== "body" || LOGISTICS_LABEL_RE.test(layout.text.slice(clause.start, clause.end))) {
      spans.push({ start: clause.start, end: clause.end });
    }
  }
  for (const m of layout.text.matchAll(ADDRESS_RE)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const d of degrees) spans.push({ start: d.clauseStart, end: d.clauseEnd });
  for (const y of years) spans.push({ start: y.start, end: y.end });
  return spans;
}

function markSpans(tokens: ReturnType<typeof tokenize>, marks: Uint8Array, spans: readonly Span[]): void {
  if (spans.length === 0) return;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  tokens.forEach((t, i) => {
    while (s < sorted.length && sorted[s].end <= t.start) s++;
    for (let k = s; k < sorted.length && sorted[k].start < t.end; k++) {
      if (sorted[k].end > t.start) {
        marks[i] = 1;
        break;
      }
    }
  });
}

/** Whether `offset` starts its sentence or bullet, or follows a label's colon. */
function startsClause(layout: JdLayout, text: string, offset: number): boolean {
  const clause = layout.clauseAt(offset);
  if (!clause) return true;
  const before = text.slice(clause.start, offset);
  return /^[^\p{L}\d]*$/u.test(before) || /:\s*$/.test(before);
}

/**
 * The parts of the ad that list what it asks for (requirements, nice-to-haves, the stack), given to
 * the keyword matcher as skills sections: there an ambiguous name ("Go", "Ray", "R") is the
 * technology, as it would be in a resume's skills list.
 */
function askedParts(layout: JdLayout): SectionSpan[] {
  const spans: SectionSpan[] = [];
  layout.headings.forEach((h, i) => {
    if (h.role !== "required" && h.role !== "preferred") return;
    const end = i + 1 < layout.headings.length ? layout.headings[i + 1].start : layout.text.length;
    spans.push({ kind: "skills", start: h.end, end });
  });
  return spans;
}
