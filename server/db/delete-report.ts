/** Deletes a report when the caller presents its delete token, or is signed in as its owner. */
import { AppError } from "../errors";
import { db } from "./prisma";
import { REPORT_ID_PATTERN, tokenMatches } from "./tokens";

export interface DeleteReportOptions {
  id: string;
  deleteToken?: string | null;
  /** The signed-in caller, if any: an owner needs no token. */
  userId?: string | null;
}

export async function deleteReport({ id, deleteToken, userId }: DeleteReportOptions): Promise<void> {
  if (!REPORT_ID_PATTERN.test(id)) throw new AppError("not_found");
  const row = await db().report.findUnique({
    where: { id },
    select: { id: true, deleteTokenHash: true, ownerId: true },
  });
  if (!row) throw new AppError("not_found");
  const isOwner = Boolean(userId) && row.ownerId === userId;
  if (!isOwner) {
    if (!deleteToken) throw new AppError("bad_request", "Send the delete token in the X-Delete-Token header.");
    if (!tokenMatches(deleteToken, row.deleteTokenHash)) {
      throw new AppError("forbidden", "The delete token does not match this report.");
    }
  }
  await db().report.delete({ where: { id } });
}
