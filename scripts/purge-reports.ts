/**
 * `npm run purge [-- --days N]`: deletes the reports older than REPORT_RETENTION_DAYS (default 30),
 * with their notes, share links and page pictures. `npm start` runs it before serving.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { databaseFilePath } from "../server/db/database-url";
import { disconnectDb } from "../server/db/prisma";
import { describePurge, purgeExpiredReports } from "../server/retention/purge-expired-reports";

const USAGE = "usage: npm run purge [-- --days <N>]   (default REPORT_RETENTION_DAYS, 30; 0 keeps everything)";

async function main(): Promise<number> {
  let days: number | undefined;
  try {
    const { values } = parseArgs({ options: { days: { type: "string" }, help: { type: "boolean", short: "h" } }, strict: true });
    if (values.help) {
      console.error(USAGE);
      return 0;
    }
    if (values.days !== undefined) {
      days = Number(values.days);
      if (!Number.isInteger(days) || days < 0) throw new Error(`--days must be a whole number ≥ 0, got "${values.days}"`);
    }
  } catch (error) {
    console.error(`purge: ${(error as Error).message}\n${USAGE}`);
    return 64;
  }
  // Nothing has been stored on a fresh clone; do not create an empty database just to purge it.
  if (!existsSync(databaseFilePath())) {
    console.error("purge: no database yet, nothing to delete");
    return 0;
  }
  try {
    console.error(`purge: ${describePurge(await purgeExpiredReports({ retentionDays: days }))}`);
    return 0;
  } finally {
    await disconnectDb();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`purge: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
