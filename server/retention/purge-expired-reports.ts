/**
 * Deletes the reports older than the retention period. Their notes, share links and page pictures
 * go with them (ON DELETE CASCADE, enforced by the SQLite driver). Run by `npm run purge`, by
 * `npm start` before serving, and hourly by the running server (instrumentation.ts). Also drops
 * page pictures that a stopped server never finished drawing.
 */
import { serverConfig } from "../config";
import { deleteStalePendingPageImages } from "../db/delete-stale-pending-page-images";
import { db } from "../db/prisma";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeOptions {
  /** Default REPORT_RETENTION_DAYS; 0 keeps every report. */
  retentionDays?: number;
  now?: Date;
}

export interface PurgeResult {
  deleted: number;
  retentionDays: number;
  /** Reports created before this were deleted; null when retention is off. */
  cutoff: Date | null;
}

export async function purgeExpiredReports({ retentionDays, now = new Date() }: PurgeOptions = {}): Promise<PurgeResult> {
  const days = retentionDays ?? serverConfig().REPORT_RETENTION_DAYS;
  await deleteStalePendingPageImages(now);
  if (days === 0) return { deleted: 0, retentionDays: 0, cutoff: null };
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const { count } = await db().report.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return { deleted: count, retentionDays: days, cutoff };
}

/** One line for logs and the command. */
export function describePurge({ deleted, retentionDays, cutoff }: PurgeResult): string {
  if (!cutoff) return "retention is off (REPORT_RETENTION_DAYS=0): no report deleted";
  const what = `${deleted} report${deleted === 1 ? "" : "s"}`;
  return `deleted ${what} older than ${retentionDays} day${retentionDays === 1 ? "" : "s"} (created before ${cutoff.toISOString()})`;
}
