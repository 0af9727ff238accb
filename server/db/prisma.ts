/**
 * The one Prisma client of the process. Cached on globalThis so that Next's dev-mode reloads do not
 * open a new SQLite connection per edit. The delete-token hash is omitted from every query unless a
 * use case asks for it (only delete-report does).
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";
import { ensureDatabaseFile } from "./database-url";

function createClient() {
  const adapter = new PrismaBetterSQLite3({ url: `file:${ensureDatabaseFile()}` });
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
