/**
 * Checks the suggestions and the impact factor build on: per-statement wording findings on the
 * experience bullets, and the profile skills the resume lists but never shows in use.
 */
import type { KeywordMatch } from "../keywords";
import { checkBullets, type Statement } from "./bullet-checks";

export { checkBullets, checkStatement, splitStatements, type Statement } from "./bullet-checks";
export { fillerPhrases, firstPersonWord, hasMeasurableResult, startsWithStrongVerb, weakOpener } from "./phrases";

export interface ResumeChecks {
  statements: Statement[];
  /** Profile keywords named only in a skills list or summary, never in experience or projects. */
  listedOnly: KeywordMatch[];
}

export function runChecks(experience: Parameters<typeof checkBullets>[0], keywords: readonly KeywordMatch[]): ResumeChecks {
  return { statements: checkBullets(experience), listedOnly: listedOnly(keywords) };
}

/** Listed-but-not-demonstrated keywords, most valuable first (required, then weight), stable. */
export function listedOnly(keywords: readonly KeywordMatch[]): KeywordMatch[] {
  return keywords
    .map((k, i) => ({ k, i }))
    .filter(({ k }) => k.evidence === "listed")
    .sort((a, b) => importanceRank(a.k) - importanceRank(b.k) || b.k.weight - a.k.weight || a.i - b.i)
    .map(({ k }) => k);
}

function importanceRank(k: KeywordMatch): number {
  return k.importance === "required" ? 0 : 1;
}
