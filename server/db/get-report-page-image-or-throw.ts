/**
 * One page picture of a report, by report id or share token; not found once the report is deleted.
 * A picture still being drawn (just after the upload) comes back as `pending`.
 */
import { AppError } from "../errors";
import { db } from "./prisma";
import { reportIdForAccess, type ReportAccess } from "./report-page-access";

export type StoredPageImage =
  | { pending: false; width: number; height: number; mime: string; data: Uint8Array<ArrayBuffer> }
  | { pending: true; width: number; height: number };

const NO_PAGE = "This report has no picture of that page.";

export async function getReportPageImageOrThrow(access: ReportAccess, page: string | number): Promise<StoredPageImage> {
  const n = typeof page === "number" ? page : /^[1-9]\d{0,3}$/.test(page) ? Number(page) : NaN;
  if (!Number.isInteger(n)) throw new AppError("not_found", NO_PAGE);
  const reportId = await reportIdForAccess(access);
  const row = await db().reportPageImage.findUnique({
    where: { reportId_page: { reportId, page: n } },
    select: { width: true, height: true, mime: true, data: true },
  });
  if (!row) throw new AppError("not_found", NO_PAGE);
  if (!row.data) return { pending: true, width: row.width, height: row.height };
  return { pending: false, width: row.width, height: row.height, mime: row.mime, data: row.data };
}
