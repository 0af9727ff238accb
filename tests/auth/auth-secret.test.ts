import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadAuthSecret, SECRET_FILE_NAME } from "../../server/auth/auth-secret";
import { authSettings } from "../../server/auth/auth-settings";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ats-secret-"));
  dirs.push(dir);
  return path.join(dir, ".data");
}

describe("loadAuthSecret", () => {
  it("uses BETTER_AUTH_SECRET when set, and refuses a short one", () => {
    const secret = "s".repeat(40);
    expect(loadAuthSecret({ env: { BETTER_AUTH_SECRET: secret }, dataDir: tempDir() })).toBe(secret);
    expect(() => loadAuthSecret({ env: { BETTER_AUTH_SECRET: "short" }, dataDir: tempDir() })).toThrow(/at least 32/);
  });

  it("otherwise generates a random secret once, keeps it in a private file and reuses it", () => {
    const dataDir = tempDir();
    const first = loadAuthSecret({ env: {}, dataDir });
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = path.join(dataDir, SECRET_FILE_NAME);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadAuthSecret({ env: {}, dataDir })).toBe(first);
    expect(loadAuthSecret({ env: {}, dataDir: tempDir() })).not.toBe(first);
  });

  it("reads a secret another process stored, and refuses a damaged file", () => {
    const stored = "x".repeat(43);
    const keptDir = tempDir();
    mkdirSync(keptDir);
    writeFileSync(path.join(keptDir, SECRET_FILE_NAME), `${stored}\n`);
    expect(loadAuthSecret({ env: {}, dataDir: keptDir })).toBe(stored);
    const damagedDir = tempDir();
    mkdirSync(damagedDir);
    writeFileSync(path.join(damagedDir, SECRET_FILE_NAME), "too short\n");
    expect(() => loadAuthSecret({ env: {}, dataDir: damagedDir })).toThrow(/no usable secret/);
  });
});

describe("authSettings", () => {
  const secret = "s".repeat(40);

  it("defaults to http://localhost:3000 with sign-up off", () => {
    expect(authSettings({ BETTER_AUTH_SECRET: secret })).toEqual({
      secret,
      baseURL: "http://localhost:3000",
      trustedOrigins: ["http://localhost:3000", "http://127.0.0.1:3000"],
      allowSignup: false,
      rateLimit: true,
    });
  });

  it("follows PORT, BETTER_AUTH_URL, BETTER_AUTH_TRUSTED_ORIGINS and ALLOW_SIGNUP", () => {
    expect(authSettings({ BETTER_AUTH_SECRET: secret, PORT: "4000", ALLOW_SIGNUP: "true" })).toMatchObject({
      baseURL: "http://localhost:4000",
      allowSignup: true,
    });
    expect(
      authSettings({ BETTER_AUTH_SECRET: secret, BETTER_AUTH_URL: "https://ats.example.org/", BETTER_AUTH_TRUSTED_ORIGINS: "https://a.example.org, https://b.example.org" }),
    ).toMatchObject({
      baseURL: "https://ats.example.org",
      trustedOrigins: ["https://ats.example.org", "https://a.example.org", "https://b.example.org"],
    });
    expect(authSettings({ BETTER_AUTH_SECRET: secret, ALLOW_SIGNUP: "no" }).allowSignup).toBe(false);
    expect(authSettings({ BETTER_AUTH_SECRET: secret, AUTH_RATE_LIMIT: "off" }).rateLimit).toBe(false);
  });
});
