import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/analyze/route";
import { GET as health } from "../../app/api/health/route";
import { DELETE, GET } from "../../app/api/reports/[id]/route";
import { analyzeFile } from "../../lib/report/analyze-file";
import { reportSchema } from "../../lib/report/schema";
import { closeSharedAnalyzePool } from "../../server/pool/analyze-in-pool";
import { makeDocx, SAMPLE_RESUME_LINES } from "../server/make-docx";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
beforeAll(() => {
  database = createTestDatabase();
});
afterAll(async () => {
  await closeSharedAnalyzePool();
  await database.close();
});

function upload(file: Blob | null, fileName = "resume.docx", fields: Record<string, string> = {}): Request {
  const form = new FormData();
  if (file) form.set("file", file, fileName);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return new Request("http://localhost/api/analyze", { method: "POST", body: form });
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const reportUrl = (id: string) => `http://localhost/api/reports/${id}`;

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

describe("POST /api/analyze → GET → DELETE /api/reports/:id", () => {
  it("stores the report, serves it by id, and deletes it with the token", async () => {
    const bytes = await makeDocx(SAMPLE_RESUME_LINES);
    const created = await POST(upload(new Blob([bytes]), "jane.docx", { role: "" }));
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; deleteToken: string; report: unknown };
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.deleteToken.length).toBeGreaterThanOrEqual(40);
    expect(created.headers.get("location")).toBe(`/api/reports/${body.id}`);
    const report = reportSchema.parse(body.report);
    expect(report).toEqual(await analyzeFile(bytes, { fileName: "jane.docx" }));

    const fetched = await GET(new Request(reportUrl(body.id)), params(body.id));
    expect(fetched.status).toBe(200);
    expect(await fetched.json()).toMatchObject({ id: body.id, report });

    const wrongToken = await DELETE(
      new Request(reportUrl(body.id), { method: "DELETE", headers: { "x-delete-token": "not-the-token" } }),
      params(body.id),
    );
    expect(await errorOf(wrongToken)).toMatchObject({ status: 403, code: "forbidden" });
    const noToken = await DELETE(new Request(reportUrl(body.id), { method: "DELETE" }), params(body.id));
    expect(await errorOf(noToken)).toMatchObject({ status: 400, code: "bad_request" });

    const deleted = await DELETE(
      new Request(reportUrl(body.id), { method: "DELETE", headers: { "x-delete-token": body.deleteToken } }),
      params(body.id),
    );
    expect(deleted.status).toBe(204);
    const gone = await GET(new Request(reportUrl(body.id)), params(body.id));
    expect(await errorOf(gone)).toMatchObject({ status: 404, code: "not_found" });
  });

  it("never stores the delete token itself", async () => {
    const created = await POST(upload(new Blob([await makeDocx(["Jo Bloggs"])])));
    const { id, deleteToken } = (await created.json()) as { id: string; deleteToken: string };
    const Database = (await import("better-sqlite3")).default;
    const sqlite = new Database(database.file, { readonly: true });
    const row = sqlite.prepare('SELECT * FROM "Report" WHERE id = ?').get(id) as Record<string, unknown>;
    sqlite.close();
    expect(JSON.stringify(row)).not.toContain(deleteToken);
    expect(row.deleteTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("API errors", () => {
  it("answers 404 for an unknown or malformed id", async () => {
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "not a valid id"]) {
      const response = await GET(new Request(reportUrl("x")), params(id));
      expect(await errorOf(response)).toMatchObject({ status: 404, code: "not_found" });
    }
  });

  it("refuses a file that is not a resume document with 415", async () => {
    const response = await POST(upload(new Blob(["hello, I am plain text"]), "cv.pdf"));
    expect(await errorOf(response)).toMatchObject({ status: 415, code: "unsupported_format" });
  });

  it("refuses an empty file with 400", async () => {
    const response = await POST(upload(new Blob([]), "cv.pdf"));
    expect(await errorOf(response)).toMatchObject({ status: 400, code: "empty_file" });
  });

  it("refuses a file over the default 10 MB limit with 413", async () => {
    const response = await POST(upload(new Blob([new Uint8Array(10 * 1024 * 1024 + 1)]), "big.pdf"));
    expect(await errorOf(response)).toMatchObject({ status: 413, code: "too_large" });
  });

  it("stops reading a streamed body with no Content-Length once it passes the limit", async () => {
    process.env.ATS_MAX_UPLOAD_BYTES = "1000";
    try {
      let sent = 0;
      const chunk = new Uint8Array(64 * 1024);
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.length;
          controller.enqueue(chunk); // endless: only the limit ends this upload
        },
      });
      const request = new Request("http://localhost/api/analyze", {
        method: "POST",
        body,
        headers: { "content-type": "multipart/form-data; boundary=x" },
        duplex: "half",
      } as RequestInit);
      expect(await errorOf(await POST(request))).toMatchObject({ status: 413, code: "too_large" });
      expect(sent).toBeLessThan(2 * 1024 * 1024);
    } finally {
      delete process.env.ATS_MAX_UPLOAD_BYTES;
    }
  });

  it("rejects a request without a file, with a malformed or unknown role, or not multipart, with 400", async () => {
    expect(await errorOf(await POST(upload(null, "x", { role: "ml-engineer" })))).toMatchObject({
      status: 400,
      code: "bad_request",
    });
    const badRole = await POST(upload(new Blob([await makeDocx(["x"])]), "cv.docx", { role: "ML Engineer!" }));
    expect(await errorOf(badRole)).toMatchObject({ status: 400, code: "bad_request" });
    const unknownRole = await POST(upload(new Blob([await makeDocx(["x"])]), "cv.docx", { role: "no-such-role" }));
    expect(await errorOf(unknownRole)).toMatchObject({ status: 400, code: "bad_request", message: 'Unknown role "no-such-role".' });
    const notMultipart = await POST(new Request("http://localhost/api/analyze", { method: "POST", body: "{}" }));
    expect(await errorOf(notMultipart)).toMatchObject({ status: 400, code: "bad_request" });
  });
});

describe("GET /api/health", () => {
  it("says ok", async () => {
    const response = await health(new Request("http://localhost/api/health"));
    expect(await response.json()).toEqual({ ok: true });
  });
});
