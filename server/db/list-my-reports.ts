/**
 * A user's own reports, newest first by default: search by file or candidate name, filter by role,
 * score and upload date, one page at a time. Only the owner's reports are ever listed.
 */
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { parseInput } from "./account-input";
import { db } from "./prisma";

export const REPORT_SORTS = ["newest", "oldest", "score-desc", "score-asc"] as const;
export const MAX_PAGE_SIZE = 100;

const dateSchema = z.iso.date("Use a date as YYYY-MM-DD.");
const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

/** The query, from URL search parameters (strings) or from code; every field optional. */
export const reportQuerySchema = z
  .object({
    q: optional(z.string().trim().max(200)),
    role: optional(z.string().trim().max(100)),
    minScore: optional(z.coerce.number().min(0).max(100)),
    maxScore: optional(z.coerce.number().min(0).max(100)),
    /** Uploaded on or after this day (UTC). */
    from: optional(dateSchema),
    /** Uploaded on or before this day (UTC), inclusive. */
    to: optional(dateSchema),
    sort: optional(z.enum(REPORT_SORTS)).default("newest"),
    page: optional(z.coerce.number().int().min(1)).default(1),
    pageSize: optional(z.coerce.number().int().min(1).max(MAX_PAGE_SIZE)).default(20),
  })
  .refine((q) => q.minScore === undefined || q.maxScore === undefined || q.minScore <= q.maxScore, {
    message: "minScore must not be above maxScore.",
    path: ["minScore"],
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: "from must not be after to.",
    path: ["from"],
  });

export type ReportQuery = z.input<typeof reportQuerySchema>;

export interface ReportListItem {
  id: string;
  createdAt: Date;
  fileName: string;
  format: string;
  pages: number;
  candidateName: string | null;
  role: string | null;
  score: number | null;
}

export interface ReportPage {
  items: ReportListItem[];
  total: number;
  page: number;
  pageSize: number;
}

const ORDER: Record<(typeof REPORT_SORTS)[number], Prisma.ReportOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "asc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  "score-desc": [{ score: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
  "score-asc": [{ score: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
};

export async function listMyReports(ownerId: string, query: ReportQuery = {}): Promise<ReportPage> {
  const q = parseInput(reportQuerySchema, query);
  const where: Prisma.ReportWhereInput = {
    ownerId,
    // SQLite's LIKE ignores case for ASCII letters.
    ...(q.q && { OR: [{ fileName: { contains: q.q } }, { candidateName: { contains: q.q } }] }),
    ...(q.role && { role: q.role }),
    ...((q.minScore !== undefined || q.maxScore !== undefined) && { score: { gte: q.minScore, lte: q.maxScore } }),
    ...((q.from || q.to) && {
      createdAt: {
        gte: q.from ? new Date(`${q.from}T00:00:00.000Z`) : undefined,
        lt: q.to ? nextDay(q.to) : undefined,
      },
    }),
  };
  const [items, total] = await Promise.all([
    db().report.findMany({
      where,
      orderBy: ORDER[q.sort],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: { id: true, createdAt: true, fileName: true, format: true, pages: true, candidateName: true, role: true, score: true },
    }),
    db().report.count({ where }),
  ]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

function nextDay(day: string): Date {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}
