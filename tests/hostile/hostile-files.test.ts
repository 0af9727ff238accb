/**
 * Hostile files through the real pipeline, in-process: each is refused with its own input error
 * code (and a message that says why), quickly, instead of crashing or exhausting the process.
 * Runaway files that only a killed thread stops are in pool-limits.test.ts.
 */
import { describe, expect, it } from "vitest";
import { describeError, isInputError, type InputErrorCode } from "../../lib/errors";
import { MAX_PAGES } from "../../lib/extract/pdf/load";
import { MAX_XML_DEPTH } from "../../lib/extract/docx/xml";
import { analyzeFile } from "../../lib/report/analyze-file";
import {
  billionLaughsXml,
  deeplyNestedPdf,
  docxDeclaringSize,
  docxWithDocumentXml,
  externalEntityXml,
  manyPagesPdf,
  nestedTablesXml,
} from "./hostile-files";

async function refusal(bytes: Uint8Array): Promise<{ code: InputErrorCode; message: string; ms: number }> {
  const started = Date.now();
  try {
    await analyzeFile(bytes, { fileName: "hostile" });
  } catch (error) {
    expect(isInputError(error), String(error)).toBe(true);
    return { ...describeError(error), ms: Date.now() - started };
  }
  throw new Error("the file was accepted");
}

describe("PDF", () => {
  it(`refuses more than ${MAX_PAGES} pages with too_many_pages, before reading any page`, async () => {
    const { code, message, ms } = await refusal(manyPagesPdf(MAX_PAGES + 1));
    expect(code).toBe("too_many_pages");
    expect(message).toContain(`${MAX_PAGES + 1} pages`);
    expect(ms).toBeLessThan(5_000);
  });

  it("still reads a document at the page limit's safe side", async () => {
    const report = await analyzeFile(manyPagesPdf(3), { fileName: "three.pdf" });
    expect(report.file.pages).toBe(3);
    expect(report.ats.text).toContain("Page 3");
  });

  it("refuses objects nested 100,000 deep as corrupt (the parser's stack overflow is contained)", async () => {
    const { code } = await refusal(deeplyNestedPdf(100_000));
    expect(code).toBe("corrupt");
  });
});

describe("DOCX", () => {
  it("refuses a billion-laughs entity bomb as corrupt without expanding it", async () => {
    const { code, message, ms } = await refusal(await docxWithDocumentXml(billionLaughsXml()));
    expect(code).toBe("corrupt");
    expect(message).toMatch(/document type/);
    expect(ms).toBeLessThan(2_000);
  });

  it("refuses an external entity (XXE) as corrupt, never reading the file it names", async () => {
    const { code, message } = await refusal(await docxWithDocumentXml(externalEntityXml()));
    expect(code).toBe("corrupt");
    expect(message).not.toContain("root:");
  });

  it(`refuses elements nested deeper than ${MAX_XML_DEPTH} levels as corrupt`, async () => {
    const { code, message } = await refusal(await docxWithDocumentXml(nestedTablesXml(10_000)));
    expect(code).toBe("corrupt");
    expect(message).toMatch(/nests elements/);
  });

  it("reads tables nested a realistic few levels deep", async () => {
    const report = await analyzeFile(await docxWithDocumentXml(nestedTablesXml(5)), { fileName: "nested.docx" });
    expect(report.ats.text).toContain("Jane Doe");
  });

  it("refuses a part declared to inflate to 60 MB as too_large, before inflating anything", async () => {
    const { code, message } = await refusal(await docxDeclaringSize(60 * 1024 * 1024));
    expect(code).toBe("too_large");
    expect(message).toMatch(/word\/document\.xml inflates to 60 MB/);
  });

  it("refuses a part that needs ZIP64 (declared 4 GB) as too_large", async () => {
    const { code } = await refusal(await docxDeclaringSize(0xffffffff));
    expect(code).toBe("too_large");
  });
});
