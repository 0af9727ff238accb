import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError, isInputError } from "../../lib/errors";
import { analyzeFile } from "../../lib/report/analyze-file";
import { reportSchema } from "../../lib/report/schema";
import { createAnalyzePool } from "../../server/pool/analyze-pool";
import { makeDocx, SAMPLE_RESUME_LINES } from "./make-docx";

const MISBEHAVING_WORKER = path.join("tests", "server", "workers", "misbehaving-worker.mjs");
const text = (s: string) => new TextEncoder().encode(s);

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the promise to reject");
}

describe("the analysis pool with the real pipeline", () => {
  const pool = createAnalyzePool({ size: 2 });
  afterAll(() => pool.destroy());

  it("returns the same report as the pipeline run in-process", async () => {
    const bytes = await makeDocx(SAMPLE_RESUME_LINES);
    const inPool = await pool.analyze(bytes, { fileName: "jane.docx" });
    expect(reportSchema.parse(inPool)).toEqual(await analyzeFile(bytes, { fileName: "jane.docx" }));
    expect(inPool.file).toMatchObject({ name: "jane.docx", format: "docx", bytes: bytes.length });
  });

  it("hands an upload its report as JSON text with the indexed fields, and a PDF's page plan", async () => {
    const bytes = await makeDocx(SAMPLE_RESUME_LINES);
    const upload = await pool.analyzeForUpload(bytes, { fileName: "jane.docx" });
    const report = reportSchema.parse(JSON.parse(upload.report.json));
    expect(report).toEqual(await analyzeFile(bytes, { fileName: "jane.docx" }));
    expect(upload.report).toMatchObject({
      file: report.file,
      match: { profile: report.match!.profile, score: report.match!.score },
      contact: { name: report.contact.name },
    });
    expect(upload.pagePlan).toEqual([]);
    const pdf = new Uint8Array(readFileSync(path.join("tests", "fixtures", "pdf", "long-document.pdf")));
    expect((await pool.analyzeForUpload(pdf, { fileName: "cv.pdf" })).pagePlan.map((p) => [p.page, p.width, p.mime])).toEqual([
      [1, 900, "image/jpeg"],
      [2, 900, "image/jpeg"],
      [3, 900, "image/jpeg"],
    ]);
  });

  it("draws a PDF's page pictures as background work, the same size as planned", async () => {
    const pdf = new Uint8Array(readFileSync(path.join("tests", "fixtures", "pdf", "two-column.pdf")));
    const { pagePlan } = await pool.analyzeForUpload(pdf, { fileName: "cv.pdf" });
    const images = await pool.renderPages(pdf);
    expect(images.map(({ page, width, height, mime }) => ({ page, width, height, mime }))).toEqual(pagePlan);
    expect([...images[0].data.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    // A file pdf.js cannot open gives no pictures, not an error.
    expect(await pool.renderPages(text("not a pdf"))).toEqual([]);
  });

  it("delivers an empty file's InputError as an InputError with its code", async () => {
    const error = await rejection(pool.analyze(new Uint8Array(0), { fileName: "empty.pdf" }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("empty_file");
  });

  it("keeps the worker's message for an unsupported file", async () => {
    const bytes = text("just some plain text, not a resume document");
    const inProcess = await rejection(analyzeFile(bytes, { fileName: "cv.pdf" }));
    const inPool = await rejection(pool.analyze(bytes, { fileName: "cv.pdf" }));
    expect(inPool).toBeInstanceOf(InputError);
    expect({ code: (inPool as InputError).code, message: inPool.message }).toEqual({
      code: "unsupported_format",
      message: inProcess.message,
    });
  });
});

describe("the analysis pool's limits", () => {
  it("terminates a worker that runs over the time limit and keeps serving", async () => {
    const pool = createAnalyzePool({ workerFile: MISBEHAVING_WORKER, size: 1, timeoutMs: 400 });
    try {
      const started = Date.now();
      const error = await rejection(pool.analyze(text("x"), { fileName: "spin" }));
      expect(isInputError(error) && error.code).toBe("timeout");
      expect(Date.now() - started).toBeLessThan(5_000);
      // The stuck thread is gone; a fresh one takes the next file.
      await expect(pool.analyze(text("x"), { fileName: "ok" })).resolves.toMatchObject({ file: { name: "ok" } });
    } finally {
      await pool.destroy();
    }
  });

  it("counts the time limit from when a file starts, not while it waits for a thread", async () => {
    const pool = createAnalyzePool({ workerFile: MISBEHAVING_WORKER, size: 1, timeoutMs: 1_000 });
    try {
      // Three 400 ms files on one thread: the last waits 800 ms, then finishes within its own limit.
      const results = await Promise.all(
        [1, 2, 3].map(() => pool.analyze(text("x"), { fileName: "sleep-400" })),
      );
      expect(results).toHaveLength(3);
      // A per-call limit overrides the pool's default.
      const error = await rejection(pool.analyze(text("x"), { fileName: "sleep-400", timeoutMs: 100 }));
      expect(isInputError(error) && error.code).toBe("timeout");
    } finally {
      await pool.destroy();
    }
  });

  it("turns a worker killed by the memory limit into an InputError, not a crash", async () => {
    const pool = createAnalyzePool({ workerFile: MISBEHAVING_WORKER, size: 1, maxMemoryMb: 32, timeoutMs: 10_000 });
    try {
      const error = await rejection(pool.analyze(text("x"), { fileName: "hog" }));
      expect(isInputError(error) && error.code).toBe("too_large");
      expect(error.message).toMatch(/32 MB of memory/);
      await expect(pool.analyze(text("x"), { fileName: "ok" })).resolves.toMatchObject({ file: { name: "ok" } });
    } finally {
      await pool.destroy();
    }
  });

  it("reports a bug in a reader as a plain error, never as an input problem", async () => {
    const pool = createAnalyzePool({ workerFile: MISBEHAVING_WORKER, size: 1 });
    try {
      const error = await rejection(pool.analyze(text("x"), { fileName: "crash" }));
      expect(isInputError(error)).toBe(false);
      expect(error).toMatchObject({ name: "TypeError", message: "reader bug" });
    } finally {
      await pool.destroy();
    }
  });
});
