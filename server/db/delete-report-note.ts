/** Deletes one of the caller's notes; another user's note is "not found", never revealed. */
import { AppError } from "../errors";
import { db } from "./prisma";

export interface DeleteReportNoteOptions {
  reportId: string;
  noteId: string;
  authorId: string;
}

export async function deleteReportNote({ reportId, noteId, authorId }: DeleteReportNoteOptions): Promise<void> {
  const { count } = await db().reportNote.deleteMany({ where: { id: noteId, reportId, authorId } });
  if (count === 0) throw new AppError("not_found", "No such note.");
}
