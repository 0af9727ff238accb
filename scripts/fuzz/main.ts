/**
 * `npm run fuzz [-- --seconds 300] [--seed N] [--from INDEX] [--replay SEED:INDEX]`: the large fuzz
 * budget (`--from` resumes a seed's stream at a case).
 *
 * Damaged versions of every committed fixture (tests/fuzz/mutations.ts) go through the real
 * pipeline, first in-process (most of the time: fast, and a failure comes with its stack), then
 * through the worker pool, which stops whatever runs past its time limit. Every case must end in a
 * valid report or an input error about the file; a bug or a hang is printed with the id that
 * replays it (`--replay SEED:INDEX`) and its bytes are saved. Exit status 1 when anything failed.
 *
 * The in-process cases run in a child process: a parse that blocks its thread also blocks any timer
 * there, so a watchdog thread in the child kills it, and this process records the case as a hang
 * and starts a new child at the next case.
 */
import fc from "fast-check";
import { spawn } from "node:child_process";
import { writeSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { createAnalyzePool } from "../../server/pool/analyze-pool";
import { applyCase, fuzzCase, loadSeeds, type FuzzCase } from "../../tests/fuzz/mutations";
import { analyzeInProcess, describeOutcome, isAcceptable, outcomeOfError, outcomeOfReport, type Outcome } from "../../tests/fuzz/outcome";

const BATCH = 100;
/** An asynchronous parse with no answer after this is a hang; the pool's time limit too. */
const GUARD_MS = 15_000;
/** A thread blocked this long is a hang the guard cannot see: the watchdog's limit. */
const BLOCKED_MS = 30_000;
const POOL_SHARE = 0.25;

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "300" },
    seed: { type: "string" },
    replay: { type: "string" },
    from: { type: "string", default: "0" },
    // Internal: run in-process cases as a child of the main run.
    child: { type: "boolean" },
    until: { type: "string" },
  },
  strict: true,
});
const seeds = loadSeeds();

/** Case `index` of the stream drawn from `seed`: the same bytes every time. */
function caseAt(seed: number, index: number): FuzzCase {
  const batch = Math.floor(index / BATCH);
  return fc.sample(fuzzCase(seeds), { numRuns: BATCH, seed: seed + batch * 7919 })[index % BATCH];
}

function outcomeKey(outcome: Outcome): string {
  return outcome.kind === "refused" ? `refused ${outcome.code}` : outcome.kind;
}

// --- child: in-process cases -------------------------------------------------------------------

/** Heartbeat shared with the watchdog thread: when the current case started (0 = idle). */
function startWatchdog(): (startedAt: number, index: number) => void {
  const shared = new BigInt64Array(new SharedArrayBuffer(16));
  new Worker(
    // Writes straight to fd 2: a worker's process.stderr goes through the (blocked) main thread.
    `const { workerData } = require("node:worker_threads");
     const { writeSync } = require("node:fs");
     const [shared, limit] = workerData;
     setInterval(() => {
       const started = Number(Atomics.load(shared, 0));
       if (started && Date.now() - started > limit) {
         writeSync(2, "HANG " + Atomics.load(shared, 1) + "\\n");
         process.kill(process.pid, "SIGKILL");
       }
     }, 500);`,
    { eval: true, workerData: [shared, BLOCKED_MS] },
  ).unref();
  return (startedAt, index) => {
    Atomics.store(shared, 1, BigInt(index));
    Atomics.store(shared, 0, BigInt(startedAt));
  };
}

/** One JSON line per case on stdout: {i, o (outcome key), ms, fail?}. */
async function runChild(seed: number, from: number, until: number): Promise<number> {
  const beat = startWatchdog();
  for (let index = from; Date.now() < until; index++) {
    const started = Date.now();
    beat(started, index);
    const outcome = await analyzeInProcess(applyCase(seeds, caseAt(seed, index)), GUARD_MS);
    beat(0, index);
    const line = { i: index, o: outcomeKey(outcome), ms: Date.now() - started, ...(isAcceptable(outcome) ? {} : { fail: describeOutcome(outcome) }) };
    writeSync(1, `${JSON.stringify(line)}\n`);
  }
  return 0;
}

// --- main run --------------------------------------------------------------------------------------

interface Failure {
  id: string;
  mode: "in-process" | "pool";
  detail: string;
}

class Tally {
  readonly counts = new Map<string, number>();
  readonly failures: Failure[] = [];
  readonly slowest: Array<{ ms: number; id: string }> = [];
  cases = 0;

  constructor(private readonly seed: number, private readonly outDir: string) {}

  add(index: number, key: string, mode: Failure["mode"], detail?: string, ms?: number): void {
    this.cases++;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (ms !== undefined) this.slowest.push({ ms, id: `${this.seed}:${index}` });
    if (detail) this.fail(index, mode, detail);
  }

