import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readProfileFiles } from "../../server/profiles/read-profile-files";
import { createTestDatabase, type TestDatabase } from "../api/test-database";

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

let database: TestDatabase;
beforeAll(() => {
  database = createTestDatabase();
});
afterAll(() => database.close());

function seed(): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [tsxCli, "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${database.file}` },
    encoding: "utf8",
  });
  return { status: run.status, stderr: run.stderr };
}

function rows(): Array<{ slug: string; title: string; data: string }> {
  const sqlite = new Database(database.file, { readonly: true });
  try {
    return sqlite.prepare('SELECT slug, title, data FROM "RoleProfile" ORDER BY slug').all() as never;
  } finally {
    sqlite.close();
  }
}

describe("prisma/seed.ts", () => {
  const profiles = readProfileFiles() ?? [];

  it("mirrors lib/profiles/data into RoleProfile, the same on every run", () => {
    expect(seed().status).toBe(0);
    const first = rows();
    expect(first.map((row) => row.slug)).toEqual(profiles.map((profile) => profile.slug));
    for (const [i, row] of first.entries()) expect(JSON.parse(row.data)).toEqual(profiles[i]);
    expect(seed().status).toBe(0);
    expect(rows()).toEqual(first);
  });

  it("removes a profile that is no longer shipped", () => {
    const sqlite = new Database(database.file);
    sqlite
      .prepare('INSERT INTO "RoleProfile" (slug, title, description, data, updatedAt) VALUES (?, ?, ?, ?, ?)')
      .run("retired-role", "Retired", "", "{}", Date.now());
    sqlite.close();
    const run = seed();
    expect(run.status).toBe(0);
    expect(rows().map((row) => row.slug)).not.toContain("retired-role");
    expect(run.stderr).toMatch(/1 removed/);
  });
});
