/**
 * Dev check of the Word readers against the labelled corpus: prints, per file, the reader's findings
 * next to the label's ats_issues and columns, timing, and (with --text) the reading-order text.
 * Ends with per-code precision/recall over the codes a reader can see.
 *
 *   npx tsx scripts/dev/word-findings.ts [--text] [--stream] [corpus-dir]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, basename } from "node:path";
import { readDocx } from "../../lib/extract/docx";
import { readDoc } from "../../lib/extract/doc";
import { readingText } from "../../lib/extract/reading-text";
import type { ExtractedDocument } from "../../lib/extract/model";
import type { WarningCode } from "../../lib/warnings/finding";

/** Codes the extract stage is responsible for; the rest come from parse/analyze. */
const READER_CODES: WarningCode[] = [
  "multi_column", "tables", "text_boxes", "header_footer_content", "images", "icon_glyphs",
  "ligatures", "letter_spacing", "hidden_text",
];

const args = process.argv.slice(2);
const showText = args.includes("--text");
const showStream = args.includes("--stream");
const corpus = args.find((a) => !a.startsWith("--")) ?? "/work/shared/corpus";
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}`);
  process.exit(1);
}

const tally = new Map<WarningCode, { tp: number; fp: number; fn: number }>(READER_CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
let columnsRight = 0;
let files = 0;

async function main() {
  for (const [dir, read] of [["docx", readDocx], ["doc", readDoc]] as const) {
    const folder = join(corpus, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const bytes = new Uint8Array(readFileSync(join(folder, name)));
      const label = JSON.parse(readFileSync(join(corpus, "labels", `${name}.json`), "utf8"));
      const started = performance.now();
      let doc: ExtractedDocument;
      try {
        doc = await read(bytes);
      } catch (error) {
        console.log(`\n## ${dir}/${name}: ERROR ${(error as Error).message}`);
        continue;
      }
      const ms = performance.now() - started;
      files++;
      const found = new Set(doc.findings.map((f) => f.code));
      const expected = new Set((label.ats_issues as WarningCode[]).filter((c) => READER_CODES.includes(c)));
      for (const code of READER_CODES) {
        const t = tally.get(code)!;
        if (found.has(code) && expected.has(code)) t.tp++;
        else if (found.has(code)) t.fp++;
        else if (expected.has(code)) t.fn++;
      }
      const columns = Math.max(...doc.pages.map((p) => p.columns), found.has("multi_column") ? 2 : 1);
      if ((columns >= 2 ? 2 : 1) === (label.columns ?? 1)) columnsRight++;
      console.log(`\n## ${dir}/${basename(name)}  ${ms.toFixed(0)} ms  pages ${doc.pageCount} (label ${label.pages})  columns ${columns} (label ${label.columns})`);
      console.log(`   label:    ${[...expected].join(", ") || "-"}`);
      console.log(`   findings: ${doc.findings.map((f) => `${f.code}×${f.count} [${f.evidence}]`).join("\n             ") || "-"}`);
      const sources = new Map<string, number>();
      for (const p of doc.pages) for (const b of p.blocks) sources.set(b.source, (sources.get(b.source) ?? 0) + 1);
      console.log(`   blocks:   ${[...sources].map(([s, n]) => `${s} ${n}`).join(", ")}   metadata: ${JSON.stringify(doc.metadata)}`);
      if (showText) console.log(indent(readingText(doc).text));
      if (showStream) console.log(indent(`--- stream ---\n${doc.streamText}`));
    }
  }
  console.log("\n## per-code precision / recall (reader codes)");
  for (const [code, { tp, fp, fn }] of tally) {
    if (tp + fp + fn === 0) continue;
    const p = tp + fp ? (tp / (tp + fp)).toFixed(2) : "-";
    const r = tp + fn ? (tp / (tp + fn)).toFixed(2) : "-";
    console.log(`   ${code.padEnd(22)} tp ${tp} fp ${fp} fn ${fn}  precision ${p}  recall ${r}`);
  }
  console.log(`   columns right: ${columnsRight}/${files}`);
}

function indent(text: string): string {
  return text.split("\n").map((l) => `   | ${l}`).join("\n");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
