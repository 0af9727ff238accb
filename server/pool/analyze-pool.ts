/**
 * A pool of worker threads running the pipeline, with a time and a memory limit per file.
 * A worker that runs over time is terminated (piscina does that on abort) and replaced; one that
 * runs out of memory dies alone. Either way the caller gets an InputError, the process lives on.
 */
import path from "node:path";
import { Piscina } from "piscina";
import type { PageImage } from "../../lib/extract/pdf/render-pages";
import type { AnalyzeOptions } from "../../lib/report/analyze-file";
import type { Report } from "../../lib/report/schema";
import { serverConfig } from "../config";
import { pipelineBundle } from "./pipeline-bundle";
import { Slots } from "./slots";
import { fromPoolFailure, fromWorkerError, type SerialisedError } from "./worker-errors";

export type WorkerResult = { ok: true; report: Report; pages?: PageImage[] } | { ok: false; error: SerialisedError };

/** What the worker is asked to do besides the report. */
export interface RenderPagesTask {
  /** Milliseconds from the task's start after which no further page is drawn. */
  budgetMs: number;
}

/** Share of a file's time limit that may pass before page pictures are given up on. */
const RENDER_BUDGET_SHARE = 0.6;

export interface AnalyzePoolOptions {
  /**
   * The worker module. Resolved from the working directory by default, not from this file:
   * under `next start` this code is bundled into .next/ and its own location says nothing.
   */
  workerFile?: string;
  /** Threads; default ATS_POOL_SIZE or min(2, cores). */
  size?: number;
  /** Default per-file time limit; default ATS_TIMEOUT_MS or 20 s. */
  timeoutMs?: number;
  /** Heap limit per worker; default ATS_WORKER_MEMORY_MB or 512. */
  maxMemoryMb?: number;
}

export type AnalyzeInPoolOptions = AnalyzeOptions & {
  timeoutMs?: number;
  /**
   * Also draw pictures of the first PDF pages (the web app's side-by-side view). Off by default:
   * the CLI never pays for them. A picture that fails or runs late is left out, never an error.
   */
  renderPages?: boolean;
};

/** A report and, when asked for and the file is a PDF, pictures of its first pages (not part of the report). */
export interface AnalyzedFile {
  report: Report;
  pageImages: PageImage[];
}

export interface AnalyzePool {
  analyze(bytes: Uint8Array, options: AnalyzeInPoolOptions): Promise<Report>;
  /** The report with page pictures when `options.renderPages` is set. */
  analyzeWithPages(bytes: Uint8Array, options: AnalyzeInPoolOptions): Promise<AnalyzedFile>;
  destroy(): Promise<void>;
}

export const DEFAULT_WORKER_FILE = path.join("server", "pool", "analyze-worker.mjs");

export function createAnalyzePool(options: AnalyzePoolOptions = {}): AnalyzePool {
  const config = serverConfig();
  const size = options.size ?? config.ATS_POOL_SIZE;
  const maxMemoryMb = options.maxMemoryMb ?? config.ATS_WORKER_MEMORY_MB;
  const defaultTimeoutMs = options.timeoutMs ?? config.ATS_TIMEOUT_MS;
  const workerFile = path.resolve(/*turbopackIgnore: true*/ process.cwd(), options.workerFile ?? DEFAULT_WORKER_FILE);
  // The worker sits at <root>/server/pool/; a test's stand-in worker elsewhere gets no bundle.
  const bundle = pipelineBundle(path.resolve(/*turbopackIgnore: true*/ path.dirname(workerFile), "..", ".."));
  const piscina = new Piscina<{ bytes: Uint8Array; options: AnalyzeOptions; renderPages?: RenderPagesTask }, WorkerResult>({
    filename: workerFile,
    workerData: { pipelineBundle: bundle },
    minThreads: Math.min(1, size),
    maxThreads: size,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
  });
  // A worker dying with no task in flight is reported as a pool 'error' event; unhandled, that
  // event would take the whole server down.
  piscina.on("error", (error: unknown) => console.error("analyze pool: worker failed:", error));
  const slots = new Slots(size);

  async function analyzeWithPages(
    bytes: Uint8Array,
    { timeoutMs, renderPages, ...analyzeOptions }: AnalyzeInPoolOptions,
  ): Promise<AnalyzedFile> {
    const limitMs = timeoutMs ?? defaultTimeoutMs;
    const task = {
      bytes,
      options: analyzeOptions,
      ...(renderPages ? { renderPages: { budgetMs: Math.round(limitMs * RENDER_BUDGET_SHARE) } } : {}),
    };
    const result = await slots.use(async () => {
      const signal = AbortSignal.timeout(limitMs);
      try {
        return await piscina.run(task, { signal });
      } catch (error) {
        throw fromPoolFailure(error, { timedOut: signal.aborted, timeoutMs: limitMs, maxMemoryMb });
      }
    });
    if (!result.ok) throw fromWorkerError(result.error);
    return { report: result.report, pageImages: result.pages ?? [] };
  }

  return {
    analyze: async (bytes, options) => (await analyzeWithPages(bytes, { ...options, renderPages: false })).report,
    analyzeWithPages,
    destroy: () => piscina.destroy(),
  };
}
