/**
 * Whole points per factor that add up exactly to the rounded total (largest-remainder rounding):
 * every factor gets the floor of its points, and the units left go to the largest fractions.
 * No factor exceeds its max (a fraction only rounds up to the next whole number, which is ≤ max).
 */
import type { FactorResult } from "./factor";

export interface AllocatedFactor extends FactorResult {
  points: number;
}

export function allocatePoints(factors: readonly FactorResult[]): { score: number; factors: AllocatedFactor[] } {
  const total = Math.round(factors.reduce((sum, f) => sum + f.raw, 0) * 1e9) / 1e9;
  const score = Math.round(total);
  const floors = factors.map((f) => Math.floor(f.raw + 1e-9));
  let left = score - floors.reduce((a, b) => a + b, 0);
  const order = factors
    .map((f, i) => ({ i, frac: f.raw - floors[i] }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  const points = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    if (points[i] < factors[i].max) {
      points[i]++;
      left--;
    }
  }
  // Equal to `score` by construction; summed so the invariant cannot drift with float edge cases.
  return { score: points.reduce((a, b) => a + b, 0), factors: factors.map((f, i) => ({ ...f, points: points[i] })) };
}
