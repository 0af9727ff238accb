/**
 * Every fixture resume through the whole pipeline (analyzeFile), compared with its hand-checked
 * expectation in tests/fixtures/expected/. A field marked `knownIssue` is asserted with `it.fails`:
 * it passes while the pipeline is still wrong and turns red once it is fixed, so the mark is removed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeFile } from "../../lib/report/analyze-file";
import { reportSchema, type Report } from "../../lib/report/schema";
import { fieldExpectations, FIXTURES, loadExpectations, observe } from "./expectations";
import { GENERATED } from "./generated-fixtures";

const TODAY = new Date("2025-06-01T00:00:00Z");

async function inputOf(fixture: string): Promise<Uint8Array> {
  const build = GENERATED[fixture];
  return build ? build() : new Uint8Array(readFileSync(path.join(FIXTURES, fixture)));
}

describe.each(loadExpectations().map((e) => [e.fixture, e] as const))("%s", (fixture, expectation) => {
  let report: Report;
  beforeAll(async () => {
    report = await analyzeFile(await inputOf(fixture), { fileName: path.basename(fixture), today: TODAY });
  });

  const fields = fieldExpectations(expectation);
  const checked = fields.filter((f) => !f.knownIssue);

  it("reports the expected contact, sections, entries, skills and warnings", () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
    const seen = observe(report);
    const actual = Object.fromEntries(checked.map((f) => [f.field, seen[f.field]]));
    expect(actual).toEqual(Object.fromEntries(checked.map((f) => [f.field, f.expected])));
    for (const s of report.sections) {
      expect(s.start).toBeLessThan(s.end);
      expect(s.end).toBeLessThanOrEqual(report.ats.text.length);
    }
  });

  for (const { field, expected, knownIssue } of fields.filter((f) => f.knownIssue)) {
    it.fails(`known issue, ${field}: ${knownIssue}`, () => {
      expect(observe(report)[field]).toEqual(expected);
    });
  }
});
