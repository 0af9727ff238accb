/**
 * Per-client rate limit of the upload route (server/http/rate-limit.ts): ATS_UPLOAD_RATE_LIMIT
 * uploads per ATS_UPLOAD_RATE_WINDOW_S and client address, then 429 `rate_limited` with Retry-After,
 * before the body is read. Other clients keep their own budget; 0 switches the limit off.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/analyze/route";
import { clientAddress, createRateLimiter } from "../../server/http/rate-limit";
import { closeSharedAnalyzePool } from "../../server/pool/analyze-in-pool";
import { createTestDatabase, type TestDatabase } from "../api/test-database";

let database: TestDatabase;
beforeAll(() => {
  database = createTestDatabase();
});
afterAll(async () => {
  delete process.env.ATS_UPLOAD_RATE_LIMIT;
  delete process.env.ATS_UPLOAD_RATE_WINDOW_S;
  await closeSharedAnalyzePool();
  await database.close();
});

/** An upload of a small text file (refused as unsupported: cheap, and it still counts). */
function upload(address: string): Request {
  const form = new FormData();
  form.set("file", new Blob(["not a resume"]), "note.txt");
  return new Request("http://localhost/api/analyze", { method: "POST", body: form, headers: { "x-forwarded-for": address } });
}

describe("POST /api/analyze rate limit", () => {
  it("answers 429 rate_limited with Retry-After once a client is over the limit, and not for others", async () => {
    process.env.ATS_UPLOAD_RATE_LIMIT = "3";
    process.env.ATS_UPLOAD_RATE_WINDOW_S = "60";
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await POST(upload("203.0.113.7"))).status);
    expect(statuses).toEqual([415, 415, 415]);

    const limited = await POST(upload("203.0.113.7"));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/Too many requests.*again in \d+ s/);

    // Another address has its own budget.
    expect((await POST(upload("198.51.100.9"))).status).toBe(415);
  });

  it("is off with ATS_UPLOAD_RATE_LIMIT=0", async () => {
    process.env.ATS_UPLOAD_RATE_LIMIT = "0";
    for (let i = 0; i < 10; i++) expect((await POST(upload("192.0.2.1"))).status).toBe(415);
  });
});

describe("createRateLimiter", () => {
  it("allows `points` requests per window and client, then refuses until the window ends", async () => {
    const limiter = createRateLimiter("test", { points: 2, windowSeconds: 1 });
    const request = new Request("http://localhost/", { headers: { "x-forwarded-for": "192.0.2.44" } });
    await limiter.take(request);
    await limiter.take(request);
    await expect(limiter.take(request)).rejects.toMatchObject({ code: "rate_limited", retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(limiter.take(request)).resolves.toBeUndefined();
  });
});

describe("clientAddress", () => {
  const at = (headers: Record<string, string>) => clientAddress(new Request("http://localhost/", { headers }));

  it("takes the last X-Forwarded-For entry: the address the nearest proxy (or Next) saw", () => {
    expect(at({ "x-forwarded-for": "10.0.0.1" })).toBe("10.0.0.1");
    // A client's own (spoofed) entry comes first; the proxy appends the real peer.
    expect(at({ "x-forwarded-for": "1.2.3.4, 203.0.113.5" })).toBe("203.0.113.5");
    expect(at({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(at({})).toBe("unknown");
  });
});
