/**
 * Dev check of the PDF reader against the hand-labelled corpus: per file, the finding codes the reader
 * emits next to the label's ats_issues (only codes the reader can emit), columns, timing, and
 * optionally the reading-order text. Per-code precision/recall at the end.
 *
 *   npx tsx scripts/dev/pdf-findings.ts [name-filter] [--text] [--stream] [--evidence]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readPdf } from "../../lib/extract/pdf";
import { readingText } from "../../lib/extract/reading-text";
import type { WarningCode } from "../../lib/warnings/finding";

const CORPUS = process.env.CORPUS ?? "/work/shared/corpus";
const READER_CODES: WarningCode[] = [
  "multi_column", "header_footer_content", "tables", "images", "no_text_layer", "garbled_text",
  "icon_glyphs", "ligatures", "letter_spacing", "hidden_text",
];

async function main() {
  const args = process.argv.slice(2);
  const filter = args.find((a) => !a.startsWith("--")) ?? "";
  const showText = args.includes("--text");
  const showStream = args.includes("--stream");
  const showEvidence = args.includes("--evidence");
  const dir = path.join(CORPUS, "pdf");
  if (!existsSync(dir)) {
    console.error(`no corpus at ${dir}`);
    return;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(".pdf") && f.includes(filter)).sort();
  // Warm-up: the first document pays for loading pdf.js and its wasm.
  await readPdf(new Uint8Array(readFileSync(path.join(dir, files[0]))));
  const tally = new Map<WarningCode, { tp: number; fp: number; fn: number }>(READER_CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const times: number[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
    const label = JSON.parse(readFileSync(path.join(CORPUS, "labels", `${file}.json`), "utf8"));
    const t0 = performance.now();
    const doc = await readPdf(bytes);
    const ms = performance.now() - t0;
    times.push(ms);
    const got = new Set(doc.findings.map((f) => f.code));
    const want = new Set((label.ats_issues as WarningCode[]).filter((c) => READER_CODES.includes(c)));
    const marks: string[] = [];
    for (const code of READER_CODES) {
      const t = tally.get(code)!;
      if (got.has(code) && want.has(code)) {
        t.tp++;
        marks.push(code);
      } else if (got.has(code)) {
        t.fp++;
        marks.push(`+${code}`);
      } else if (want.has(code)) {
        t.fn++;
        marks.push(`-${code}`);
      }
    }
    const cols = doc.pages.map((p) => p.columns).join("");
    console.log(`${file.slice(0, 58).padEnd(58)} ${ms.toFixed(0).padStart(5)}ms p${doc.pageCount} cols=${cols} label=${label.columns} ${marks.join(" ")}`);
    if (showEvidence) for (const f of doc.findings) console.log(`    ${f.code} [${f.count}] ${f.evidence}`);
    if (showText) console.log(readingText(doc).text.replace(/^/gm, "    | "));
    if (showStream) console.log(doc.streamText.replace(/^/gm, "    ~ "));
  }
  console.log("\ncode                   precision  recall   (tp/fp/fn)");
  for (const [code, t] of tally) {
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : NaN;
    const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : NaN;
    console.log(`${code.padEnd(22)} ${fmt(p)}      ${fmt(r)}    (${t.tp}/${t.fp}/${t.fn})`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`\ntiming: median ${sorted[sorted.length >> 1].toFixed(0)}ms, max ${sorted[sorted.length - 1].toFixed(0)}ms, total ${times.reduce((a, b) => a + b, 0).toFixed(0)}ms`);
}

const fmt = (v: number) => (Number.isNaN(v) ? "  -  " : v.toFixed(2));

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
