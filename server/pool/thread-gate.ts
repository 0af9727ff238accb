/**
 * Admission to the pool's threads. A task is handed to piscina only when the gate lets it run, so
 * a file's time limit counts its own processing, not the time it waited behind other files.
 *
 * - Reading a file is pure CPU work, and the server's own thread needs CPU too (HTTP, database,
 *   JSON): `steadyThreads` tasks run at once, one fewer than the cores on a small machine. A task
 *   still running after `spillAfterMs` (a slow or hostile file; a resume takes well under that)
 *   lets the next one start on a spare thread, up to `threads`, so one such file never holds up
 *   the uploads behind it.
 * - Foreground work (an upload's analysis) runs or waits in line. The line is bounded: past
 *   `maxWaiting`, `foreground` refuses at once with ServiceBusyError (503 and Retry-After)
 *   instead of letting every upload's latency grow without bound.
 * - Background work (page pictures, drawn after the upload was answered) starts only when no
 *   foreground task waits, within the steady threads and at most `backgroundThreads` at once; it
 *   never takes a spare thread. Its wait can be given up with a signal.
 */
import { ServiceBusyError } from "../errors";

export interface ThreadGateOptions {
  /** Threads the pool has: the most tasks that ever run at once. */
  threads: number;
  /** Tasks that run at once while none is slow; default `threads`. */
  steadyThreads?: number;
  /** A task running this long lets another start on a spare thread. */
  spillAfterMs?: number;
  /** Foreground tasks that may wait; Infinity for no limit. */
  maxWaiting?: number;
  /** Background tasks at once; default one fewer than the steady threads (at least one). */
  backgroundThreads?: number;
}

/** Weight of the latest task in the running average of task times (for Retry-After). */
const AVERAGE_WEIGHT = 0.1;
const MAX_RETRY_AFTER_S = 60;
const DEFAULT_SPILL_AFTER_MS = 1000;

interface Running {
  started: number;
  background: boolean;
}

export class ThreadGate {
  private readonly threads: number;
  private readonly steadyThreads: number;
  private readonly spillAfterMs: number;
  private readonly maxWaiting: number;
  private readonly backgroundThreads: number;
  private readonly running = new Set<Running>();
  private readonly foregroundLine: Array<(slot: Running) => void> = [];
  private readonly backgroundLine: Array<(slot: Running) => void> = [];
  /** Wakes the line when the oldest running task becomes slow enough to spill over. */
  private spillTimer: NodeJS.Timeout | null = null;
  /** Running average of a foreground task's time on its thread, ms. */
  private averageTaskMs = 100;

  constructor({ threads, steadyThreads = threads, spillAfterMs = DEFAULT_SPILL_AFTER_MS, maxWaiting = Infinity, backgroundThreads }: ThreadGateOptions) {
    this.threads = threads;
    this.steadyThreads = Math.max(1, Math.min(threads, steadyThreads));
    this.spillAfterMs = spillAfterMs;
    this.maxWaiting = maxWaiting;
    this.backgroundThreads = Math.max(1, Math.min(this.steadyThreads, backgroundThreads ?? this.steadyThreads - 1));
  }

  /** Foreground tasks waiting for a thread. */
  get waiting(): number {
    return this.foregroundLine.length;
  }

  /** Throws ServiceBusyError when a foreground task would be refused now (checked before reading an upload). */
  assertRoom(): void {
    if (!this.foregroundMayStart() && this.foregroundLine.length >= this.maxWaiting) {
      throw new ServiceBusyError(this.retryAfterSeconds());
    }
  }

  async foreground<T>(task: () => Promise<T>): Promise<T> {
    let slot: Running;
    if (this.foregroundLine.length === 0 && this.foregroundMayStart()) slot = this.take(false);
    else {
      this.assertRoom();
      slot = await new Promise<Running>((resolve) => {
        this.foregroundLine.push(resolve);
        this.armSpillTimer();
      });
    }
    try {
      return await task();
    } finally {
      this.averageTaskMs += AVERAGE_WEIGHT * (performance.now() - slot.started - this.averageTaskMs);
      this.release(slot);
    }
  }

  /** Runs `task` when the gate allows background work; rejects with the signal's reason if it aborts first. */
  async background<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    let slot: Running;
    if (this.backgroundLine.length === 0 && this.backgroundMayStart()) slot = this.take(true);
    else {
      slot = await new Promise<Running>((resolve, reject) => {
        const admit = (given: Running) => {
          signal?.removeEventListener("abort", giveUp);
          resolve(given);
        };
        const giveUp = () => {
          const at = this.backgroundLine.indexOf(admit);
          if (at >= 0) this.backgroundLine.splice(at, 1);
          reject(signal?.reason);
        };
        signal?.addEventListener("abort", giveUp, { once: true });
        this.backgroundLine.push(admit);
      });
    }
    try {
      return await task();
    } finally {
      this.release(slot);
    }
  }

  private foregroundMayStart(): boolean {
    if (this.running.size >= this.threads) return false;
    return this.running.size < this.steadyThreads || this.oldestAgeMs() >= this.spillAfterMs;
  }

  private backgroundMayStart(): boolean {
    if (this.foregroundLine.length > 0 || this.running.size >= this.steadyThreads) return false;
    let background = 0;
    for (const slot of this.running) if (slot.background) background++;
    return background < this.backgroundThreads;
  }

  private oldestAgeMs(): number {
    let oldest = Infinity;
    for (const slot of this.running) oldest = Math.min(oldest, slot.started);
    return oldest === Infinity ? 0 : performance.now() - oldest;
  }

  private take(background: boolean): Running {
    const slot = { started: performance.now(), background };
    this.running.add(slot);
    return slot;
  }

  private release(slot: Running): void {
    this.running.delete(slot);
    this.dispatch();
  }

  /** Hands free threads to the foreground line first, then to background work. */
  private dispatch(): void {
    for (;;) {
      if (this.foregroundLine.length > 0 && this.foregroundMayStart()) this.foregroundLine.shift()!(this.take(false));
      else if (this.backgroundLine.length > 0 && this.backgroundMayStart()) this.backgroundLine.shift()!(this.take(true));
      else break;
    }
    this.armSpillTimer();
  }

  /** While uploads wait behind steady threads that are all busy, looks again once the oldest task turns slow. */
  private armSpillTimer(): void {
    if (this.spillTimer || this.foregroundLine.length === 0 || this.running.size >= this.threads || this.running.size === 0) return;
    const wait = Math.max(0, this.spillAfterMs - this.oldestAgeMs());
    this.spillTimer = setTimeout(() => {
      this.spillTimer = null;
      this.dispatch();
    }, wait + 1);
    this.spillTimer.unref();
  }

  /** Seconds until the line has likely moved on: its length times a task's average time, over the steady threads. */
  private retryAfterSeconds(): number {
    const seconds = Math.ceil(((this.foregroundLine.length + 1) * this.averageTaskMs) / this.steadyThreads / 1000);
    return Math.min(MAX_RETRY_AFTER_S, Math.max(1, seconds));
  }
}
