/**
 * Where the SQLite database lives. `DATABASE_URL` (a `file:` URL) overrides the default; a relative
 * path is taken from the working directory, which is the project root for `npm start`, the Prisma
 * CLI and the tests.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./.data/ats.db";

/** Absolute path of the database file named by `DATABASE_URL` (or the default). */
export function databaseFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got "${url}"`);
  }
  // Prisma-style SQLite URLs may carry options after "?" (e.g. ?connection_limit=1); the driver
  // does not take them.
  const file = url.slice("file:".length).split("?")[0];
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** The database file path, with its folder created (SQLite creates the file, not the folder). */
export function ensureDatabaseFile(env: NodeJS.ProcessEnv = process.env): string {
  const file = databaseFilePath(env);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
