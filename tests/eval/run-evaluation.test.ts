import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InputError } from "../../lib/errors";
import type { Report } from "../../lib/report/schema";
import { evaluateFolder, reportFileContent } from "../../scripts/eval/run-evaluation";

// The pipeline is replaced so each test decides what "analysing" a file does.
const pipeline = vi.hoisted(() => ({ analyze: (_bytes: Uint8Array, _name: string): Promise<unknown> => Promise.reject(new Error("unset")) }));
vi.mock("../../lib/report/analyze-file", () => ({
  analyzeFile: (bytes: Uint8Array, options: { fileName: string }) => pipeline.analyze(bytes, options.fileName),
}));

function minimalReport(name: string): Report {
  return {
    version: 1,
    file: { name, format: "pdf", bytes: 3, pages: 1 },
    ats: { text: "Jane Doe", streamText: "Jane Doe", warnings: [] },
    contact: { name: "Jane Doe", emails: [], phones: [], location: null, links: [] },
    sections: [],
    experience: [],
    education: [],
    skills: [],
    match: null,
    suggestions: [],
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "eval-run-"));
  mkdirSync(path.join(dir, "pdf"));
  mkdirSync(path.join(dir, "docx"));
  mkdirSync(path.join(dir, "labels"));
  const label = (file: string, format: string) =>
    writeFileSync(
      path.join(dir, "labels", `${path.basename(file)}.json`),
      JSON.stringify({ file, format, text_layer: true, name: "Jane Doe", emails: [], phones: [], ats_issues: [] }),
    );
  label("pdf/ok.pdf", "pdf");
  label("pdf/bad.pdf", "pdf");
  label("docx/gone.docx", "docx");
  writeFileSync(path.join(dir, "pdf", "ok.pdf"), "%PDF");
  writeFileSync(path.join(dir, "pdf", "bad.pdf"), "%PDF");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("evaluateFolder", () => {
  it("scores reports, and counts thrown errors and missing files as crashes with their code", async () => {
    pipeline.analyze = async (_bytes, name) => {
      if (name === "bad.pdf") throw new InputError("corrupt");
      return minimalReport(name);
    };
    const { results, figures } = await evaluateFolder({ docsDir: dir });
    expect(results.map((r) => r.label.file)).toEqual(["pdf/bad.pdf", "docx/gone.docx", "pdf/ok.pdf"]);
    expect(figures.crashes).toBe(2);
    expect(figures.extra.crashes.map((c) => c.code)).toEqual(["corrupt", "missing_file"]);
    expect(figures.name_acc).toBeCloseTo(1 / 3, 12);
    expect(results[2].schemaIssue).toBeNull();
  });

  it("gives up on a file after the timeout and goes on", async () => {
    pipeline.analyze = (_bytes, name) => (name === "ok.pdf" ? new Promise(() => {}) : Promise.resolve(minimalReport(name)));
    const { results } = await evaluateFolder({ docsDir: dir, formats: ["pdf"], timeoutMs: 50 });
    expect(results.map((r) => r.error?.code ?? null)).toEqual([null, "timeout"]);
  });

  it("notes reports that do not fit the report schema", async () => {
    pipeline.analyze = async (_bytes, name) => ({ ...minimalReport(name), skills: "Python" });
    const { results } = await evaluateFolder({ docsDir: dir, formats: ["pdf"] });
    expect(results[0].schemaIssue).toMatch(/^skills: /);
  });

  it("scores stored reports from --outputs, and writes what eval.py --outputs reads", async () => {
    const outputs = path.join(dir, "out");
    mkdirSync(outputs);
    writeFileSync(path.join(outputs, "ok.pdf.json"), JSON.stringify(minimalReport("ok.pdf")));
    writeFileSync(path.join(outputs, "bad.pdf.json"), JSON.stringify({ file: { name: "bad.pdf", bytes: 4 }, error: { code: "encrypted", message: "x" } }));
    const { results, figures } = await evaluateFolder({ docsDir: dir, outputsDir: outputs });
    expect(results.map((r) => r.error?.code ?? null)).toEqual(["encrypted", "missing_output", null]);
    expect(figures.extra.time.maxMs).toBe(0);
    expect(reportFileContent(results[0], 4)).toEqual({ file: { name: "bad.pdf", bytes: 4 }, error: { code: "encrypted", message: "x" } });
    expect(reportFileContent(results[2], 4)).toEqual(minimalReport("ok.pdf"));
  });
});
