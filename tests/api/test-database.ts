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
  /** Rows of `table` matching an SQL condition, read straight from the file. */
  count(table: string, where?: string): Promise<number>;
  /** The first column of each row of a query. */
  column(sql: string, ...params: unknown[]): Promise<unknown[]>;
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
  const read = <T>(query: (sqlite: Database.Database) => T): T => {
    const sqlite = new Database(file, { readonly: true });
    try {
      return query(sqlite);
    } finally {
      sqlite.close();
    }
  };
  return {
    file,
    async count(table, where = "1 = 1") {
      return read((sqlite) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`).get() as { n: number }).n);
    },
    async column(sql, ...params) {
      return read((sqlite) => sqlite.prepare(sql).pluck().all(...params));
    },
    async close() {
      await disconnectDb();
      if (previousUrl === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previousUrl;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
