/**
 * The fixture set as a whole: every warning code is produced by at least one fixture, every format
 * has a clean resume, and every committed fixture file is either an expected resume or a bad input.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WARNING_CODES } from "../../lib/warnings/finding";
import { WARNING_TEXT } from "../../lib/warnings/messages";
import { BAD_INPUT } from "./bad-input-cases";
import { FIXTURES, FORMATS, loadExpectations, reportedCodes } from "./expectations";
import { GENERATED, LARGE_FILE_BYTES } from "./generated-fixtures";

const expectations = loadExpectations();

describe("fixture coverage", () => {
  it("produces every warning code in at least one fixture (known issues do not count)", () => {
    const covered = new Set(expectations.flatMap(reportedCodes));
    expect(WARNING_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it.each(FORMATS)("has a clean %s resume: no high-severity warning", (format) => {
    const clean = expectations.filter(
      (e) => e.fixture.startsWith(`${format}/`) && !("knownIssue" in e.warnings) && reportedCodes(e).every((c) => WARNING_TEXT[c].severity !== "high"),
    );
    expect(clean.map((e) => e.fixture)).not.toEqual([]);
  });

  it("has an expectation or a bad-input case for every committed fixture, and a file for every expectation", () => {
    const committed = FORMATS.flatMap((format) =>
      readdirSync(path.join(FIXTURES, format))
        .filter((f) => !f.endsWith(".md"))
        .map((f) => `${format}/${f}`),
    );
    const described = new Set([...expectations.map((e) => e.fixture), ...BAD_INPUT.filter((c) => c.committed).map((c) => c.name)]);
    expect(committed.filter((f) => !described.has(f))).toEqual([]);
    const generated = expectations.filter((e) => e.generated).map((e) => e.fixture);
    expect(generated.sort()).toEqual(Object.keys(GENERATED).sort());
    const missing = expectations.filter((e) => !e.generated && !committed.includes(e.fixture)).map((e) => e.fixture);
    expect(missing).toEqual([]);
  });

  it("builds the large-file input over 2 MB", async () => {
    const bytes = await GENERATED["docx/large-file.docx"]();
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(bytes.length).toBeGreaterThan(LARGE_FILE_BYTES);
  });
});
