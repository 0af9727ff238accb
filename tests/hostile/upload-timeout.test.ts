/**
 * A file whose parse runs away, uploaded through the real route: the worker is stopped at
 * ATS_TIMEOUT_MS and the client gets 422 `timeout`, while the health endpoint keeps answering.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/analyze/route";
import { GET as health } from "../../app/api/health/route";
import { closeSharedAnalyzePool } from "../../server/pool/analyze-in-pool";
import { createTestDatabase, type TestDatabase } from "../api/test-database";
import { flateBombPdf } from "./hostile-files";

let database: TestDatabase;
beforeAll(() => {
  database = createTestDatabase();
  process.env.ATS_TIMEOUT_MS = "3000";
});
afterAll(async () => {
  delete process.env.ATS_TIMEOUT_MS;
  await closeSharedAnalyzePool();
  await database.close();
});

describe("a decompression bomb in a PDF content stream", () => {
  it("is stopped with 422 timeout; /api/health answers quickly meanwhile", async () => {
    const form = new FormData();
    form.set("file", new Blob([flateBombPdf(4096)]), "bomb.pdf");
    const started = Date.now();
    const pending = POST(new Request("http://localhost/api/analyze", { method: "POST", body: form }));
    const probes: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const t = Date.now();
      expect((await health(new Request("http://localhost/api/health"))).status).toBe(200);
      probes.push(Date.now() - t);
    }
    const response = await pending;
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status).toBe(422);
    expect(body.error.code).toBe("timeout");
    expect(body.error.message).toMatch(/took too long and was stopped\. \(limit 3 s\)/);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(Math.max(...probes)).toBeLessThan(1_000);
  }, 60_000);
});