  private fail(index: number, mode: Failure["mode"], detail: string): void {
    const id = `${this.seed}:${index}`;
    mkdirSync(this.outDir, { recursive: true });
    const base = path.join(this.outDir, `${this.seed}-${index}`);
    const c = caseAt(this.seed, index);
    writeFileSync(`${base}.bin`, applyCase(seeds, c));
    writeFileSync(`${base}.json`, JSON.stringify({ id, mode, case: c, outcome: detail }, null, 2));
    this.failures.push({ id, mode, detail });
    console.log(`  FAIL ${id} [${mode}] ${detail.split("\n").slice(0, 4).join("\n    ")}`);
  }
}

/** Runs in-process cases in child processes from `from` until `until`; returns the next index. */
async function inProcessPhase(seed: number, from: number, until: number, tally: Tally): Promise<number> {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  let next = from;
  while (Date.now() < until) {
    const child = spawn(process.execPath, [tsx, process.argv[1], "--child", "--seed", String(seed), "--from", String(next), "--until", String(until)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let hung: number | null = null;
    createInterface({ input: child.stderr }).on("line", (line) => {
      const match = /^HANG (\d+)$/.exec(line);
      if (match) hung = Number(match[1]);
    });
    for await (const line of createInterface({ input: child.stdout })) {
      if (!line.startsWith("{")) continue;
      const { i, o, ms, fail } = JSON.parse(line) as { i: number; o: string; ms: number; fail?: string };
      tally.add(i, o, "in-process", fail, ms);
      next = i + 1;
      if (tally.cases % 500 === 0) console.log(`  ${tally.cases} cases, ${tally.failures.length} failures`);
    }
    const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (c) => resolve(c))));
    if (hung !== null) {
      tally.add(hung, "hang", "in-process", `HANG: the thread was blocked for over ${BLOCKED_MS / 1000} s (the pool's time limit stops such a file)`);
      next = hung + 1;
    } else if (code !== 0) {
      tally.add(next, "crash", "in-process", `CRASH: the process exited with ${code}`);
      next += 1;
    }
  }
  return next;
}

async function poolPhase(seed: number, from: number, until: number, tally: Tally): Promise<number> {
  const size = Math.max(2, availableParallelism());
  const pool = createAnalyzePool({ size, timeoutMs: GUARD_MS });
  let index = from;
  try {
    while (Date.now() < until) {
      const batch = Array.from({ length: size * 4 }, (_, k) => index + k);
      index += batch.length;
      await Promise.all(
        batch.map(async (i) => {
          const outcome = await pool.analyze(applyCase(seeds, caseAt(seed, i)), { fileName: "fuzz" }).then(outcomeOfReport, outcomeOfError);
          // Stopped at the time limit is the pool doing its job, but a small file taking that long
          // is worth a look: listed, not failed.
          if (outcome.kind === "refused" && outcome.code === "timeout") console.log(`  pool: case ${seed}:${i} ran past ${GUARD_MS / 1000} s and was stopped`);
          tally.add(i, outcomeKey(outcome), "pool", isAcceptable(outcome) ? undefined : describeOutcome(outcome));
        }),
      );
    }
  } finally {
    await pool.destroy();
  }
  return index;
}

async function main(): Promise<number> {
  if (values.child) return runChild(Number(values.seed), Number(values.from), Number(values.until));
  if (values.replay) return replay(values.replay);
  const seconds = Number(values.seconds);
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isFinite(seconds) || seconds <= 0 || !Number.isInteger(seed)) {
    console.error("usage: npm run fuzz -- [--seconds N] [--seed N] [--from INDEX] [--replay SEED:INDEX]");
    return 64;
  }
  const outDir = path.join(tmpdir(), `ats-fuzz-${seed}`);
  console.log(`fuzz: seed ${seed}, ${seconds} s, ${seeds.length} fixtures; failing inputs go to ${outDir}`);
  const tally = new Tally(seed, outDir);
  const deadline = Date.now() + seconds * 1000;
  const afterInProcess = await inProcessPhase(seed, Number(values.from), deadline - seconds * 1000 * POOL_SHARE, tally);
  const inProcessCases = tally.cases;
  await poolPhase(seed, afterInProcess, deadline, tally);

  console.log(`\nfuzz: ${tally.cases} cases (${inProcessCases} in-process, ${tally.cases - inProcessCases} through the pool) in ${seconds} s`);
  for (const [key, n] of [...tally.counts].sort((a, b) => b[1] - a[1])) console.log(`  ${key.padEnd(28)} ${n}`);
  const slow = tally.slowest.sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(`  slowest in-process: ${slow.map((s) => `${s.id} ${s.ms} ms`).join(", ")}`);
  if (tally.failures.length === 0) {
    console.log("fuzz: no bug, hang or crash");
    return 0;
  }
  console.log(`fuzz: ${tally.failures.length} FAILURES (replay one with: npm run fuzz -- --replay <id>)`);
  for (const f of tally.failures) console.log(`  ${f.id} [${f.mode}] ${f.detail.split("\n")[0]}`);
  return 1;
}

async function replay(id: string): Promise<number> {
  const [seed, index] = id.split(":").map(Number);
  const c = caseAt(seed, index);
  console.log(JSON.stringify(c));
  const started = Date.now();
  const outcome = await analyzeInProcess(applyCase(seeds, c), GUARD_MS);
  console.log(`${describeOutcome(outcome)} after ${Date.now() - started} ms`);
  return isAcceptable(outcome) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
