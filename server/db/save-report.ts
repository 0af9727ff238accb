/** Stores a finished report and hands back its id and the one-time delete token. */
import type { PageImage } from "../../lib/extract/pdf/render-pages";
import type { Report } from "../../lib/report/schema";
import { db } from "./prisma";
import { hashToken, newDeleteToken, newReportId } from "./tokens";

export interface SaveReportOptions {
  report: Report;
  /** Role slug requested by the uploader, kept even when the report carries no match yet. */
  role?: string | null;
  /** The signed-in uploader, who then owns the report; null/absent for an anonymous upload. */
  ownerId?: string | null;
  /** Pictures of the first pages (PDF uploads through the web app), stored with the report. */
  pageImages?: readonly PageImage[];
}

export interface SavedReport {
  id: string;
  /** Shown to the uploader once; only its hash is stored. */
  deleteToken: string;
}

export async function saveReport({ report, role = null, ownerId = null, pageImages = [] }: SaveReportOptions): Promise<SavedReport> {
  const id = newReportId();
  const deleteToken = newDeleteToken();
  await db().report.create({
    data: {
      id,
      fileName: report.file.name,
      format: report.file.format,
      bytes: report.file.bytes,
      pages: report.file.pages,
      role: report.match?.profile ?? role,
      score: report.match?.score ?? null,
      candidateName: report.contact.name,
      data: JSON.stringify(report),
      deleteTokenHash: hashToken(deleteToken),
      ownerId,
      ...(pageImages.length > 0
        ? {
            pageImages: {
              create: pageImages.map(({ page, width, height, mime, data }) => ({ page, width, height, mime, data: Buffer.from(data) })),
            },
          }
        : {}),
    },
  });
  return { id, deleteToken };
}
