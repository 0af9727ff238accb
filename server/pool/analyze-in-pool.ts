/**
 * The process-wide analysis pool used by the web app: `analyzeInPool(bytes, options)` runs
 * lib/report/analyze-file.ts in a worker thread with the configured limits, and at most
 * ATS_QUEUE_LIMIT analyses wait for a thread (more get 503 `busy`). Page pictures are drawn
 * after the upload's response by the shared PageImageJobs.
 */
import { availableParallelism } from "node:os";
import type { Report } from "../../lib/report/schema";
import { serverConfig } from "../config";
import { createAnalyzePool, type AnalyzedUpload, type AnalyzeInPoolOptions, type AnalyzePool } from "./analyze-pool";
import { PageImageJobs } from "./page-image-jobs";

// Kept on globalThis so Next's dev-mode module reloads reuse the threads instead of leaking them.
const cache = globalThis as unknown as { atsAnalyzePool?: AnalyzePool; atsPageImageJobs?: PageImageJobs };

export function sharedAnalyzePool(): AnalyzePool {
  cache.atsAnalyzePool ??= createSharedPool();
  return cache.atsAnalyzePool;
}

/** Read once, when the first upload needs the pool, not on every call. */
function createSharedPool(): AnalyzePool {
  const { ATS_POOL_SIZE: size, ATS_QUEUE_LIMIT: maxWaiting } = serverConfig();
  // This process also serves HTTP, talks to the database and writes JSON, about a third of an
  // upload's CPU: files are read on one thread fewer than the cores (a slow file still lets the
  // next one start on a spare thread).
  const steadyThreads = Math.max(1, Math.min(size, availableParallelism() - 1));
  return createAnalyzePool({ size, steadyThreads, maxWaiting });
}

export function analyzeInPool(bytes: Uint8Array, options: AnalyzeInPoolOptions): Promise<Report> {
  return sharedAnalyzePool().analyze(bytes, options);
}

/** The web app's upload: the report as JSON text, and the sizes of a PDF's page pictures. */
export function analyzeForUploadInPool(bytes: Uint8Array, options: AnalyzeInPoolOptions): Promise<AnalyzedUpload> {
  return sharedAnalyzePool().analyzeForUpload(bytes, options);
}

/** The web app's page-picture jobs, drawn by the shared pool. */
export function sharedPageImageJobs(): PageImageJobs {
  cache.atsPageImageJobs ??= new PageImageJobs(sharedAnalyzePool());
  return cache.atsPageImageJobs;
}

/** Stops the shared pool's threads (CLI exit, tests), after the page pictures in progress. */
export async function closeSharedAnalyzePool(): Promise<void> {
  await cache.atsPageImageJobs?.idle();
  cache.atsPageImageJobs = undefined;
  const pool = cache.atsAnalyzePool;
  cache.atsAnalyzePool = undefined;
  await pool?.destroy();
}
