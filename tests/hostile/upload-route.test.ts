/**
 * Hostile uploads through POST /api/analyze: each gets a 4xx with its code and a message that says
 * what is wrong, never a 500 or a stack trace. Also the configurable size limit and the same-origin
 * check of the upload route.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/analyze/route";
import { closeSharedAnalyzePool } from "../../server/pool/analyze-in-pool";
import { createTestDatabase, type TestDatabase } from "../api/test-database";
import { makeDocx, SAMPLE_RESUME_LINES } from "../server/make-docx";
import { billionLaughsXml, deeplyNestedPdf, docxDeclaringSize, docxWithDocumentXml, manyPagesPdf } from "./hostile-files";

const LIMIT = 1024 * 1024;
let database: TestDatabase;
beforeAll(() => {
  database = createTestDatabase();
  process.env.ATS_MAX_UPLOAD_BYTES = String(LIMIT);
});
afterAll(async () => {
  delete process.env.ATS_MAX_UPLOAD_BYTES;
  await closeSharedAnalyzePool();
  await database.close();
});

function upload(bytes: Uint8Array, fileName: string, headers: Record<string, string> = {}): Request {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)]), fileName);
  return new Request("http://localhost:3000/api/analyze", { method: "POST", body: form, headers });
}

async function answer(response: Response) {
  const text = await response.text();
  const body = JSON.parse(text) as { error?: { code: string; message: string } };
  return { status: response.status, code: body.error?.code, message: body.error?.message ?? "", text };
}

describe("hostile files through POST /api/analyze", () => {
  const cases: Array<{ name: string; build: () => Promise<Uint8Array> | Uint8Array; code: string; status: number; message: RegExp }> = [
    { name: "51 pages", build: () => manyPagesPdf(51), code: "too_many_pages", status: 422, message: /too many pages for a resume\. \(51 pages\)/ },
    { name: "objects nested 100,000 deep", build: () => deeplyNestedPdf(100_000), code: "corrupt", status: 422, message: /damaged/ },
    { name: "an XML entity bomb", build: () => docxWithDocumentXml(billionLaughsXml()), code: "corrupt", status: 422, message: /document type/ },
    { name: "a part declared to inflate to 60 MB", build: () => docxDeclaringSize(60 * 1024 * 1024), code: "too_large", status: 413, message: /inflates to 60 MB/ },
  ];

  it.each(cases)("$name → $status $code", async ({ build, code, status, message }) => {
    const result = await answer(await POST(upload(await build(), "hostile.bin")));
    expect(result).toMatchObject({ status, code });
    expect(result.message).toMatch(message);
    expect(result.text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  });

  it("refuses a file over ATS_MAX_UPLOAD_BYTES with 413 too_large, naming the limit", async () => {
    const result = await answer(await POST(upload(new Uint8Array(LIMIT + 1), "big.pdf")));
    expect(result).toMatchObject({ status: 413, code: "too_large" });
    expect(result.message).toMatch(/the limit is 1 MB/);
  });

  it("accepts a resume under the limit", async () => {
    const response = await POST(upload(await makeDocx(SAMPLE_RESUME_LINES), "jane.docx"));
    expect(response.status).toBe(201);
  });
});

describe("same-origin check of the upload route", () => {
  it("refuses a browser upload from another site with 403", async () => {
    const bytes = await makeDocx(SAMPLE_RESUME_LINES);
    expect(await answer(await POST(upload(bytes, "x.docx", { origin: "https://evil.example" })))).toMatchObject({ status: 403, code: "forbidden" });
    expect(
      await answer(await POST(upload(bytes, "x.docx", { origin: "http://localhost:3000", "sec-fetch-site": "cross-site" }))),
    ).toMatchObject({ status: 403, code: "forbidden" });
  });

  it("accepts the app's own origin and clients that send none (curl, scripts)", async () => {
    const bytes = await makeDocx(SAMPLE_RESUME_LINES);
    expect((await POST(upload(bytes, "x.docx", { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }))).status).toBe(201);
    expect((await POST(upload(bytes, "x.docx"))).status).toBe(201);
  });
});
