/**
 * The page pictures a report has (size only, no pixels): the page lays out their space before they
 * load. `ready` is false while a picture is still being drawn after the upload.
 */
import { db } from "./prisma";
import { reportIdForAccess, type ReportAccess } from "./report-page-access";

export interface PageImageInfo {
  page: number;
  width: number;
  height: number;
  ready: boolean;
}

export async function listReportPageImages(access: ReportAccess): Promise<PageImageInfo[]> {
  const reportId = await reportIdForAccess(access);
  const select = { page: true, width: true, height: true } as const;
  const [all, pending] = await Promise.all([
    db().reportPageImage.findMany({ where: { reportId }, select, orderBy: { page: "asc" } }),
    db().reportPageImage.findMany({ where: { reportId, data: null }, select: { page: true } }),
  ]);
  const drawing = new Set(pending.map((p) => p.page));
  return all.map((image) => ({ ...image, ready: !drawing.has(image.page) }));
}
