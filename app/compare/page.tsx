// "/compare?before=<id>&after=<id>" – two versions of a resume side by side: score and factor
// changes, keywords gained and lost, warnings resolved and introduced (coaches and admins).
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePageUser } from "../../server/auth/page-user";
import { compareStoredReports, type StoredReportComparison } from "../../server/db/compare-stored-reports";
import { listMyReports, type ReportListItem } from "../../server/db/list-my-reports";
import { AppError } from "../../server/errors";
import { compareHref, readCompareParams } from "../components/account/compare-params";
import { ComparisonView } from "../components/account/comparison-view";
import { formatDateTime } from "../components/account/format-date";

export const metadata: Metadata = { title: "Compare reports", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** How many of the coach's latest reports the pickers offer. */
const PICKER_SIZE = 100;

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ComparePage({ searchParams }: Props) {
  const search = await searchParams;
  const params = readCompareParams(search);
  const here = params.kind === "pair" ? compareHref(params.before, params.after) : "/compare";
  const user = await requirePageUser({ role: "coach", next: here });

  if (params.kind === "unordered") {
    // From the list's checkboxes: older first, at the canonical address.
    const loaded = await load(params.ids[0], params.ids[1]);
    if ("result" in loaded) {
      const { before, after } = loaded.result;
      redirect(before.createdAt <= after.createdAt ? compareHref(before.id, after.id) : compareHref(after.id, before.id));
    }
  }

  const [loaded, recent] = await Promise.all([
    params.kind === "pair" ? load(params.before, params.after) : null,
    listMyReports(user.id, { pageSize: PICKER_SIZE }),
  ]);
  const problem = params.kind === "invalid" ? params.message : loaded && "problem" in loaded ? loaded.problem : null;
  const result = loaded && "result" in loaded ? loaded.result : null;

  return (
    <div className="account-page">
      <h1>Compare two versions</h1>
      <p className="lead">See what a rewrite changed: the score, each factor, keywords and ATS warnings.</p>
      {problem && (
        <p className="error" role="alert" data-testid="compare-problem">
          {problem}
        </p>
      )}
      {result && <ComparisonView result={result} />}
      {/* Keyed by the pair: the selects are uncontrolled and stay mounted on a move to another pair. */}
      <PickerForm key={here} reports={recent.items} before={result?.before.id} after={result?.after.id} />
    </div>
  );
}

type Loaded = { result: StoredReportComparison } | { problem: string };

async function load(before: string, after: string): Promise<Loaded> {
  try {
    return { result: await compareStoredReports(before, after) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return { problem: "One of the reports does not exist (it may have been deleted)." };
    if (error instanceof AppError && error.code === "bad_request") return { problem: error.message };
    throw error;
  }
}

function PickerForm({ reports, before, after }: { reports: ReportListItem[]; before?: string; after?: string }) {
  return (
    <section className="card" aria-labelledby="pick-heading">
      <h2 id="pick-heading">{before ? "Compare other reports" : "Pick two reports"}</h2>
      {reports.length < 2 ? (
        <p className="empty">
          You need at least two reports of your own to pick from here. <Link href="/reports">See your reports</Link>.
        </p>
      ) : (
        <form method="get" action="/compare" className="picker-form">
          <ReportSelect name="before" label="Before (earlier version)" reports={reports} defaultValue={before ?? reports[1].id} />
          <ReportSelect name="after" label="After (later version)" reports={reports} defaultValue={after ?? reports[0].id} />
          <button type="submit">Compare</button>
        </form>
      )}
    </section>
  );
}

function ReportSelect({ name, label, reports, defaultValue }: { name: "before" | "after"; label: string; reports: ReportListItem[]; defaultValue: string }) {
  return (
    <div className="field">
      <label htmlFor={`pick-${name}`}>{label}</label>
      <select id={`pick-${name}`} name={name} defaultValue={defaultValue} required>
        {reports.map((report) => (
          <option key={report.id} value={report.id}>
            {optionLabel(report)}
          </option>
        ))}
      </select>
    </div>
  );
}

function optionLabel(report: ReportListItem): string {
  const who = report.candidateName ? ` — ${report.candidateName}` : "";
  const score = report.score === null ? "" : ` — ${Math.round(report.score)}`;
  return `${report.fileName}${who}${score} (${formatDateTime(report.createdAt)})`;
}
