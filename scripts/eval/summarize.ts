/**
 * Sums per-file scores into the figures of a run. The flat keys are eval.py's `--json` keys, computed
 * the same way (including its `/ max(n, 1)` denominators); `extra` holds what eval.py does not measure.
 */
import type { Report } from "../../lib/report/schema";
import type { Label } from "./labels";
import { prf, ratio, spearman, upperMedian } from "./metrics";
import { CONTACT_FIELDS, EVAL_PY_WARNING_CODES, type FileScore, type Tally } from "./score-file";

export interface FileResult {
  label: Label;
  report: Report | null;
  /** Set when analyzeFile threw or timed out: the file counts as a crash. */
  error: { code: string; message: string } | null;
  ms: number;
  /** First problem when the report does not fit the report schema (the pipeline's own contract). */
  schemaIssue: string | null;
  score: FileScore;
}

export interface WarningFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Whether eval.py scores this code (and so whether it is in the macro F1). */
  inMacro: boolean;
}

export interface Figures {
  files: number;
  crashes: number;
  name_acc: number | null;
  email_acc: number | null;
  phone_acc: number | null;
  link_acc: number | null;
  location_acc: number | null;
  section_p: number;
  section_r: number;
  section_f1: number;
  heading_recall: number;
  exp_count_exact: number;
  exp_entry_recall: number;
  exp_start_year_acc: number;
  edu_recall: number;
  skill_recall: number;
  /** `warn_<code>_f1` for every eval.py code that was wanted or raised at least once. */
  [warnF1: `warn_${string}_f1`]: number;
  warn_macro_f1: number;
  /** null where eval.py has NaN: under 3 scored files, or no match scores at all. */
  fit_spearman: number | null;
  extra: {
    contact: Record<(typeof CONTACT_FIELDS)[number], Tally>;
    nameEmailPhoneRight: Tally;
    multiColumnFlagged: Tally;
    noTextLayerFlagged: Tally;
    sectionCounts: { tp: number; fp: number; fn: number };
    headings: Tally;
    experience: { files: number; countExact: number; entries: Tally; startYearRight: number };
    education: Tally;
    skills: Tally;
    warnings: Record<string, WarningFigures>;
    fitPairs: number;
    time: { medianMs: number | null; maxMs: number | null };
    crashes: { file: string; code: string; message: string }[];
    schemaInvalid: { file: string; issue: string }[];
  };
}

export function summarize(results: readonly FileResult[], knownCodes: readonly string[]): Figures {
  const sum = (pick: (s: FileScore) => Tally): Tally =>
    results.reduce((t, r) => ({ hit: t.hit + pick(r.score).hit, total: t.total + pick(r.score).total }), {
      hit: 0,
      total: 0,
    });
  const count = (pred: (r: FileResult) => boolean) => results.filter(pred).length;
  const contact = Object.fromEntries(CONTACT_FIELDS.map((f) => [f, sum((s) => s.contact[f])])) as Figures["extra"]["contact"];

  const kinds = results.reduce(
    (k, r) => ({ tp: k.tp + r.score.sectionKinds.tp, fp: k.fp + r.score.sectionKinds.fp, fn: k.fn + r.score.sectionKinds.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  const sections = prf(kinds.tp, kinds.fp, kinds.fn);
  const headings = sum((s) => s.headings);
  const entries = sum((s) => s.experience.entries);
  const experience = {
    files: count((r) => r.score.experience.labelled),
    countExact: count((r) => r.score.experience.labelled && r.score.experience.countExact),
    entries,
    startYearRight: results.reduce((n, r) => n + r.score.experience.startYearRight, 0),
  };
  const education = sum((s) => s.education);
  const skills = sum((s) => s.skills);

  const warnings = warningFigures(results, knownCodes);
  const macroCodes = Object.entries(warnings).filter(([, w]) => w.inMacro && w.tp + w.fp + w.fn > 0);
  const warnF1 = Object.fromEntries(macroCodes.map(([code, w]) => [`warn_${code}_f1`, w.f1]));

  const pairs = results.flatMap((r) => (r.score.fit ? [r.score.fit] : []));
  const rho = spearman(
    pairs.map((p) => p.score),
    pairs.map((p) => p.human),
  );
  const times = results.map((r) => r.ms);
  const flagged = (code: string, pred: (l: Label) => boolean): Tally => {
    const files = results.filter((r) => pred(r.label));
    return { hit: files.filter((r) => r.score.warnings.got.includes(code)).length, total: files.length };
  };
  const textFiles = results.filter((r) => r.score.nameEmailPhoneRight !== null);

  return {
    files: results.length,
    crashes: count((r) => r.error !== null),
    name_acc: ratio(contact.name.hit, contact.name.total),
    email_acc: ratio(contact.email.hit, contact.email.total),
    phone_acc: ratio(contact.phone.hit, contact.phone.total),
    link_acc: ratio(contact.link.hit, contact.link.total),
    location_acc: ratio(contact.location.hit, contact.location.total),
    section_p: sections.precision,
    section_r: sections.recall,
    section_f1: sections.f1,
    heading_recall: headings.hit / Math.max(headings.total, 1),
    exp_count_exact: experience.countExact / Math.max(experience.files, 1),
    exp_entry_recall: entries.hit / Math.max(entries.total, 1),
    exp_start_year_acc: experience.startYearRight / Math.max(entries.total, 1),
    edu_recall: education.hit / Math.max(education.total, 1),
    skill_recall: skills.hit / Math.max(skills.total, 1),
    ...warnF1,
    warn_macro_f1: macroCodes.length ? macroCodes.reduce((s, [, w]) => s + w.f1, 0) / macroCodes.length : 0,
    fit_spearman: Number.isNaN(rho) ? null : rho,
    extra: {
      contact,
      nameEmailPhoneRight: { hit: textFiles.filter((r) => r.score.nameEmailPhoneRight).length, total: textFiles.length },
      multiColumnFlagged: flagged("multi_column", (l) => (l.columns ?? 1) >= 2),
      noTextLayerFlagged: flagged("no_text_layer", (l) => !l.text_layer),
      sectionCounts: kinds,
      headings,
      experience,
      education,
      skills,
      warnings,
      fitPairs: pairs.length,
      time: { medianMs: times.length ? upperMedian(times) : null, maxMs: times.length ? Math.max(...times) : null },
      crashes: results.flatMap((r) => (r.error ? [{ file: r.label.file, ...r.error }] : [])),
      schemaInvalid: results.flatMap((r) => (r.schemaIssue ? [{ file: r.label.file, issue: r.schemaIssue }] : [])),
    },
  };
}

/**
 * Per code, per file: wanted and raised is a true positive, raised only a false positive, wanted
 * only a false negative (how often a file raises a code does not matter). eval.py's codes first,
 * then any other code that was wanted or raised.
 */
function warningFigures(results: readonly FileResult[], knownCodes: readonly string[]): Record<string, WarningFigures> {
  const macro = new Set<string>(EVAL_PY_WARNING_CODES);
  const seen = results.flatMap((r) => [...r.score.warnings.wanted, ...r.score.warnings.got]);
  const codes = [...new Set([...EVAL_PY_WARNING_CODES, ...knownCodes, ...seen])];
  const out: Record<string, WarningFigures> = {};
  for (const code of codes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { score } of results) {
      const want = score.warnings.wanted.includes(code);
      const got = score.warnings.got.includes(code);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    out[code] = { tp, fp, fn, ...prf(tp, fp, fn), inMacro: macro.has(code) };
  }
  return out;
}
