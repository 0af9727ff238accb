/** Stores a finished report and hands back its id and the one-time delete token. */
import type { PlannedPageImage } from "../../lib/extract/pdf/render-pages";
import type { Report } from "../../lib/report/schema";
import type { SerializedReport } from "../pool/analyze-pool";
import { db } from "./prisma";
import { hashToken, newDeleteToken, newReportId } from "./tokens";

export interface SaveReportOptions {
  /** The report, or its JSON text with the indexed fields as the worker pool hands it over. */
  report: Report | SerializedReport;
  /** Role slug requested by the uploader, kept even when the report carries no match yet. */
  role?: string | null;
  /** The signed-in uploader, who then owns the report; null/absent for an anonymous upload. */
  ownerId?: string | null;
  /**
   * Pictures of the first pages to be drawn (PDF uploads through the web app): a row per page is
   * stored with its size and no picture yet, filled by storeReportPageImages.
   */
  pendingPageImages?: readonly PlannedPageImage[];
}

export interface SavedReport {
  id: string;
  /** Shown to the uploader once; only its hash is stored. */
  deleteToken: string;
}

export async function saveReport({ report, role = null, ownerId = null, pendingPageImages = [] }: SaveReportOptions): Promise<SavedReport> {
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
      data: "json" in report ? report.json : JSON.stringify(report),
      deleteTokenHash: hashToken(deleteToken),
      ownerId,
      ...(pendingPageImages.length > 0
        ? { pageImages: { create: pendingPageImages.map(({ page, width, height, mime }) => ({ page, width, height, mime })) } }
        : {}),
    },
  });
  return { id, deleteToken };
}
