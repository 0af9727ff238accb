/**
 * Prisma CLI configuration. Prisma runs its schema engine as WebAssembly through the SQLite driver
 * adapter ("js" engine), so generate, migrate deploy and migrate diff work offline.
 */
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { ensureDatabaseFile } from "./server/db/database-url";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaBetterSQLite3({ url: `file:${ensureDatabaseFile()}` }),
});
