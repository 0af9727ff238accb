import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atsCheck } from "./run-ats-check";
import { analyzeFile } from "../../lib/report/analyze-file";
import { errorReportSchema, reportSchema } from "../../lib/report/schema";
import { makeDocx, SAMPLE_RESUME_LINES } from "../server/make-docx";

const jsonLines = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as unknown);

let dir: string;
let docx: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "ats-cli-test-"));
  docx = await makeDocx(SAMPLE_RESUME_LINES);
  writeFileSync(path.join(dir, "jane.docx"), docx);
  writeFileSync(path.join(dir, "notes.pdf"), "plain text wearing a .pdf name");
  mkdirSync(path.join(dir, "folder"));
  writeFileSync(path.join(dir, "folder", "b.docx"), docx);
  writeFileSync(path.join(dir, "folder", "a.DOCX"), docx);
  writeFileSync(path.join(dir, "folder", "c.pdf"), "");
  writeFileSync(path.join(dir, "folder", "readme.txt"), "not a resume, skipped by extension");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ats-check <file>", () => {
  it("prints exactly the report as JSON with --json and exits 0", async () => {
    const run = await atsCheck(["jane.docx", "--json"], dir);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const [report, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(reportSchema.parse(report)).toEqual(await analyzeFile(docx, { fileName: "jane.docx" }));
  });

  it("prints a short human summary without --json", async () => {
    const run = await atsCheck(["jane.docx"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^jane\.docx — DOCX, 1 page/);
    expect(run.stdout).toMatch(/^Warnings: \d+ high, \d+ medium, \d+ low, \d+ info$/m);
    expect(run.stdout).toMatch(/^Contact: /m);
    expect(run.stdout).toMatch(/^Sections: /m);
  });

  it("exits 2 on a file it cannot read, with the error object on stdout and a reason on stderr", async () => {
    const run = await atsCheck(["notes.pdf", "--json"], dir);
    expect(run.code).toBe(2);
    const [error] = jsonLines(run.stdout);
    expect(errorReportSchema.parse(error)).toMatchObject({
      file: { name: "notes.pdf", bytes: 30 },
      error: { code: "unsupported_format" },
    });
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/notes\.pdf: This file is not a PDF, DOCX or DOC document/);
  });

  it("exits 2 on a path that does not exist", async () => {
    const run = await atsCheck(["missing.pdf"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/missing\.pdf: cannot open the file \(ENOENT\)/);
  });
});

describe("ats-check <folder> --json", () => {
  it("prints one line per resume file in name order and exits 2 when one failed", async () => {
    const run = await atsCheck(["folder", "--json"], dir);
    expect(run.code).toBe(2);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(3);
    expect(reportSchema.parse(lines[0]).file.name).toBe("a.DOCX");
    expect(reportSchema.parse(lines[1]).file.name).toBe("b.docx");
    expect(errorReportSchema.parse(lines[2])).toMatchObject({ file: { name: "c.pdf" }, error: { code: "empty_file" } });
    expect(run.stderr).toMatch(/c\.pdf: The file is empty\./);
  });
});

describe("ats-check arguments", () => {
  it("exits 64 with the usage on stderr when no file is given", async () => {
    const run = await atsCheck([], dir);
    expect(run).toMatchObject({ code: 64, stdout: "" });
    expect(run.stderr).toMatch(/Usage:/);
  });

  it("exits 64 on an unknown option or a malformed role", async () => {
    expect((await atsCheck(["jane.docx", "--frobnicate"], dir)).code).toBe(64);
    expect((await atsCheck(["jane.docx", "--role", "Not A Slug"], dir)).code).toBe(64);
    expect((await atsCheck(["jane.docx", "--jd", "no-such-jd.txt"], dir)).code).toBe(64);
  });

  it("lists role profiles with --list-roles and exits 0", async () => {
    const run = await atsCheck(["--list-roles"], dir);
    expect(run.code).toBe(0);
    for (const line of run.stdout.split("\n").filter(Boolean)) expect(line).toMatch(/^[a-z0-9-]+ +\S/);
  });
});
