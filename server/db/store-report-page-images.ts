/**
 * Fills a report's pending page pictures (rows made by saveReport, sized but without a picture)
 * with those drawn after the upload, and deletes the rows no picture came for. Only existing rows
 * are written: a report deleted while its pages were drawn leaves nothing behind.
 */
import type { PageImage } from "../../lib/extract/pdf/render-pages";
import { db } from "./prisma";

export async function storeReportPageImages(reportId: string, images: readonly PageImage[]): Promise<void> {
  await db().$transaction([
    ...images.map(({ page, width, height, mime, data }) =>
      db().reportPageImage.updateMany({
        where: { reportId, page, data: null },
        data: { width, height, mime, data: new Uint8Array(data) },
      }),
    ),
    db().reportPageImage.deleteMany({ where: { reportId, data: null } }),
  ]);
}
