/** The share links of a report, newest first, revoked ones included (the owner only). */
import { getReportOwnerOrThrow } from "./get-report-owner-or-throw";
import { db } from "./prisma";

export interface ReportShareLink {
  token: string;
  /** Path of the read-only page; the API twin is `/api/shared/<token>`. */
  path: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export const SHARE_SELECT = { token: true, createdAt: true, revokedAt: true } as const;

export function toShareLink(row: { token: string; createdAt: Date; revokedAt: Date | null }): ReportShareLink {
  return { ...row, path: `/shared/${row.token}` };
}

export async function listReportShares(reportId: string, ownerId: string): Promise<ReportShareLink[]> {
  await getReportOwnerOrThrow(reportId, ownerId);
  const rows = await db().reportShare.findMany({
    where: { reportId },
    select: SHARE_SELECT,
    orderBy: [{ createdAt: "desc" }, { token: "asc" }],
  });
  return rows.map(toShareLink);
}
