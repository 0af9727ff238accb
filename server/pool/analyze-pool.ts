/**
 * A pool of worker threads running the pipeline, with a time and a memory limit per file.
 * A worker that runs over time is terminated (piscina does that on abort) and replaced; one that
 * runs out of memory dies alone. Either way the caller gets an InputError, the process lives on.
 * Analyses go before page pictures, and a full line of waiting analyses is refused (thread-gate.ts).
 */
import path from "node:path";
import { Piscina } from "piscina";
import type { PageImage, PlannedPageImage } from "../../lib/extract/pdf/render-pages";
import type { RoleProfile } from "../../lib/profiles/schema";
import type { AnalyzeOptions } from "../../lib/report/analyze-file";
import type { Report } from "../../lib/report/schema";
import { serverConfig } from "../config";
import { pipelineBundle } from "./pipeline-bundle";
import { ThreadGate } from "./thread-gate";
import { fromPoolFailure, fromWorkerError, type SerialisedError } from "./worker-errors";

/**
 * A report as JSON text, with the few fields a store indexes (same paths as in the report). The
 * web app stores the text and sends it back as it is: the server's thread never rebuilds the
 * report's objects from the worker's copy, nor turns them into JSON again, twice.
 */
export interface SerializedReport {
  json: string;
  file: Report["file"];
  match: Pick<NonNullable<Report["match"]>, "profile" | "score"> | null;
  contact: Pick<Report["contact"], "name">;
}

export type WorkerResult =
  | { ok: true; report: Report; pages?: PlannedPageImage[] }
  | { ok: true; serialized: SerializedReport; pages?: PlannedPageImage[] }
  | { ok: false; error: SerialisedError };

/**
 * Young generation of each worker's heap. V8's default (32 MB of semi-spaces) made a worker's heap
 * about 25 MB larger; a file's short-lived objects are collected just as cheaply in 8 (CPU per file
 * unchanged, measured over the fixtures).
 */
const YOUNG_GENERATION_MB = 8;

/** Share of a file's time limit after which no further page picture is started. */
const RENDER_BUDGET_SHARE = 0.6;

export interface AnalyzePoolOptions {
  /**
   * The worker module. Resolved from the working directory by default, not from this file:
   * under `next start` this code is bundled into .next/ and its own location says nothing.
   */
  workerFile?: string;
  /** Threads at most; default ATS_POOL_SIZE or min(2, cores). */
  size?: number;
  /**
   * Files read at once while none is slow (thread-gate.ts); default `size`. A file still running
   * after a second lets another start, up to `size`.
   */
  steadyThreads?: number;
  /** Default per-file time limit; default ATS_TIMEOUT_MS or 20 s. */
  timeoutMs?: number;
  /** Heap limit per worker; default ATS_WORKER_MEMORY_MB or 512. */
  maxMemoryMb?: number;
  /**
   * Analyses that may wait for a thread; more are refused with ServiceBusyError (the web app sets
   * ATS_QUEUE_LIMIT). No limit by default: the CLI keeps its own window of reads in flight.
   */
  maxWaiting?: number;
}

export type AnalyzeInPoolOptions = AnalyzeOptions & {
  timeoutMs?: number;
};

/** An upload's report as JSON text and, for a PDF, the page pictures to draw for it (not part of the report). */
export interface AnalyzedUpload {
  report: SerializedReport;
  pagePlan: PlannedPageImage[];
}

export interface RenderPagesInPoolOptions {
  /** Gives up the wait for a thread (rejects with the signal's reason); a started drawing finishes. */
  signal?: AbortSignal;
  /**
   * Hands the bytes' buffer to the worker instead of copying it; the caller's bytes are unusable
   * afterwards. Only when the view spans its whole buffer.
   */
  transfer?: boolean;
  /** Called when a thread takes the task. */
  onStart?: () => void;
}

export interface AnalyzePool {
  analyze(bytes: Uint8Array, options: AnalyzeInPoolOptions): Promise<Report>;
  /** The web app's upload: the report as JSON text, and the sizes of a PDF's page pictures. */
  analyzeForUpload(bytes: Uint8Array, options: AnalyzeInPoolOptions): Promise<AnalyzedUpload>;
  /**
   * Pictures of a PDF's first pages, as background work: only on a thread no analysis waits for.
   * A drawing that fails or runs out of time gives no pictures, never an error.
   */
  renderPages(bytes: Uint8Array, options?: RenderPagesInPoolOptions): Promise<PageImage[]>;
  /** Throws ServiceBusyError when an analysis would be refused now (before an upload is read). */
  assertRoom(): void;
  destroy(): Promise<void>;
}

