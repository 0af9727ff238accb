/** Checks that a report exists (404) and, when `requireOwnerId` is given, that this user owns it (403). */
import { AppError } from "../errors";
import { db } from "./prisma";
import { REPORT_ID_PATTERN } from "./tokens";

export interface ReportOwnership {
  id: string;
  ownerId: string | null;
}

export async function getReportOwnerOrThrow(id: string, requireOwnerId?: string): Promise<ReportOwnership> {
  if (!REPORT_ID_PATTERN.test(id)) throw new AppError("not_found");
  const row = await db().report.findUnique({ where: { id }, select: { id: true, ownerId: true } });
  if (!row) throw new AppError("not_found");
  if (requireOwnerId !== undefined && row.ownerId !== requireOwnerId) {
    throw new AppError("forbidden", "Only the owner of this report can do this.");
  }
  return row;
}
