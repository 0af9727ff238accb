/** The analysis wired into the pipeline (lib/report/analyze-file.ts): default role, unknown role, schema. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../lib/errors";
import { analyzeFile, DEFAULT_ROLE } from "../../lib/report/analyze-file";
import { reportSchema } from "../../lib/report/schema";
import { TODAY } from "./resume-builder";

const simple = new Uint8Array(readFileSync(join(__dirname, "../fixtures/docx/simple.docx")));

describe("analyzeFile with analysis", () => {
  it("scores every report, against ml-engineer when no role is given, and says so", async () => {
    const report = await analyzeFile(simple, { fileName: "simple.docx", today: TODAY });
    expect(reportSchema.parse(report)).toBeTruthy();
    expect(DEFAULT_ROLE).toBe("ml-engineer");
    expect(report.match?.profile).toBe("ml-engineer");
    expect(report.match?.algorithm).toBe("score-v1");
    expect(report.match!.breakdown.reduce((s, b) => s + b.points, 0)).toBe(report.match!.score);
    expect(report.suggestions.length).toBeGreaterThan(0);
  });

  it("does not count keywords hidden in white text, while the ATS text still shows them", async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "../fixtures/pdf/hidden-white-text.pdf")));
    const report = await analyzeFile(bytes, { fileName: "hidden-white-text.pdf", today: TODAY });
    const hit = (term: string) => report.match!.keywords.find((k) => k.term === term)!;
    expect(report.ats.text).toContain("tensorflow");
    expect(report.ats.warnings.map((w) => w.code)).toContain("hidden_text");
    expect(hit("TensorFlow").found).toBe(false);
    expect(hit("Machine Learning").found).toBe(false);
    // Kubernetes is both hidden and listed in the visible skills: it counts once, from the skills.
    expect(hit("Kubernetes")).toMatchObject({ found: true, count: 1 });
  });

  it("names every keyword category with the profile's own label, in group order", async () => {
    const report = await analyzeFile(simple, { fileName: "simple.docx", today: TODAY });
    const categories = report.match!.categories!;
    expect(categories.find((c) => c.category === "mlops")?.label).toBe("MLOps and model deployment");
    expect(new Set(report.match!.keywords.map((k) => k.category))).toEqual(new Set(categories.map((c) => c.category)));
  });

  it("scores the role asked for, and compares a job description when given", async () => {
    const report = await analyzeFile(simple, {
      fileName: "simple.docx",
      role: "data-engineer",
      jobDescription: "Data Engineer\n\nRequirements:\n- Spark and Airflow\n- SQL\n",
      today: TODAY,
    });
    expect(report.match?.profile).toBe("data-engineer");
    expect(report.match?.jd?.keywords.map((k) => k.term)).toEqual(expect.arrayContaining(["Spark", "Airflow", "SQL"]));
    expect(reportSchema.parse(report).match?.jd).toBeTruthy();
  });

  it("is deterministic for a fixed date", async () => {
    const a = await analyzeFile(simple, { fileName: "simple.docx", today: TODAY });
    const b = await analyzeFile(simple, { fileName: "simple.docx", today: TODAY });
    expect(b).toEqual(a);
  });

  it("refuses an unknown role with a typed input error, before reading the file", async () => {
    const error = await analyzeFile(new Uint8Array([1, 2, 3]), { fileName: "x.pdf", role: "astronaut" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("unknown_role");
    expect((error as InputError).message).toContain("astronaut");
  });
});
