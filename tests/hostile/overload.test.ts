/**
 * Overload: at most ATS_QUEUE_LIMIT uploads wait for a worker thread. One more is refused at once
 * with 503 `busy` and Retry-After (before its body is read), instead of waiting behind all of them;
 * the uploads already in line are all answered.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/analyze/route";
import { closeSharedAnalyzePool } from "../../server/pool/analyze-in-pool";
import { createTestDatabase, type TestDatabase } from "../api/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = createTestDatabase();
  await closeSharedAnalyzePool(); // the next upload builds the pool with these settings
  process.env.ATS_POOL_SIZE = "1";
  process.env.ATS_QUEUE_LIMIT = "2";
  process.env.ATS_UPLOAD_RATE_LIMIT = "0";
});
afterAll(async () => {
  await closeSharedAnalyzePool();
  delete process.env.ATS_POOL_SIZE;
  delete process.env.ATS_QUEUE_LIMIT;
  delete process.env.ATS_UPLOAD_RATE_LIMIT;
  await database.close();
});

function upload(): Request {
  const form = new FormData();
  form.set("file", new Blob([readFileSync("tests/fixtures/pdf/two-column.pdf")]), "cv.pdf");
  return new Request("http://localhost/api/analyze", { method: "POST", body: form });
}

describe("uploads beyond ATS_QUEUE_LIMIT waiting for a thread", () => {
  it("are refused at once with 503 busy and Retry-After; those in line are answered", async () => {
    // One thread (starting up: well over the time the requests take to arrive), two places in line.
    const responses = await Promise.all(Array.from({ length: 6 }, () => POST(upload())));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 503, 503, 503]);
    const refused = responses.find((r) => r.status === 503)!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("busy");

    // The line has moved on: the next upload is taken.
    expect((await POST(upload())).status).toBe(201);
  }, 60_000);
});
