/**
 * Memory and CPU time of a process and all its descendants (the start script, `next start`, and
 * whatever Next forks), read from /proc: the current total RSS, each process's own peak (VmHWM),
 * and the CPU seconds the tree has used (all threads). Linux only; elsewhere the figures are
 * reported as unavailable.
 */
import { readdirSync, readFileSync } from "node:fs";

function children() {
  const byParent = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name (field 2) may contain spaces, so split after ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = byParent.get(parent) ?? [];
      list.push(Number(entry));
      byParent.set(parent, list);
    } catch {
      // the process ended while we looked
    }
  }
  return byParent;
}

export function processTree(root) {
  const byParent = children();
  const out = [];
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop();
    out.push(pid);
    todo.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

function statusKb(pid, field) {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Samples the tree every `everyMs`; `peakMb()` is the highest total RSS seen, `processes()` each one's peak. */
export function watchTreeMemory(root, everyMs = 200) {
  let peakTotalKb = 0;
  const peaks = new Map();
  const sample = () => {
    let total = 0;
    for (const pid of processTree(root)) {
      const rss = statusKb(pid, "VmRSS");
      total += rss;
      let name = String(pid);
      try {
        name = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 3).join(" ").slice(0, 80);
      } catch {
        // gone
      }
      peaks.set(pid, { name, peakKb: Math.max(peaks.get(pid)?.peakKb ?? 0, statusKb(pid, "VmHWM")) });
    }
    peakTotalKb = Math.max(peakTotalKb, total);
  };
  const supported = (() => {
    try {
      readFileSync("/proc/self/status");
      return true;
    } catch {
      return false;
    }
  })();
  const timer = supported ? setInterval(sample, everyMs) : null;
  return {
    supported,
    sample: () => supported && sample(),
    peakMb: () => peakTotalKb / 1024,
    processes: () => [...peaks.values()].sort((a, b) => b.peakKb - a.peakKb),
    stop: () => timer && clearInterval(timer),
  };
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system, every thread) the tree under `root` has used so far. On a machine
 * shared with other work this stays fair where wall-clock latency does not: it counts only the
 * server's own work.
 */
export function treeCpuSeconds(root) {
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the line)
    } catch {
      // gone
    }
  }
  return ticks / TICKS_PER_SECOND;
}
