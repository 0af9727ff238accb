/**
 * ATS readability: how much of the resume a typical ATS reads correctly, from the extraction and
 * parsing warnings. Each distinct warning code costs points by severity (a problem seen on three
 * pages is still one problem to fix); an image-only document reads as nothing at all.
 * Contact and length warnings are scored by their own factors, not here.
 */
import type { Warning } from "../../report/schema";
import type { WarningCode } from "../../warnings/finding";
import { factor, FACTOR_MAX, type FactorResult } from "./factor";

export const SEVERITY_PENALTY: Record<Warning["severity"], number> = { high: 4, medium: 2, low: 1, info: 0 };

/** Scored elsewhere: contact details by completeness, page count by length. */
const SCORED_ELSEWHERE: ReadonlySet<WarningCode> = new Set(["missing_email", "missing_phone", "long_document"]);

export function readabilityFactor(warnings: readonly Warning[]): FactorResult {
  const max = FACTOR_MAX.readability;
  if (warnings.some((w) => w.code === "no_text_layer")) {
    return factor("readability", 0, "A page has no text layer (image only): an ATS reads nothing from it.");
  }
  const worst = new Map<WarningCode, Warning["severity"]>();
  for (const w of warnings) {
    if (SCORED_ELSEWHERE.has(w.code)) continue;
    const seen = worst.get(w.code);
    if (seen === undefined || SEVERITY_PENALTY[w.severity] > SEVERITY_PENALTY[seen]) worst.set(w.code, w.severity);
  }
  const costs = [...worst.entries()]
    .map(([code, severity]) => ({ code, severity, cost: SEVERITY_PENALTY[severity] }))
    .filter((c) => c.cost > 0)
    .sort((a, b) => b.cost - a.cost || a.code.localeCompare(b.code));
  const lost = costs.reduce((sum, c) => sum + c.cost, 0);
  if (costs.length === 0) return factor("readability", 1, "No extraction or layout problems found: an ATS should read the whole resume.");
  const list = costs.map((c) => `${c.code} (${c.severity}, −${c.cost})`).join(", ");
  return factor("readability", (max - lost) / max, `${max} minus the warnings that affect ATS reading: ${list}.`);
}
