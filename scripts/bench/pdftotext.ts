/**
 * poppler's pdftotext on the same PDFs, as a yardstick: what a bare text dump costs on this machine,
 * process start included (that is how it is used), run the same number of times as our pipeline.
 */
import { spawnSync } from "node:child_process";
import { median } from "./stats";

export function pdftotextVersion(): string | null {
  const run = spawnSync("pdftotext", ["-v"], { encoding: "utf8" });
  if (run.error || (run.status !== 0 && run.status !== 99)) return null;
  return /pdftotext version ([\d.]+)/.exec(`${run.stdout}${run.stderr}`)?.[1] ?? "unknown version";
}

/** Median wall time of `pdftotext -layout file -` over `runs` runs, in ms. */
export function timePdftotext(file: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    samples.push(performance.now() - t0);
    if (run.status !== 0) throw new Error(`pdftotext failed on ${file}: ${run.stderr}`);
  }
  return median(samples);
}
