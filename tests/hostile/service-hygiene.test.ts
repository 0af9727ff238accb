/**
 * What a client can learn from the service: report ids and tokens that cannot be guessed, and
 * errors without stack traces or internal details.
 */
import { describe, expect, it, vi } from "vitest";
import { log } from "../../server/log";
import { errorResponse } from "../../server/http/error-response";
import { newDeleteToken, newReportId, newShareToken, REPORT_ID_PATTERN, SHARE_TOKEN_PATTERN } from "../../server/db/tokens";

describe("report ids and tokens", () => {
  it("are 128-bit (ids) and 256-bit (tokens) random strings, never repeated", () => {
    const ids = Array.from({ length: 5_000 }, newReportId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 100)) {
      expect(id).toMatch(REPORT_ID_PATTERN);
      expect(Buffer.from(id, "base64url")).toHaveLength(16);
    }
    expect(Buffer.from(newDeleteToken(), "base64url")).toHaveLength(32);
    expect(newShareToken()).toMatch(SHARE_TOKEN_PATTERN);
    // No shared prefix or counter: each character position varies.
    for (let i = 0; i < 21; i++) expect(new Set(ids.map((id) => id[i])).size).toBeGreaterThan(50);
  });
});

describe("error responses", () => {
  it("turn an unexpected error into a generic 500 without its message or stack (those go to the server log)", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const bug = new TypeError("Cannot read properties of undefined (reading 'x') at /srv/app/lib/secret.ts:12");
    const response = errorResponse(bug);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "internal", message: "Something went wrong while reading this file." } });
    expect(text).not.toMatch(/secret|TypeError|\.ts|\bat\b/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    // The log line carries the error, nothing of the request or the uploaded file.
    expect(logged).toHaveBeenCalledWith({ err: bug }, "request failed");
    logged.mockRestore();
  });
});
