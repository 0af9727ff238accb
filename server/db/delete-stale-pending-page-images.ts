/**
 * Page-picture rows still without a picture long after their upload: the server stopped while
 * they were being drawn (the jobs live in its memory). Deleted so the report page stops waiting
 * for them and shows the layout rebuilt from the text instead.
 */
import { db } from "./prisma";

/** Far beyond a job's longest life (a minute of waiting plus the time limit of the drawing). */
export const PENDING_PAGE_IMAGE_MAX_AGE_MS = 10 * 60 * 1000;

export async function deleteStalePendingPageImages(now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - PENDING_PAGE_IMAGE_MAX_AGE_MS);
  const { count } = await db().reportPageImage.deleteMany({ where: { data: null, report: { createdAt: { lt: cutoff } } } });
  return count;
}
