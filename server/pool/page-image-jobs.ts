/**
 * Page pictures drawn after the upload was answered. Drawing costs about twice the analysis, so
 * the upload's response does not wait for it: the route stores the report with the pictures'
 * sizes, schedules a job with the bytes still in memory, and the job draws them on a thread no
 * upload waits for (the pool's background work) and hands them to `finish`.
 *
 * The bytes are held only until the drawing starts (then moved to the worker thread), and the
 * wait is bounded: at most `maxJobs` uploads and `maxBytes` of their files wait at once (past that
 * the oldest waiting job is given up), and a job that waited `maxWaitMs` is given up too. A job
 * given up, a failed drawing and a drawing that ran out of time all end in `finish` with the
 * pictures there are (none), so the caller can drop what it kept for them.
 */
import type { PageImage } from "../../lib/extract/pdf/render-pages";
import { log } from "../log";
import type { AnalyzePool } from "./analyze-pool";

export interface PageImageJob {
  bytes: Uint8Array;
  /** Stores the pictures drawn; called exactly once, with none when the job was given up or failed. */
  finish(images: PageImage[]): Promise<void>;
}

export interface PageImageJobLimits {
  maxJobs: number;
  maxBytes: number;
  maxWaitMs: number;
}

/** About a minute of pictures at the pool's pace, and never more than a few uploads' worth of memory. */
export const DEFAULT_JOB_LIMITS: PageImageJobLimits = { maxJobs: 16, maxBytes: 32 * 1024 * 1024, maxWaitMs: 60_000 };

interface Waiting {
  bytes: number;
  controller: AbortController;
}

export class PageImageJobs {
  private readonly waiting: Waiting[] = [];
  private readonly unfinished = new Set<Promise<void>>();

  constructor(
    private readonly pool: Pick<AnalyzePool, "renderPages">,
    private readonly limits: PageImageJobLimits = DEFAULT_JOB_LIMITS,
  ) {}

  /** Jobs not yet started. */
  get pending(): number {
    return this.waiting.length;
  }

  schedule(job: PageImageJob): void {
    const entry: Waiting = { bytes: job.bytes.byteLength, controller: new AbortController() };
    this.waiting.push(entry);
    this.makeRoom();
    const timer = setTimeout(() => entry.controller.abort(new Error("waited too long for a thread")), this.limits.maxWaitMs);
    timer.unref();
    const started = () => {
      clearTimeout(timer);
      this.forget(entry);
    };
    const run = this.pool
      .renderPages(job.bytes, { signal: entry.controller.signal, transfer: true, onStart: started })
      .catch((reason: unknown) => {
        log.debug({ reason: reason instanceof Error ? reason.message : String(reason) }, "page pictures given up");
        return [] as PageImage[];
      })
      .then((images) => {
        started();
        return job.finish(images);
      })
      .catch((error: unknown) => log.error({ err: error }, "storing page pictures failed"));
    this.unfinished.add(run);
    void run.finally(() => this.unfinished.delete(run));
  }

  /** Resolves once every job scheduled so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.unfinished.size > 0) await Promise.all([...this.unfinished]);
  }

  /** Gives up the oldest waiting jobs until the limits hold. */
  private makeRoom(): void {
    let bytes = this.waiting.reduce((sum, w) => sum + w.bytes, 0);
    while (this.waiting.length > this.limits.maxJobs || (bytes > this.limits.maxBytes && this.waiting.length > 1)) {
      const oldest = this.waiting.shift()!;
      bytes -= oldest.bytes;
      oldest.controller.abort(new Error("too many uploads waiting for page pictures"));
    }
  }

  private forget(entry: Waiting): void {
    const at = this.waiting.indexOf(entry);
    if (at >= 0) this.waiting.splice(at, 1);
  }
}
