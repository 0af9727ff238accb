/** Makes a new read-only link to a report; only its owner may share it. */
import { getReportOwnerOrThrow } from "./get-report-owner-or-throw";
import { SHARE_SELECT, toShareLink, type ReportShareLink } from "./list-report-shares";
import { db } from "./prisma";
import { newShareToken } from "./tokens";

export interface CreateReportShareOptions {
  reportId: string;
  ownerId: string;
}

export async function createReportShare({ reportId, ownerId }: CreateReportShareOptions): Promise<ReportShareLink> {
  await getReportOwnerOrThrow(reportId, ownerId);
  const row = await db().reportShare.create({
    data: { token: newShareToken(), reportId, createdBy: ownerId },
    select: SHARE_SELECT,
  });
  return toShareLink(row);
}
