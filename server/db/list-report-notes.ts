/** The caller's own notes on a report, oldest first. Nobody ever sees another user's notes. */
import { getReportOwnerOrThrow } from "./get-report-owner-or-throw";
import { db } from "./prisma";

export interface ReportNote {
  id: string;
  reportId: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

export const NOTE_SELECT = { id: true, reportId: true, body: true, createdAt: true, updatedAt: true } as const;

export async function listReportNotes(reportId: string, authorId: string): Promise<ReportNote[]> {
  await getReportOwnerOrThrow(reportId);
  return db().reportNote.findMany({
    where: { reportId, authorId },
    select: NOTE_SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