export const DEFAULT_WORKER_FILE = path.join("server", "pool", "analyze-worker.mjs");

/**
 * A profile crosses to the worker as JSON text: copying one string costs far less than cloning the
 * object graph of a profile (hundreds of keyword entries) for every upload. Kept per profile
 * object: the web app reuses the one it validated (server/db/find-role-profile.ts).
 */
const profileTexts = new WeakMap<RoleProfile, string>();
function profileJson(profile: RoleProfile): string {
  let text = profileTexts.get(profile);
  if (text === undefined) profileTexts.set(profile, (text = JSON.stringify(profile)));
  return text;
}

export function createAnalyzePool(options: AnalyzePoolOptions = {}): AnalyzePool {
  const config = serverConfig();
  const size = options.size ?? config.ATS_POOL_SIZE;
  const maxMemoryMb = options.maxMemoryMb ?? config.ATS_WORKER_MEMORY_MB;
  const defaultTimeoutMs = options.timeoutMs ?? config.ATS_TIMEOUT_MS;
  const workerFile = path.resolve(/*turbopackIgnore: true*/ process.cwd(), options.workerFile ?? DEFAULT_WORKER_FILE);
  // The worker sits at <root>/server/pool/; a test's stand-in worker elsewhere gets no bundle.
  const bundle = pipelineBundle(path.resolve(/*turbopackIgnore: true*/ path.dirname(workerFile), "..", ".."));
  const piscina = new Piscina({
    filename: workerFile,
    workerData: { pipelineBundle: bundle },
    minThreads: Math.min(1, size),
    maxThreads: size,
    // A spare thread (started for a slow file) goes soon after; the first one stays.
    idleTimeout: 10_000,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  // A worker dying with no task in flight is reported as a pool 'error' event; unhandled, that
  // event would take the whole server down.
  piscina.on("error", (error: unknown) => console.error("analyze pool: worker failed:", error));
  const gate = new ThreadGate({ threads: size, steadyThreads: options.steadyThreads, maxWaiting: options.maxWaiting });

  /** One task on a thread, stopped at the time limit; a killed worker becomes an InputError. */
  async function runLimited<R>(task: object, limitMs: number, runOptions: { name?: string; transferList?: ArrayBuffer[] } = {}): Promise<R> {
    const signal = AbortSignal.timeout(limitMs);
    try {
      return (await piscina.run(task, { ...runOptions, signal })) as R;
    } catch (error) {
      throw fromPoolFailure(error, { timedOut: signal.aborted, timeoutMs: limitMs, maxMemoryMb });
    }
  }

  /** One analysis in the foreground; `forUpload` asks for the JSON text and the page plan. */
  async function runAnalysis(bytes: Uint8Array, { timeoutMs, profile, ...analyzeOptions }: AnalyzeInPoolOptions, forUpload: boolean) {
    const limitMs = timeoutMs ?? defaultTimeoutMs;
    const task = { bytes, options: analyzeOptions, profileJson: profile && profileJson(profile), forUpload };
    const result = await gate.foreground(() => runLimited<WorkerResult>(task, limitMs));
    if (!result.ok) throw fromWorkerError(result.error);
    return result;
  }

  async function analyze(bytes: Uint8Array, options: AnalyzeInPoolOptions): Promise<Report> {
    const result = await runAnalysis(bytes, options, false);
    if (!("report" in result)) throw new Error("the worker sent JSON where a report was asked for");
    return result.report;
  }

  async function analyzeForUpload(bytes: Uint8Array, options: AnalyzeInPoolOptions): Promise<AnalyzedUpload> {
    const result = await runAnalysis(bytes, options, true);
    if (!("serialized" in result)) throw new Error("the worker sent a report where JSON was asked for");
    return { report: result.serialized, pagePlan: result.pages ?? [] };
  }

  async function renderPages(bytes: Uint8Array, { signal, transfer = false, onStart }: RenderPagesInPoolOptions = {}): Promise<PageImage[]> {
    return gate.background(async () => {
      onStart?.();
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      const transferList = transfer && whole ? [bytes.buffer as ArrayBuffer] : undefined;
      const task = { bytes, deadline: Date.now() + Math.round(defaultTimeoutMs * RENDER_BUDGET_SHARE) };
      try {
        return await runLimited<PageImage[]>(task, defaultTimeoutMs, { name: "render", transferList });
      } catch (error) {
        console.error("page images failed:", error instanceof Error ? error.message : error);
        return [];
      }
    }, signal);
  }

  return {
    analyze,
    analyzeForUpload,
    renderPages,
    assertRoom: () => gate.assertRoom(),
    destroy: () => piscina.destroy(),
  };
}
