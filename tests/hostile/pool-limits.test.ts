/**
 * The worker pool's per-file time and memory caps against real hostile files and the real
 * pipeline: a runaway parse is killed with a typed error, and the files around it are not harmed.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { isInputError } from "../../lib/errors";
import { createAnalyzePool } from "../../server/pool/analyze-pool";
import { makeDocx, SAMPLE_RESUME_LINES } from "../server/make-docx";
import { applyMutation, type Mutation } from "../fuzz/mutations";
import { analyzeFile } from "../../lib/report/analyze-file";
import { flateBombPdf, imagePdf, operatorFloodPdf } from "./hostile-files";

async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T; ms: number } | { ok: false; error: Error; ms: number }> {
  const started = Date.now();
  try {
    return { ok: true, value: await promise, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, error: error as Error, ms: Date.now() - started };
  }
}

describe("a content stream that inflates to 2 GB of nothing", () => {
  const pool = createAnalyzePool({ size: 2, timeoutMs: 1_500 });
  afterAll(() => pool.destroy());

  it("is stopped at the time limit with `timeout`, while a resume next to it is read", async () => {
    const bomb = flateBombPdf(2048);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024); // an upload well inside the 10 MB limit
    const resume = await makeDocx(SAMPLE_RESUME_LINES);
    const [hostile, normal] = await Promise.all([
      settle(pool.analyze(bomb, { fileName: "bomb.pdf" })),
      // Its own, generous limit: a fresh thread spends a second or two compiling the pipeline.
      settle(pool.analyze(resume, { fileName: "resume.docx", timeoutMs: 30_000 })),
    ]);
    expect(hostile.ok).toBe(false);
    if (!hostile.ok) {
      expect(isInputError(hostile.error) && hostile.error.code).toBe("timeout");
      expect(hostile.error.message).toMatch(/took too long.*limit 1\.5 s/);
    }
    expect(hostile.ms).toBeLessThan(10_000);
    expect(normal.ok ? normal.value.ats.text : normal.error.message).toContain("jane.doe@example.com");
    // The killed thread is replaced: the pool keeps serving.
    await expect(pool.analyze(resume, { fileName: "again.docx", timeoutMs: 30_000 })).resolves.toMatchObject({ file: { name: "again.docx" } });
  }, 60_000);
});

describe("a content stream whose operator list outgrows the worker's heap", () => {
  const pool = createAnalyzePool({ size: 1, timeoutMs: 60_000, maxMemoryMb: 96 });
  afterAll(() => pool.destroy());

  it("kills the worker at the memory limit with `too_large`, and the next file is read", async () => {
    const flood = operatorFloodPdf(200);
    const result = await settle(pool.analyze(flood, { fileName: "flood.pdf" }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(isInputError(result.error) && result.error.code).toBe("too_large");
      expect(result.error.message).toMatch(/more than 96 MB of memory/);
    }
    const resume = await makeDocx(SAMPLE_RESUME_LINES);
    await expect(pool.analyze(resume, { fileName: "next.docx" })).resolves.toMatchObject({ file: { name: "next.docx" } });
  }, 90_000);
});

describe("a PDF found by fuzzing (npm run fuzz, case 2023264610:5830) that blocks pdf.js for over a minute", () => {
  // hyperlinked-labels.pdf with two runs of ~19,000 unclosed "(" and "<<" and one huge number (built
  // here from the committed fixture): pdf.js then spends over a minute saving graphics states
  // (StateManager.save, per a CPU profile) without ever yielding, so only terminating the thread stops it.
  const MUTATIONS: Mutation[] = [
    { kind: "pdf-nest", at: 0.879905, depth: 18924, open: "(" },
    { kind: "pdf-number", which: 1426285814, value: "99999999999999999999" },
    { kind: "pdf-nest", at: 0.077539, depth: 19987, open: "<<" },
  ];
  const pool = createAnalyzePool({ size: 1, timeoutMs: 2_000 });
  afterAll(() => pool.destroy());

  it("is stopped at the time limit with `timeout`: the worker thread is terminated mid-parse", async () => {
    const seed = new Uint8Array(readFileSync("tests/fixtures/pdf/hyperlinked-labels.pdf"));
    const bytes = MUTATIONS.reduce(applyMutation, seed);
    const result = await settle(pool.analyze(bytes, { fileName: "fuzz-5830.pdf" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(isInputError(result.error) && result.error.code).toBe("timeout");
    expect(result.ms).toBeLessThan(10_000);
  }, 60_000);
});

describe("an image with /BitsPerComponent 1e308 (found by fuzzing)", () => {
  // pdf.js took the number as it is and unpacked pixels in a loop that never ended, in one
  // synchronous call. The reader now blanks a depth PDF does not allow before pdf.js sees it
  // (lib/extract/pdf/image-depth-guard.ts): the image is placed but never decoded.
  const pool = createAnalyzePool({ size: 1, timeoutMs: 5_000 });
  afterAll(() => pool.destroy());

  it("is read normally with a valid depth", async () => {
    const report = await analyzeFile(imagePdf("8"), { fileName: "photo.pdf" });
    expect(report.ats.warnings.map((w) => w.code)).toContain("images");
  });

  it("is read like any picture, in the pool and then in-process, without a hang", async () => {
    // The pool first: were the guard broken, its time limit ends the test instead of a hang.
    const inPool = await settle(pool.analyze(imagePdf("1e308"), { fileName: "bpc.pdf", timeoutMs: 30_000 }));
    expect(inPool.ok ? inPool.value.ats.warnings.map((w) => w.code) : inPool.error.message).toContain("images");
    const inProcess = await analyzeFile(imagePdf("1e308"), { fileName: "bpc.pdf" });
    expect(inProcess.ats.warnings.map((w) => w.code)).toContain("images");
    expect(inProcess.ats.text).toContain("jane@example.com");
  }, 60_000);
});
