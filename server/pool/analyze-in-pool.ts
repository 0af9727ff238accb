/**
 * The process-wide analysis pool used by the web app: `analyzeInPool(bytes, options)` runs
 * lib/report/analyze-file.ts in a worker thread with the configured limits.
 */
import type { Report } from "../../lib/report/schema";
import { createAnalyzePool, type AnalyzedFile, type AnalyzeInPoolOptions, type AnalyzePool } from "./analyze-pool";

// Kept on globalThis so Next's dev-mode module reloads reuse the threads instead of leaking them.
const cache = globalThis as unknown as { atsAnalyzePool?: AnalyzePool };

export function sharedAnalyzePool(): AnalyzePool {
  cache.atsAnalyzePool ??= createAnalyzePool();
  return cache.atsAnalyzePool;
}

export function analyzeInPool(bytes: Uint8Array, options: AnalyzeInPoolOptions): Promise<Report> {
  return sharedAnalyzePool().analyze(bytes, options);
}

/** The report plus pictures of the first PDF pages (set `renderPages`), for the web app's upload. */
export function analyzeWithPagesInPool(bytes: Uint8Array, options: AnalyzeInPoolOptions): Promise<AnalyzedFile> {
  return sharedAnalyzePool().analyzeWithPages(bytes, options);
}

/** Stops the shared pool's threads (CLI exit, tests). */
export async function closeSharedAnalyzePool(): Promise<void> {
  const pool = cache.atsAnalyzePool;
  cache.atsAnalyzePool = undefined;
  await pool?.destroy();
}
