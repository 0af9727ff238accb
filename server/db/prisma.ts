/**
 * The one Prisma client of the process. Cached on globalThis so that Next's dev-mode reloads do not
 * open a new SQLite connection per edit. The delete-token hash is omitted from every query unless a
 * use case asks for it (only delete-report does).
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../../generated/prisma/client";
import { ensureDatabaseFile } from "./database-url";

/**
 * SQLite set up for a server: a write-ahead log, so a commit appends to one file, and commits that
 * do not wait for the disk (a crash of the machine can lose the last commits, never corrupt the
 * database). Statements run on the request's thread: an upload's insert took 7–9 ms with the
 * defaults (rollback journal, a disk sync per commit) and about 1 ms so, measured on this disk.
 */
class ServerSqlite extends PrismaBetterSQLite3 {
  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    await adapter.queryRaw({ sql: "PRAGMA journal_mode = WAL", args: [], argTypes: [] });
    await adapter.executeRaw({ sql: "PRAGMA synchronous = NORMAL", args: [], argTypes: [] });
    return adapter;
  }
}

function createClient() {
  const adapter = new ServerSqlite({ url: `file:${ensureDatabaseFile()}` });
  return new PrismaClient({ adapter, omit: { report: { deleteTokenHash: true } } });
}

export type Db = ReturnType<typeof createClient>;

const cache = globalThis as unknown as { atsPrisma?: Db };

/** The shared client, created on first use (so DATABASE_URL may be set before any query). */
export function db(): Db {
  cache.atsPrisma ??= createClient();
  return cache.atsPrisma;
}

/** Closes the shared client (tests, scripts); the next `db()` call opens a new one. */
export async function disconnectDb(): Promise<void> {
  const client = cache.atsPrisma;
  cache.atsPrisma = undefined;
  await client?.$disconnect();
}
