/** Deletes a report when the caller presents its delete token. */
import { AppError } from "../errors";
import { db } from "./prisma";
import { REPORT_ID_PATTERN, tokenMatches } from "./tokens";

export interface DeleteReportOptions {
  id: string;
  deleteToken: string;
}

export async function deleteReport({ id, deleteToken }: DeleteReportOptions): Promise<void> {
  if (!REPORT_ID_PATTERN.test(id)) throw new AppError("not_found");
  const row = await db().report.findUnique({
    where: { id },
    select: { id: true, deleteTokenHash: true },
  });
  if (!row) throw new AppError("not_found");
  if (!tokenMatches(deleteToken, row.deleteTokenHash)) throw new AppError("forbidden");
  await db().report.delete({ where: { id } });
}
