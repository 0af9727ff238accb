/**
 * A report opened through a share link: read-only, for anyone with the token, until revoked.
 * Carries neither the report id (which would outlive a revocation) nor anyone's notes.
 */
import { reportSchema, type Report } from "../../lib/report/schema";
import { AppError } from "../errors";
import { db } from "./prisma";
import { SHARE_TOKEN_PATTERN } from "./tokens";

export interface SharedReport {
  createdAt: Date;
  sharedAt: Date;
  report: Report;
}

const NOT_FOUND = "This link does not exist or was revoked.";

export async function getSharedReportOrThrow(token: string): Promise<SharedReport> {
  if (!SHARE_TOKEN_PATTERN.test(token)) throw new AppError("not_found", NOT_FOUND);
  const share = await db().reportShare.findUnique({
    where: { token },
    select: { createdAt: true, revokedAt: true, report: { select: { createdAt: true, data: true } } },
  });
  if (!share || share.revokedAt) throw new AppError("not_found", NOT_FOUND);
  return {
    createdAt: share.report.createdAt,
    sharedAt: share.createdAt,
    report: reportSchema.parse(JSON.parse(share.report.data)),
  };
}
