/**
 * Peak memory of this process (worker threads included: they share it). Linux reports the true peak
 * (VmHWM); elsewhere the highest RSS sampled every 20 ms stands in.
 */
import { readFileSync } from "node:fs";

export interface MemoryWatch {
  /** Peak resident set size in MB so far. */
  peakMb(): number;
  /** Starts a window: `windowPeakMb()` is then the highest RSS sampled since. */
  startWindow(): void;
  windowPeakMb(): number;
  stop(): void;
}

export function watchMemory(): MemoryWatch {
  let sampled = process.memoryUsage.rss();
  let windowPeak = 0;
  const timer = setInterval(() => {
    const rss = process.memoryUsage.rss();
    sampled = Math.max(sampled, rss);
    windowPeak = Math.max(windowPeak, rss);
  }, 20);
  timer.unref();
  return {
    peakMb: () => Math.max(sampled, highWaterMark() ?? 0) / 1024 / 1024,
    startWindow: () => {
      windowPeak = process.memoryUsage.rss();
    },
    windowPeakMb: () => windowPeak / 1024 / 1024,
    stop: () => clearInterval(timer),
  };
}

function highWaterMark(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
