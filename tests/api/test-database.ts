/**
 * A throw-away SQLite database for API tests: a temp file, migrated with the committed migration
 * SQL (the same files `prisma migrate deploy` applies), selected through DATABASE_URL.
 */
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { disconnectDb } from "../../server/db/prisma";

const MIGRATIONS = path.join("prisma", "migrations");

export interface TestDatabase {
  file: string;
  close(): Promise<void>;
}

export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "ats-api-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  const migrations = readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of migrations) sqlite.exec(readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  sqlite.close();

  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `file:${file}`;
  return {
    file,
    async close() {
      await disconnectDb();
      if (previousUrl === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previousUrl;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
