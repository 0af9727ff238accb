/**
 * What changed between two reports of (usually) the same candidate: the score, each factor of the
 * breakdown, the profile keywords gained and lost, and the ATS warnings fixed or introduced.
 * Pure data in, data out: the coach's "compare" view and API are built on it.
 */
import type { Match, Report, Warning } from "./schema";

type KeywordHit = Match["keywords"][number];

export interface FactorChange {
  factor: string;
  /** Points in each report; null when that report has no such factor (or no match at all). */
  before: number | null;
  after: number | null;
  max: number | null;
  /** after − before, null unless both are known. */
  change: number | null;
}

export interface KeywordRef {
  term: string;
  category: string;
  /** The profile's label for `category`, when the report recorded it. */
  categoryLabel?: string;
  importance?: "required" | "preferred";
}

export interface WarningRef {
  code: Warning["code"];
  severity: Warning["severity"];
  message: string;
}

export interface ReportComparison {
  /**
   * Both reports scored against the same profile by the same scoring algorithm: only then do points
   * and keywords compare like with like (otherwise the figures are still given, for what they are).
   */
  comparable: boolean;
  profile: { before: string | null; after: string | null };
  score: { before: number | null; after: number | null; change: number | null };
  factors: FactorChange[];
  keywords: {
    /** Found in the later report, not in the earlier one. */
    gained: KeywordRef[];
    /** Found in the earlier report, not in the later one. */
    lost: KeywordRef[];
    /** Profile keywords of the later report found in neither. */
    stillMissing: KeywordRef[];
    /** How many were found in both. */
    kept: number;
  };
  warnings: {
    /** Warning codes of the earlier report that the later one no longer has. */
    resolved: WarningRef[];
    /** Warning codes the later report has and the earlier did not. */
    introduced: WarningRef[];
  };
}

/** Compares `before` (the earlier version) with `after`. */
export function compareReports(before: Report, after: Report): ReportComparison {
  const a = before.match;
  const b = after.match;
  return {
    comparable: a !== null && b !== null && a.profile === b.profile && a.algorithm === b.algorithm,
    profile: { before: a?.profile ?? null, after: b?.profile ?? null },
    score: { before: a?.score ?? null, after: b?.score ?? null, change: difference(a?.score, b?.score) },
    factors: compareFactors(before, after),
    keywords: compareKeywords(before, after),
    warnings: compareWarnings(before.ats.warnings, after.ats.warnings),
  };
}

function compareFactors(before: Report, after: Report): FactorChange[] {
  const earlier = new Map((before.match?.breakdown ?? []).map((item) => [item.factor, item]));
  const later = new Map((after.match?.breakdown ?? []).map((item) => [item.factor, item]));
  // The later report's order first (that is what the reader looks at), then factors it dropped.
  const names = [...new Set([...later.keys(), ...earlier.keys()])];
  return names.map((factor) => {
    const x = earlier.get(factor);
    const y = later.get(factor);
    return {
      factor,
      before: x?.points ?? null,
      after: y?.points ?? null,
      max: y?.max ?? x?.max ?? null,
      change: difference(x?.points, y?.points),
    };
  });
}

function compareKeywords(before: Report, after: Report): ReportComparison["keywords"] {
  const foundBefore = foundTerms(before);
  const foundAfter = foundTerms(after);
  const labels = new Map([...(before.match?.categories ?? []), ...(after.match?.categories ?? [])].map((c) => [c.category, c.label]));
  const keywordRef = (hit: KeywordHit): KeywordRef => {
    const label = labels.get(hit.category);
    return {
      term: hit.term,
      category: hit.category,
      ...(label ? { categoryLabel: label } : {}),
      ...(hit.importance ? { importance: hit.importance } : {}),
    };
  };
  const gained: KeywordRef[] = [];
  const stillMissing: KeywordRef[] = [];
  let kept = 0;
  for (const hit of after.match?.keywords ?? []) {
    const key = termKey(hit.term);
    if (hit.found && foundBefore.has(key)) kept++;
    else if (hit.found) gained.push(keywordRef(hit));
    else if (!foundBefore.has(key)) stillMissing.push(keywordRef(hit));
  }
  const lost = (before.match?.keywords ?? [])
    .filter((hit) => hit.found && !foundAfter.has(termKey(hit.term)))
    .map(keywordRef);
  return { gained, lost, stillMissing, kept };
}

function compareWarnings(before: readonly Warning[], after: readonly Warning[]): ReportComparison["warnings"] {
  const codesBefore = new Set(before.map((w) => w.code));
  const codesAfter = new Set(after.map((w) => w.code));
  return {
    resolved: firstPerCode(before.filter((w) => !codesAfter.has(w.code))),
    introduced: firstPerCode(after.filter((w) => !codesBefore.has(w.code))),
  };
}

function foundTerms(report: Report): Set<string> {
  return new Set((report.match?.keywords ?? []).filter((hit) => hit.found).map((hit) => termKey(hit.term)));
}

function termKey(term: string): string {
  return term.normalize("NFKC").toLowerCase();
}

function firstPerCode(warnings: readonly Warning[]): WarningRef[] {
  const seen = new Map<Warning["code"], WarningRef>();
  for (const w of warnings) if (!seen.has(w.code)) seen.set(w.code, { code: w.code, severity: w.severity, message: w.message });
  return [...seen.values()];
}

/** after − before, rounded to hundredths so that 7.1 − 6.8 reads 0.3. */
function difference(before: number | null | undefined, after: number | null | undefined): number | null {
  if (before === null || before === undefined || after === null || after === undefined) return null;
  return Math.round((after - before) * 100) / 100;
}
