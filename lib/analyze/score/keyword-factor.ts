/**
 * Keyword coverage: how much of the role profile the resume shows, and how convincingly.
 *
 * Each profile keyword has a weight (its group's, e.g. ML frameworks 3, math 1.5) and earns
 * EVIDENCE_CREDIT of it: 1 when used in experience or projects, 0.6 when only listed, 0 when missing.
 * Required and preferred keywords are covered separately and blended 75/25, since nobody shows every
 * preferred tool of a 130-keyword profile. The blend is then measured against what a strong resume
 * for the role shows (STRONG_COVERAGE), on a concave curve: the first keywords of a role say most
 * about fit, the twentieth little more.
 *
 * With a job description, the factor is half the profile coverage and half the JD's match rate:
 * the JD names what this employer screens for, the profile what the role needs in general.
 */
import { EVIDENCE_CREDIT, type KeywordMatch } from "../keywords";
import { factor, percent, type FactorResult } from "./factor";

const REQUIRED_SHARE = 0.75;
/** Blended coverage at which the factor is full: what a strong, well-written resume for the role shows. */
const STRONG_COVERAGE = 0.5;
/** < 1: concave; early keywords count for more than later ones. */
const CURVE = 0.7;
const JD_SHARE = 0.5;

export interface KeywordCoverage {
  required: number;
  preferred: number;
  /** 0..1 before the curve. */
  blended: number;
  /** 0..1 after the curve. */
  fit: number;
  counts: {
    required: { total: number; demonstrated: number; listed: number };
    preferred: { total: number; demonstrated: number; listed: number };
  };
}

export function keywordCoverage(keywords: readonly KeywordMatch[]): KeywordCoverage {
  const sums = { required: { got: 0, all: 0 }, preferred: { got: 0, all: 0 } };
  const counts = {
    required: { total: 0, demonstrated: 0, listed: 0 },
    preferred: { total: 0, demonstrated: 0, listed: 0 },
  };
  for (const k of keywords) {
    sums[k.importance].all += k.weight;
    sums[k.importance].got += k.weight * EVIDENCE_CREDIT[k.evidence];
    counts[k.importance].total++;
    if (k.evidence !== "missing") counts[k.importance][k.evidence]++;
  }
  const required = sums.required.all > 0 ? sums.required.got / sums.required.all : 0;
  const preferred = sums.preferred.all > 0 ? sums.preferred.got / sums.preferred.all : required;
  const blended = sums.required.all > 0 ? REQUIRED_SHARE * required + (1 - REQUIRED_SHARE) * preferred : preferred;
  const fit = Math.min(1, blended / STRONG_COVERAGE) ** CURVE;
  return { required, preferred, blended, fit, counts };
}

export function keywordFactor(keywords: readonly KeywordMatch[], jdMatchRate: number | null): FactorResult {
  const c = keywordCoverage(keywords);
  const { required: r, preferred: p } = c.counts;
  const shown = (x: typeof r) =>
    `${x.demonstrated + x.listed} of ${x.total}` + (x.listed > 0 ? ` (${x.listed} only listed, not shown in experience)` : "");
  let why =
    `Shows ${shown(r)} required and ${shown(p)} preferred keywords of the profile; ` +
    `weighted coverage ${percent(c.blended)}, where a strong resume for the role shows about ${percent(STRONG_COVERAGE)}.`;
  if (jdMatchRate === null) return factor("keywords", c.fit, why);
  const jd = Math.min(1, Math.max(0, jdMatchRate / 100));
  why += ` Half of this factor is the job description match rate, ${Math.round(jdMatchRate)}%.`;
  return factor("keywords", (1 - JD_SHARE) * c.fit + JD_SHARE * jd, why);
}
