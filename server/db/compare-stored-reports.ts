/**
 * Compares two stored reports (lib/report/compare-reports.ts), from `beforeId` to `afterId`. Each
 * report is opened the way its link opens it: knowing the id is the key.
 */
import { compareReports, type ReportComparison } from "../../lib/report/compare-reports";
import { AppError } from "../errors";
import { getReportOrThrow } from "./get-report-or-throw";

export interface ComparedReport {
  id: string;
  createdAt: Date;
  fileName: string;
  candidateName: string | null;
}

export interface StoredReportComparison {
  before: ComparedReport;
  after: ComparedReport;
  comparison: ReportComparison;
}

export async function compareStoredReports(beforeId: string, afterId: string): Promise<StoredReportComparison> {
  if (beforeId === afterId) throw new AppError("bad_request", "Pick two different reports to compare.");
  const [before, after] = await Promise.all([getReportOrThrow(beforeId), getReportOrThrow(afterId)]);
  const summary = ({ id, createdAt, report }: typeof before): ComparedReport => ({
    id,
    createdAt,
    fileName: report.file.name,
    candidateName: report.contact.name,
  });
  return { before: summary(before), after: summary(after), comparison: compareReports(before.report, after.report) };
}
