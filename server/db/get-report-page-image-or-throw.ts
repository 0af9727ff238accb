/** One page picture of a report, by report id or share token; not found once the report is deleted. */
import { AppError } from "../errors";
import { db } from "./prisma";
import { reportIdForAccess, type ReportAccess } from "./report-page-access";

export interface StoredPageImage {
  width: number;
  height: number;
  mime: string;
  data: Uint8Array;
}

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
  return { width: row.width, height: row.height, mime: row.mime, data: new Uint8Array(row.data) };
}
