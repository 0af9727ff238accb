/**
 * The pool's JavaScript bundle of the pipeline (server/pool/pipeline-bundle.ts): built once per
 * source state and reused, the same reports as the TypeScript, and no bundle (so tsx) where there
 * is no project to build.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeFile } from "../../lib/report/analyze-file";
import { BUNDLE_ENTRIES, pipelineBundle } from "../../server/pool/pipeline-bundle";

describe("pipelineBundle", () => {
  it("builds the pipeline once into a folder named by the sources, and reuses it", () => {
    const first = pipelineBundle(process.cwd());
    expect(first).toMatch(/node_modules[\\/]\.cache[\\/]ats-check[\\/]pipeline-[0-9a-f]{16}$/);
    expect(pipelineBundle(process.cwd())).toBe(first);
  });

  it("gives the same report as the TypeScript pipeline", async () => {
    const dir = pipelineBundle(process.cwd())!;
    const bundled = (await import(pathToFileURL(path.join(dir, BUNDLE_ENTRIES.analyze)).href)) as { analyzeFile: typeof analyzeFile };
    for (const file of ["tests/fixtures/pdf/two-column.pdf", "tests/fixtures/docx/text-box.docx", "tests/fixtures/doc/simple.doc"]) {
      const bytes = new Uint8Array(readFileSync(file));
      const today = new Date("2026-06-01");
      expect(await bundled.analyzeFile(bytes, { fileName: "x", today })).toEqual(await analyzeFile(bytes, { fileName: "x", today }));
    }
  }, 60_000);

  it("returns null where there is nothing to build (the worker then compiles through tsx)", () => {
    expect(pipelineBundle(mkdtempSync(path.join(tmpdir(), "ats-no-project-")))).toBeNull();
  });
});
