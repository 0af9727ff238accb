/**
 * One scoring factor: its unrounded points (0..max) and a sentence with the figures behind them.
 * Points are rounded only once, for all factors together (allocate-points.ts), so the breakdown adds
 * up to the score exactly.
 */
export type FactorName = "keywords" | "readability" | "completeness" | "impact" | "length" | "recency";

export interface FactorResult {
  factor: FactorName;
  max: number;
  /** Unrounded points, 0..max. */
  raw: number;
  why: string;
}

/**
 * Points per factor (sum 100). Keyword coverage is most of the score because it is what decides
 * whether a resume fits the role; how the file reads in an ATS, completeness and writing quality
 * decide how well a fitting resume is received, so they move the score without swamping fit.
 */
export const FACTOR_MAX: Record<FactorName, number> = {
  keywords: 60,
  readability: 10,
  completeness: 10,
  impact: 10,
  length: 5,
  recency: 5,
};

export function factor(name: FactorName, share: number, why: string): FactorResult {
  const max = FACTOR_MAX[name];
  return { factor: name, max, raw: max * clamp01(share), why };
}

export function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

export function percent(x: number): string {
  return `${Math.round(clamp01(x) * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
