/**
 * Fuzzing, small budget (`npm run fuzz` runs the large one): damaged versions of every committed
 * fixture (truncated, flipped bytes, spliced chunks, corrupted zip entries and OLE structures, PDF
 * tokens and nesting) through the whole pipeline. Each must end in a valid report or a refusal with
 * a file error code, in time: never an `internal` error, a crash or a hang. The seed is fixed so a
 * failure here reproduces; `npm run fuzz` draws new ones.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnalyzePool } from "../../server/pool/analyze-pool";
import { applyCase, fuzzCase, loadSeeds } from "./mutations";
import { analyzeInProcess, describeOutcome, isAcceptable, outcomeOfError, outcomeOfReport, type Outcome } from "./outcome";

const SEED = 20261126;
const seeds = loadSeeds();

describe("fuzz: damaged fixtures through the pipeline in-process", () => {
  // A fixed list (seed and count) that is known to finish. Case 478 of this stream (an image with
  // /BitsPerComponent 1e308) made pdf.js loop forever inside one synchronous call until the reader
  // learnt to blank such depths (lib/extract/pdf/image-depth-guard.ts). Other inputs can still
  // stall pdf.js where nothing in this thread could stop it, which is why every upload runs in the
  // pool: see below and tests/hostile/pool-limits.test.ts.
  it("end in a report or an input error, never a bug or a hang (500 cases)", async () => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fuzzCase(seeds), async (c) => {
        const outcome = await analyzeInProcess(applyCase(seeds, c), 15_000);
        const key = outcome.kind === "refused" ? outcome.code : outcome.kind;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        if (!isAcceptable(outcome)) throw new Error(`${JSON.stringify(c)}\n${describeOutcome(outcome)}`);
      }),
      { numRuns: 500, seed: SEED },
    );
    // The mutations must reach past the format check: many damaged files still give a report, and
    // most refusals are about the content, not the kind of file.
    expect(outcomes.get("report") ?? 0).toBeGreaterThan(25);
    expect(outcomes.get("corrupt") ?? 0).toBeGreaterThan(outcomes.get("unsupported_format") ?? 0);
  }, 180_000);
});

describe("fuzz: damaged fixtures through the worker pool", () => {
  it("end in a report or an input error, each worker answering or being stopped (60 cases)", async () => {
    const pool = createAnalyzePool({ size: 2, timeoutMs: 5_000 });
    try {
      // Cases 440–499 of the same stream, 478 among them (it once never ended; the pool stopped it).
      const cases = fc.sample(fuzzCase(seeds), { numRuns: 500, seed: SEED }).slice(440);
      const outcomes: Outcome[] = await Promise.all(
        cases.map((c) =>
          pool.analyze(applyCase(seeds, c), { fileName: "fuzz" }).then(outcomeOfReport, outcomeOfError),
        ),
      );
      const failures = outcomes.map((o, i) => [o, cases[i]] as const).filter(([o]) => !isAcceptable(o));
      expect(failures.map(([o, c]) => `${JSON.stringify(c)}: ${describeOutcome(o)}`)).toEqual([]);
    } finally {
      await pool.destroy();
    }
  }, 180_000);
});
