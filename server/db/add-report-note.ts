/**
 * Adds a private note to a report. Any signed-in user who can open the report (by its link) may
 * keep notes on it; each note is visible to its author only.
 */
import { parseInput } from "./account-input";
import { getReportOwnerOrThrow } from "./get-report-owner-or-throw";
import { NOTE_SELECT, type ReportNote } from "./list-report-notes";
import { noteInputSchema } from "./note-input";
import { db } from "./prisma";

export interface AddReportNoteOptions {
  reportId: string;
  authorId: string;
  body: string;
}

export async function addReportNote({ reportId, authorId, body }: AddReportNoteOptions): Promise<ReportNote> {
  const input = parseInput(noteInputSchema, { body });
  await getReportOwnerOrThrow(reportId);
  return db().reportNote.create({ data: { reportId, authorId, body: input.body }, select: NOTE_SELECT });
}
