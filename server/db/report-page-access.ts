/**
 * Which report a page-picture request may see: the report's id is its key (like the report
 * itself), a share token opens its report until revoked. Resolved to the report id, or not found.
 */
import { AppError } from "../errors";
import { db } from "./prisma";
import { REPORT_ID_PATTERN, SHARE_TOKEN_PATTERN } from "./tokens";

export type ReportAccess = { reportId: string } | { shareToken: string };

export async function reportIdForAccess(access: ReportAccess): Promise<string> {
  if ("reportId" in access) {
    if (!REPORT_ID_PATTERN.test(access.reportId)) throw new AppError("not_found");
    return access.reportId;
  }
  if (!SHARE_TOKEN_PATTERN.test(access.shareToken)) throw new AppError("not_found");
  const share = await db().reportShare.findUnique({
    where: { token: access.shareToken },
    select: { reportId: true, revokedAt: true },
  });
  if (!share || share.revokedAt) throw new AppError("not_found", "This link does not exist or was revoked.");
  return share.reportId;
}
