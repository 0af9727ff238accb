/**
 * Sign-in is rate-limited per client address by better-auth's own limiter (the one mechanism for
 * that route), on under `npm start` (NODE_ENV=production): 3 attempts per 10 s, then 429. Checked
 * in a child process because better-auth reads NODE_ENV when it loads.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../api/test-database";

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

let database: TestDatabase;
beforeAll(() => {
  database = createTestDatabase();
});
afterAll(() => database.close());

function attempts(addresses: string[], env: Record<string, string> = {}): number[] {
  const run = spawnSync(process.execPath, [tsxCli, "tests/hostile/login-attempts.ts", ...addresses], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: `file:${database.file}`,
      BETTER_AUTH_SECRET: "test-secret-for-the-login-limit-test-0123456789",
      BETTER_AUTH_URL: "",
      AUTH_RATE_LIMIT: "",
      ...env,
    },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`login-attempts failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as number[];
}

describe("sign-in rate limit (better-auth, production)", () => {
  it("refuses the 4th attempt within 10 s from one address with 429, and not another address's first", () => {
    const me = "203.0.113.7";
    expect(attempts([me, me, me, me, me, "198.51.100.9"])).toEqual([401, 401, 401, 429, 429, 401]);
  }, 60_000);

  it("is off with AUTH_RATE_LIMIT=off", () => {
    const me = "203.0.113.8";
    expect(attempts([me, me, me, me, me], { AUTH_RATE_LIMIT: "off" })).toEqual([401, 401, 401, 401, 401]);
  }, 60_000);
});
