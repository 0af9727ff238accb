/**
 * Bad input end to end: each case is refused with its input error code by analyzeFile, and by the
 * real `ats-check <file> --json` (exit 2, the error object on stdout, one line on stderr), never a
 * crash or an `internal` error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atsCheck, type Run } from "../cli/run-ats-check";
import { describeError, isInputError } from "../../lib/errors";
import { analyzeFile } from "../../lib/report/analyze-file";
import { errorReportSchema } from "../../lib/report/schema";
import { BAD_INPUT, type BadInputCase } from "./bad-input-cases";

/** Runs `task` over the items, `limit` at a time. */
async function inBatches<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += limit) out.push(...(await Promise.all(items.slice(i, i + limit).map(task))));
  return out;
}

async function refusal(c: BadInputCase): Promise<unknown> {
  try {
    await analyzeFile(c.bytes(), { fileName: c.fileName });
  } catch (error) {
    return error;
  }
  return null;
}

describe.each(BAD_INPUT.map((c) => [c.name, c] as const))("analyzeFile: %s", (_name, c) => {
  it(`is refused with ${c.code}`, async () => {
    const error = await refusal(c);
    expect(error, "no error thrown").not.toBeNull();
    expect(isInputError(error), String(error)).toBe(true);
    expect(describeError(error).code).toBe(c.code);
  });
});

describe("ats-check <file> --json on bad input", () => {
  let dir: string;
  const runs = new Map<string, Run>();
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "ats-bad-input-"));
    const files = BAD_INPUT.map((c, i) => {
      // One folder per case: several built inputs share a file name (resume.pdf).
      const file = path.join(dir, String(i), c.fileName);
      mkdirSync(path.dirname(file));
      writeFileSync(file, c.bytes());
      return file;
    });
    const results = await inBatches(files, 4, (file) => atsCheck([file, "--json"], dir));
    BAD_INPUT.forEach((c, i) => runs.set(c.name, results[i]));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(BAD_INPUT.map((c) => [c.name, c] as const))("%s: exit 2 with its error code", (name, c) => {
    const run = runs.get(name)!;
    expect(run.code, run.stderr).toBe(2);
    const lines = run.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    const report = errorReportSchema.parse(JSON.parse(lines[0]));
    expect(report).toEqual({
      file: { name: c.fileName, bytes: c.bytes().length },
      error: { code: c.code, message: expect.any(String) },
    });
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(c.fileName);
  });
});
