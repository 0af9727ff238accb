/** Revokes a share link for good (the owner only); revoking twice is harmless. */
import { AppError } from "../errors";
import { getReportOwnerOrThrow } from "./get-report-owner-or-throw";
import { db } from "./prisma";

export interface RevokeReportShareOptions {
  reportId: string;
  token: string;
  ownerId: string;
}

export async function revokeReportShare({ reportId, token, ownerId }: RevokeReportShareOptions): Promise<void> {
  await getReportOwnerOrThrow(reportId, ownerId);
  const share = await db().reportShare.findFirst({ where: { token, reportId }, select: { revokedAt: true } });
  if (!share) throw new AppError("not_found", "No such share link.");
  if (!share.revokedAt) await db().reportShare.update({ where: { token }, data: { revokedAt: new Date() } });
}
