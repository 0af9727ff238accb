/**
 * Resumes per second through the worker pool the server uses (server/pool), with as many threads
 * as the machine has cores: every input `rounds` times, all queued at once.
 */
import { availableParallelism } from "node:os";
import { createAnalyzePool } from "../../server/pool/analyze-pool";
import type { BenchInput } from "./inputs";

export interface Throughput {
  threads: number;
  files: number;
  seconds: number;
  perSecond: number;
}

export async function poolThroughput(inputs: readonly BenchInput[], rounds: number): Promise<Throughput> {
  const threads = availableParallelism();
  const pool = createAnalyzePool({ size: threads, timeoutMs: 60_000 });
  try {
    // Warm every thread (start-up and compiling the pipeline are not throughput).
    await Promise.all(inputs.slice(0, threads * 2).map((input) => pool.analyze(input.bytes, { fileName: input.name })));
    const jobs = Array.from({ length: rounds }, () => inputs).flat();
    const t0 = performance.now();
    await Promise.all(jobs.map((input) => pool.analyze(input.bytes, { fileName: input.name })));
    const seconds = (performance.now() - t0) / 1000;
    return { threads, files: jobs.length, seconds, perSecond: jobs.length / seconds };
  } finally {
    await pool.destroy();
  }
}
