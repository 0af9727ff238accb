/**
 * The evaluation as text. Lines that eval.py also prints keep its layout and number formatting, so
 * the two outputs can be compared line by line; our extra lines follow, and the SUMMARY comes last.
 */
import path from "node:path";
import { padNum, padText, pyFixed } from "./format-number";
import { CONTACT_FIELDS, type Tally } from "./score-file";
import type { Figures, FileResult } from "./summarize";

export function formatEvaluation(figures: Figures, results: readonly FileResult[], verbose: boolean): string[] {
  const x = figures.extra;
  const out: string[] = [];
  const frac = (t: Tally) => `${t.hit}/${t.total}`;
  out.push(`files ${figures.files}  crashes ${figures.crashes}`);
  for (const field of CONTACT_FIELDS) {
    const t = x.contact[field];
    out.push(`${padText(field, 9)} ${frac(t)} = ${pyFixed(t.total ? t.hit / t.total : null, 3)}`);
  }
  out.push(
    `sections  kind P ${pyFixed(figures.section_p, 3)} R ${pyFixed(figures.section_r, 3)} F1 ${pyFixed(figures.section_f1, 3)}` +
      `   headings found ${frac(x.headings)} = ${pyFixed(figures.heading_recall, 3)}`,
  );
  out.push(
    `experience count exact ${x.experience.countExact}/${x.experience.files}` +
      `  entries found ${frac(x.experience.entries)} = ${pyFixed(figures.exp_entry_recall, 3)}` +
      `  start year right ${x.experience.startYearRight}/${x.experience.entries.total}`,
  );
  out.push(
    `education entries found ${frac(x.education)} = ${pyFixed(figures.edu_recall, 3)}` +
      `   skills listed ${frac(x.skills)} = ${pyFixed(figures.skill_recall, 3)}`,
  );
  const warningLine = (code: string) => {
    const w = x.warnings[code];
    return (
      `warning ${padText(code, 22)} tp ${padNum(w.tp, 2)} fp ${padNum(w.fp, 2)} fn ${padNum(w.fn, 2)}` +
      `  P ${pyFixed(w.precision, 2)} R ${pyFixed(w.recall, 2)} F1 ${pyFixed(w.f1, 2)}`
    );
  };
  const active = Object.entries(x.warnings).filter(([, w]) => w.tp + w.fp + w.fn > 0);
  for (const [code, w] of active) if (w.inMacro) out.push(warningLine(code));
  out.push(`ml-engineer score vs human fit: spearman ${rho(figures.fit_spearman)} over ${x.fitPairs} files`);
  if (x.time.medianMs !== null && x.time.maxMs !== null && x.time.maxMs > 0) {
    out.push(
      `time per file: median ${pyFixed(x.time.medianMs, 0)} ms, max ${pyFixed(x.time.maxMs, 0)} ms (in-process analyzeFile)`,
    );
  }
  for (const c of x.crashes) out.push(`CRASH ${path.basename(c.file)}: ${c.code}: ${c.message}`);

  // Beyond eval.py.
  const macroCount = active.filter(([, w]) => w.inMacro).length;
  for (const [code, w] of active) if (!w.inMacro) out.push(`${warningLine(code)}  (not in eval.py's macro F1)`);
  out.push(`warning macro F1 ${pyFixed(figures.warn_macro_f1, 3)} over ${macroCount} codes`);
  const nep = x.nameEmailPhoneRight;
  out.push(`name, email and phone right on ${nep.hit} of ${nep.total} text-layer files`);
  out.push(`every two-column file flagged multi_column: ${frac(x.multiColumnFlagged)}`);
  out.push(`every image-only file flagged no_text_layer: ${frac(x.noTextLayerFlagged)}`);
  if (x.schemaInvalid.length) {
    out.push(`reports not matching the report schema: ${x.schemaInvalid.length}`);
    for (const s of x.schemaInvalid) out.push(`SCHEMA ${path.basename(s.file)}: ${s.issue}`);
  }

  if (verbose) {
    for (const r of results) {
      if (!r.score.misses.length) continue;
      out.push(`  ${path.basename(r.label.file)}${r.error ? ` (crashed: ${r.error.code})` : ""}`);
      for (const m of r.score.misses) out.push(`    ${m}`);
    }
  }
  out.push(summaryLine(figures));
  return out;
}

/** eval.py's SUMMARY line: contact is the mean of the name, email and phone accuracies present. */
export function summaryLine(figures: Figures): string {
  const contact = [figures.name_acc, figures.email_acc, figures.phone_acc].filter((v): v is number => v !== null);
  const contactMean = contact.reduce((s, v) => s + v, 0) / Math.max(contact.length, 1);
  return (
    `SUMMARY files=${figures.files} crashes=${figures.crashes} contact=${pyFixed(contactMean, 3)} ` +
    `sectionF1=${pyFixed(figures.section_f1, 3)} expRecall=${pyFixed(figures.exp_entry_recall, 3)} ` +
    `warnF1=${pyFixed(figures.warn_macro_f1, 3)} fitRho=${rho(figures.fit_spearman)}`
  );
}

/** eval.py prints nan when there is no correlation to compute (no match scores, too few, constant). */
function rho(value: number | null): string {
  return value === null ? "n/a" : pyFixed(value, 3);
}
