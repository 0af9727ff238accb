/**
 * The report list's URL: search parameters ↔ the list query (server/db/list-my-reports.ts), so a
 * filtered, sorted page of the list is a link. A bad parameter is dropped with a message instead of
 * failing the whole page.
 */
import { reportQuerySchema, type ReportQuery } from "../../../server/db/list-my-reports";

export const REPORT_LIST_FIELDS = ["q", "role", "minScore", "maxScore", "from", "to", "sort", "page", "pageSize"] as const;
export type ReportListField = (typeof REPORT_LIST_FIELDS)[number];

/** The parameters as typed (strings), for the filter form's current values and for links. */
export type ReportListValues = Partial<Record<ReportListField, string>>;

export interface ReportListProblem {
  field: ReportListField;
  message: string;
}

export interface ReportListParams {
  values: ReportListValues;
  /** Valid for `listMyReports`: only the fields that passed. */
  query: ReportQuery;
  problems: ReportListProblem[];
}

/** Defaults the links leave out, so the plain list is just "/reports". */
const DEFAULTS: ReportListValues = { sort: "newest", page: "1", pageSize: "20" };

type SearchParams = Record<string, string | string[] | undefined>;

export function readReportListParams(search: SearchParams): ReportListParams {
  const values: ReportListValues = {};
  for (const field of REPORT_LIST_FIELDS) {
    const raw = search[field];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) values[field] = value;
  }
  const problems: ReportListProblem[] = [];
  const input: ReportListValues = { ...values };
  // Each failing field is dropped and the rest parsed again (a refinement may fail only then).
  for (let attempt = 0; attempt <= REPORT_LIST_FIELDS.length; attempt++) {
    const result = reportQuerySchema.safeParse(input);
    if (result.success) return { values, query: input as ReportQuery, problems };
    for (const issue of result.error.issues) {
      const field = issue.path[0] as ReportListField;
      if (!(field in input)) continue;
      problems.push({ field, message: describeProblem(field, issue.code) });
      delete input[field];
    }
  }
  return { values, query: {}, problems };
}

/** "/reports" with `values` changed by `changes` (undefined or "" removes a parameter). */
export function reportListHref(values: ReportListValues, changes: ReportListValues = {}): string {
  const merged: ReportListValues = { ...values, ...changes };
  const params = new URLSearchParams();
  for (const field of REPORT_LIST_FIELDS) {
    const value = merged[field];
    if (value && value !== DEFAULTS[field]) params.set(field, value);
  }
  const query = params.toString();
  return query ? `/reports?${query}` : "/reports";
}

function describeProblem(field: ReportListField, code: string): string {
  switch (field) {
    case "minScore":
      return code === "custom" ? "The lowest score is above the highest; it was ignored." : "The lowest score must be a number from 0 to 100.";
    case "maxScore":
      return "The highest score must be a number from 0 to 100.";
    case "from":
      return code === "custom" ? "The start date is after the end date; it was ignored." : "The start date must be a date (YYYY-MM-DD).";
    case "to":
      return "The end date must be a date (YYYY-MM-DD).";
    case "sort":
      return "Unknown sort order; showing the newest first.";
    case "page":
      return "The page must be a whole number from 1.";
    case "pageSize":
      return "The page size must be a whole number from 1 to 100.";
    default:
      return `The ${field} filter is not valid and was ignored.`;
  }
}
