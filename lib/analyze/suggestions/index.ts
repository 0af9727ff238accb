/**
 * Ranked, concrete suggestions: each says what is wrong (`message`), what it is about (`evidence`:
 * a quoted bullet, terms, a warning's location) and the edit to make (`action`).
 *
 * Ranking: priority first (high, medium, low); within a priority, by category in CATEGORY_ORDER
 * (text an ATS cannot read first, since nothing else counts until it can; then what decides whether
 * the resume is found; then how it reads), then by weight (points or items at stake), then in the
 * order generated. Deterministic for the same input.
 *
 * A document with almost no readable text (a scan, text in images) gets only the ATS and length
 * suggestions: missing keywords or sections would only repeat that the text cannot be read.
 */
import type { RoleProfile } from "../../profiles/schema";
import { loadTransitions, type Transitions } from "../../profiles/transitions";
import type { Contact, Education, Experience, Section, Suggestion, Transition, Warning } from "../../report/schema";
import type { ResumeChecks } from "../checks";
import type { JdAnalysis } from "../jd";
import type { ProfileScan } from "../keywords";
import { byRecency } from "../resume-dates";
import type { ResumeFacts } from "../resume-facts";
import { MIN_WORDS, type CompletenessItem } from "../score";
import { bulletSuggestions } from "./bullet-suggestions";
import { lengthSuggestion, recencySuggestion, transitionSuggestion } from "./career-suggestions";
import type { Draft } from "./draft";
import { jdSuggestions } from "./jd-suggestions";
import { keywordSuggestions, listedOnlySuggestion } from "./keyword-suggestions";
import { certificationSuggestions, portfolioSuggestions, positioningAdvice, sectionSuggestions } from "./profile-suggestions";
import { warningSuggestions } from "./warning-suggestions";

export { WARNING_FIX } from "./warning-suggestions";
export { degreeRank } from "./jd-suggestions";
export { isPractice, whereToAdd } from "./keyword-suggestions";

export const CATEGORY_ORDER = [
  "ats",
  "jd",
  "keywords",
  "contact",
  "evidence",
  "sections",
  "impact",
  "transition",
  "wording",
  "portfolio",
  "certifications",
  "length",
  "recency",
] as const;

const PRIORITY_ORDER: Record<Suggestion["priority"], number> = { high: 0, medium: 1, low: 2 };
export const MAX_SUGGESTIONS = 25;

export interface SuggestionInput {
  contact: Contact;
  sections: readonly Section[];
  experience: readonly Experience[];
  education: readonly Education[];
  warnings: readonly Warning[];
  profile: RoleProfile;
  scan: ProfileScan;
  checks: ResumeChecks;
  completeness: readonly CompletenessItem[];
  facts: ResumeFacts;
  transition: Transition | null;
  jd: JdAnalysis | null;
  today: Date;
  transitions?: Transitions;
}

export function buildSuggestions(input: SuggestionInput): Suggestion[] {
  const { profile, scan } = input;
  const hasSkills = input.sections.some((s) => s.kind === "skills");
  const recencyOrder = byRecency(
    input.experience.map((e, index) => ({ ...e, index })),
    input.today,
  ).map((e) => e.index);
  const advice = positioningAdvice(input.transitions ?? loadTransitions(), profile, input.transition);
  const drafts: Draft[] = [
    ...(input.jd ? jdSuggestions(input.jd, input.facts.years, input.education, hasSkills) : []),
    ...keywordSuggestions(scan.keywords, profile, hasSkills),
    ...warningSuggestions(input.warnings),
    ...sectionSuggestions(input.completeness),
    ...listedOnlySuggestion(input.checks.listedOnly),
    ...bulletSuggestions(input.checks.statements, recencyOrder),
    ...transitionSuggestion(input.transition),
    ...portfolioSuggestions(profile, scan.signals, input.contact, advice),
    ...certificationSuggestions(profile, scan.certifications, input.transition),
    ...lengthSuggestion({ pages: input.facts.pages, expectedPages: input.facts.expectedPages, words: input.facts.words, minWords: MIN_WORDS }),
    ...recencySuggestion(input.facts.monthsSinceLatest, input.experience.length > 0 && input.facts.monthsSinceLatest === null),
  ];
  const readable = input.facts.words >= MIN_READABLE_WORDS;
  return rank(readable ? drafts : drafts.filter((d) => UNREADABLE_CATEGORIES.has(d.category))).slice(0, MAX_SUGGESTIONS);
}

/** Below this many words the text an ATS reads is too thin to judge content. */
export const MIN_READABLE_WORDS = 30;
const UNREADABLE_CATEGORIES: ReadonlySet<string> = new Set(["ats", "length"]);

export function rank(drafts: readonly Draft[]): Suggestion[] {
  const category = (c: string) => {
    const i = (CATEGORY_ORDER as readonly string[]).indexOf(c);
    return i < 0 ? CATEGORY_ORDER.length : i;
  };
  return drafts
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        PRIORITY_ORDER[a.d.priority] - PRIORITY_ORDER[b.d.priority] ||
        category(a.d.category) - category(b.d.category) ||
        b.d.weight - a.d.weight ||
        a.i - b.i,
    )
    .map(({ d: { weight: _weight, ...suggestion } }) => suggestion);
}
