/** Loads a stored report by id, or throws AppError("not_found"). */
import { reportSchema, type Report } from "../../lib/report/schema";
import { AppError } from "../errors";
import { db } from "./prisma";
import { REPORT_ID_PATTERN } from "./tokens";

export interface StoredReport {
  id: string;
  createdAt: Date;
  report: Report;
}

export async function getReportOrThrow(id: string): Promise<StoredReport> {
  if (!REPORT_ID_PATTERN.test(id)) throw new AppError("not_found");
  const row = await db().report.findUnique({ where: { id }, select: { id: true, createdAt: true, data: true } });
  if (!row) throw new AppError("not_found");
  // Parsed, not cast: a stored report from an older schema must fail loudly here, not in a page.
  return { id: row.id, createdAt: row.createdAt, report: reportSchema.parse(JSON.parse(row.data)) };
}
