/**
 * The match score, 0–100, as a breakdown of six factors that adds up to it exactly:
 * keywords 60 (profile coverage by importance, category weight and evidence; half JD match when a
 * job description is given), readability 10 (ATS warnings by severity), completeness 10 (contact,
 * valued links, expected sections), impact 10 (measurable, strong-verb, first-person-free bullets),
 * length 5 (pages vs experience) and recency 5 (most recent end date vs today). The five
 * presentation factors are scaled by keyword fit (see FIT_FLOOR).
 * Bump SCORE_ALGORITHM whenever a weight or a rule changes, so stored scores are compared like with like.
 */
import type { RoleProfile } from "../../profiles/schema";
import type { BreakdownItem, Contact, Education, Experience, Section, Warning } from "../../report/schema";
import type { Statement } from "../checks";
import type { KeywordMatch, SignalMatch } from "../keywords";
import type { ResumeFacts } from "../resume-facts";
import { allocatePoints } from "./allocate-points";
import type { FactorResult } from "./factor";
import { completenessFactor, completenessItems, type CompletenessItem } from "./completeness-factor";
import { impactFactor } from "./impact-factor";
import { keywordFactor } from "./keyword-factor";
import { lengthFactor } from "./length-factor";
import { readabilityFactor } from "./readability-factor";
import { recencyFactor } from "./recency-factor";

export const SCORE_ALGORITHM = "score-v1";

export { FACTOR_MAX, type FactorName, type FactorResult } from "./factor";
export { keywordCoverage, type KeywordCoverage } from "./keyword-factor";
export { SEVERITY_PENALTY } from "./readability-factor";
export { impactFigures } from "./impact-factor";
export type { CompletenessItem } from "./completeness-factor";
export { countedPages, expectedPages, MIN_WORDS } from "./length-factor";

export interface ScoreInput {
  contact: Contact;
  sections: readonly Section[];
  experience: readonly Experience[];
  education: readonly Education[];
  warnings: readonly Warning[];
  profile: RoleProfile;
  keywords: readonly KeywordMatch[];
  signals: readonly SignalMatch[];
  statements: readonly Statement[];
  facts: ResumeFacts;
  today: Date;
  /** JD match rate 0..100 when a job description was given. */
  jdMatchRate: number | null;
}

export interface ScoreResult {
  algorithm: string;
  score: number;
  breakdown: BreakdownItem[];
  completeness: CompletenessItem[];
}

/**
 * The presentation factors (all but keywords) count in proportion to role fit: from FIT_FLOOR of
 * their points when the resume shows none of the role's keywords to all of them at a strong match.
 * A polished resume for another job is still not a match for this one, and an ATS ranks on relevance
 * first; presentation decides how well relevant content is found and read.
 */
export const FIT_FLOOR = 0.25;

export function fitScale(keywordShare: number): number {
  return FIT_FLOOR + (1 - FIT_FLOOR) * Math.min(1, Math.max(0, keywordShare));
}

function scaleByFit(factors: FactorResult[]): FactorResult[] {
  const keywords = factors.find((f) => f.factor === "keywords");
  if (!keywords) return factors;
  const scale = fitScale(keywords.raw / keywords.max);
  if (scale >= 1) return factors;
  const note = ` Counted at ${Math.round(scale * 100)}% because presentation counts in proportion to keyword fit.`;
  return factors.map((f) => (f === keywords || f.raw === 0 ? f : { ...f, raw: f.raw * scale, why: f.why + note }));
}

export function scoreResume(input: ScoreInput): ScoreResult {
  const completeness = completenessItems(input.contact, input.sections, input.profile, input.signals);
  const { facts } = input;
  const factors = [
    keywordFactor(input.keywords, input.jdMatchRate),
    readabilityFactor(input.warnings),
    completenessFactor(completeness),
    impactFactor(input.statements),
    lengthFactor(facts),
    recencyFactor(input.experience, input.education, input.today),
  ];
  const { score, factors: allocated } = allocatePoints(scaleByFit(factors));
  return {
    algorithm: SCORE_ALGORITHM,
    score,
    breakdown: allocated.map(({ factor, points, max, why }) => ({ factor, points, max, why })),
    completeness,
  };
}
