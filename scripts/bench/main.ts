/**
 * `npm run bench [-- --runs 10] [--dir folder ...]`: how fast the pipeline reads resumes on this
 * machine.
 *
 *   1. per format: ms per resume for extract, parse and analyze (median and p95 over every file ×
 *      run, single thread, after a warm-up pass), end to end, and resumes per second;
 *   2. resumes per second through the worker pool with one thread per core;
 *   3. where poppler's `pdftotext` is installed, the same PDFs through it, as a ratio;
 *   4. the keyword matcher (scripts/bench/keywords.ts) and what a job description adds;
 *   5. peak memory of the process (worker threads included).
 *
 * Inputs: the committed fixtures (refused ones skipped), or the folders given with --dir (e.g. a
 * folder of real resumes).
 */
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import type { DocumentFormat } from "../../lib/extract/model";
import { DEFAULT_DIRS, loadInputs, type BenchInput } from "./inputs";
import { benchKeywords } from "./keywords";
import { watchMemory } from "./memory";
import { pdftotextVersion, timePdftotext } from "./pdftotext";
import { timeStages, type StageTimes } from "./stages";
import { mean, median, ms, percentile } from "./stats";
import { poolThroughput } from "./throughput";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "10" }, dir: { type: "string", multiple: true }, "pool-rounds": { type: "string", default: "3" } },
  strict: true,
});
const RUNS = Number(values.runs);
const FORMATS: DocumentFormat[] = ["pdf", "docx", "doc"];
const STAGES = ["extract", "parse", "analyze", "total"] as const;

async function main(): Promise<void> {
  const memory = watchMemory();
  const dirs = values.dir?.length ? values.dir : DEFAULT_DIRS;
  printMachine();
  const loadStart = performance.now();
  // Loading also warms up: every file once through the pipeline, the first one paying for imports.
  const { inputs, refused } = await loadInputs(dirs);
  console.log(`inputs: ${dirs.join(", ")}: ${inputs.length} resumes (${countBy(inputs)}), ${refused.length} refused and skipped; warm-up ${(performance.now() - loadStart).toFixed(0)} ms`);
  const stalled = refused.filter((r) => r.endsWith("(timeout)"));
  if (stalled.length > 0) console.log(`  stopped at the pool's time limit, so never read in-process: ${stalled.join(", ")}`);
  console.log(`${RUNS} timed runs per file, one thread\n`);

  const samples = new Map<BenchInput, StageTimes[]>();
  for (let run = 0; run < RUNS; run++) {
    for (const input of inputs) {
      const list = samples.get(input) ?? [];
      list.push(await timeStages(input.bytes));
      samples.set(input, list);
    }
  }
  printStageTable(inputs, samples);

  const before = process.memoryUsage.rss() / 1024 / 1024;
  memory.startWindow();
  const throughput = await poolThroughput(inputs, Number(values["pool-rounds"]));
  console.log(
    `\nworker pool: ${throughput.threads} threads, ${throughput.files} resumes in ${throughput.seconds.toFixed(1)} s → ${throughput.perSecond.toFixed(1)} resumes/s; ` +
      `its threads added at most ${(memory.windowPeakMb() - before).toFixed(0)} MB to this process`,
  );

  printPdftotext(inputs, samples);

  console.log("\nkeyword matcher (scripts/bench/keywords.ts)");
  benchKeywords(100);
  await printJobDescription(inputs);

  console.log(
    `\npeak memory (RSS, this process and its worker threads): ${memory.peakMb().toFixed(0)} MB. This process runs the ` +
      "pipeline through tsx, which costs a few hundred MB of its own; the server's figure is `npm run load`'s.",
  );
  memory.stop();
}

function printMachine(): void {
  const cpu = cpus()[0]?.model?.trim() ?? "unknown CPU";
  let load = "";
  try {
    load = `, load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`;
  } catch {
    // not Linux
  }
  console.log(`machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}${load}`);
}

function countBy(inputs: readonly BenchInput[]): string {
  return FORMATS.map((f) => `${inputs.filter((i) => i.format === f).length} ${f.toUpperCase()}`).join(", ");
}

function printStageTable(inputs: readonly BenchInput[], samples: Map<BenchInput, StageTimes[]>): void {
  const head = STAGES.map((s) => (s === "total" ? "end to end" : s).padStart(15)).join("");
  console.log(`ms per resume${" ".repeat(9)}${head}   resumes/s`);
  console.log(`${" ".repeat(22)}${STAGES.map(() => "median    p95".padStart(15)).join("")}`);
  for (const format of FORMATS) {
    const mine = inputs.filter((i) => i.format === format);
    if (mine.length === 0) continue;
    const all = mine.flatMap((i) => samples.get(i)!);
    const cells = STAGES.map((stage) => {
      const values = all.map((t) => t[stage]);
      return `${ms(median(values)).padStart(8)}${ms(percentile(values, 95)).padStart(7)}`;
    });
    const perSecond = 1000 / mean(all.map((t) => t.total));
    console.log(`${`${format.toUpperCase()} (${mine.length} files)`.padEnd(22)}${cells.join("")}${perSecond.toFixed(1).padStart(12)}`);
  }
}

function printPdftotext(inputs: readonly BenchInput[], samples: Map<BenchInput, StageTimes[]>): void {
  const version = pdftotextVersion();
  const pdfs = inputs.filter((i) => i.format === "pdf");
  if (!version || pdfs.length === 0) {
    console.log(`\npdftotext: ${version ? "no PDF among the inputs" : "not installed, comparison skipped"}`);
    return;
  }
  const rows = pdfs.map((input) => {
    const ours = samples.get(input)!;
    return {
      input,
      poppler: timePdftotext(input.file, RUNS),
      extract: median(ours.map((t) => t.extract)),
      total: median(ours.map((t) => t.total)),
    };
  });
  const line = (label: string, subset: typeof rows) => {
    if (subset.length === 0) return;
    const poppler = median(subset.map((r) => r.poppler));
    const extract = median(subset.map((r) => r.extract));
    const total = median(subset.map((r) => r.total));
    const ratio = median(subset.map((r) => r.total / r.poppler));
    console.log(
      `  ${label.padEnd(24)} pdftotext ${ms(poppler).padStart(6)} ms   ours: extract ${ms(extract).padStart(6)} ms (${(extract / poppler).toFixed(2)}×), end to end ${ms(total).padStart(6)} ms (${(total / poppler).toFixed(2)}×; per-file median ${ratio.toFixed(2)}×)`,
    );
  };
  console.log(`\npdftotext ${version} (-layout, process start included) on the same PDFs, median ms per file:`);
  line(`all PDFs (${rows.length})`, rows);
  const short = rows.filter((r) => r.input.pages <= 2);
  line(`1–2 page PDFs (${short.length})`, short);
}

/** The analyze stage with and without a job description (tests/fixtures/jd/ml-engineer.txt), same resumes. */
async function printJobDescription(inputs: readonly BenchInput[]): Promise<void> {
  const jd = readFileSync("tests/fixtures/jd/ml-engineer.txt", "utf8");
  const sample = inputs.slice(0, 12);
  const without: number[] = [];
  const withJd: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const input of sample) {
      without.push((await timeStages(input.bytes)).analyze);
      withJd.push((await timeStages(input.bytes, jd)).analyze);
    }
  }
  console.log(
    `
job description (${jd.split(/\s+/).length} words): analyze stage median ${ms(median(without))} ms without, ${ms(median(withJd))} ms with (+${ms(median(withJd) - median(without))} ms), p95 ${ms(percentile(withJd, 95))} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
