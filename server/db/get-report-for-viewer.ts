/**
 * A report as its page shows it to the current viewer: the report (anyone with the link), plus
 * what belongs to the viewer — their own notes, and the share links when they own it.
 */
import { getReportOrThrow, type StoredReport } from "./get-report-or-throw";
import { listReportNotes, type ReportNote } from "./list-report-notes";
import { listReportShares, type ReportShareLink } from "./list-report-shares";
import { db } from "./prisma";

export interface ViewedReport extends StoredReport {
  /** Whether the viewer owns it (may share it and delete it without the token). */
  isOwner: boolean;
  /** Whether it has an owner at all (false: an anonymous upload). */
  owned: boolean;
  /** The viewer's own notes; empty when signed out. */
  notes: ReportNote[];
  /** Share links; only for the owner, otherwise empty. */
  shares: ReportShareLink[];
}

export async function getReportForViewer(id: string, viewerId: string | null): Promise<ViewedReport> {
  const stored = await getReportOrThrow(id);
  const row = await db().report.findUniqueOrThrow({ where: { id }, select: { ownerId: true } });
  const isOwner = viewerId !== null && row.ownerId === viewerId;
  const [notes, shares] = await Promise.all([
    viewerId ? listReportNotes(id, viewerId) : [],
    isOwner && viewerId ? listReportShares(id, viewerId) : [],
  ]);
  return { ...stored, isOwner, owned: row.ownerId !== null, notes, shares };
}
