/** Rewrites one of the caller's notes; another user's note is "not found", never revealed. */
import { AppError } from "../errors";
import { parseInput } from "./account-input";
import { NOTE_SELECT, type ReportNote } from "./list-report-notes";
import { noteInputSchema } from "./note-input";
import { db } from "./prisma";

export interface UpdateReportNoteOptions {
  reportId: string;
  noteId: string;
  authorId: string;
  body: string;
}

export async function updateReportNote({ reportId, noteId, authorId, body }: UpdateReportNoteOptions): Promise<ReportNote> {
  const input = parseInput(noteInputSchema, { body });
  const { count } = await db().reportNote.updateMany({ where: { id: noteId, reportId, authorId }, data: { body: input.body } });
  if (count === 0) throw new AppError("not_found", "No such note.");
  return db().reportNote.findUniqueOrThrow({ where: { id: noteId }, select: NOTE_SELECT });
}
