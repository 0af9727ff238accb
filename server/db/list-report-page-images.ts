/** The page pictures a report has (size only, no pixels): the page lays out their space before they load. */
import { db } from "./prisma";
import { reportIdForAccess, type ReportAccess } from "./report-page-access";

export interface PageImageInfo {
  page: number;
  width: number;
  height: number;
}

export async function listReportPageImages(access: ReportAccess): Promise<PageImageInfo[]> {
  const reportId = await reportIdForAccess(access);
  return db().reportPageImage.findMany({
    where: { reportId },
    select: { page: true, width: true, height: true },
    orderBy: { page: "asc" },
  });
}
