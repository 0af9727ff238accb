// "/reports" – the signed-in coach's own reports: search, filters, sort and pages in the URL (so a
// view is a link), and a pick of two reports to compare.
import type { Metadata } from "next";
import Link from "next/link";
import type { InputHTMLAttributes } from "react";
import { requirePageUser } from "../../server/auth/page-user";
import { listMyReports, MAX_PAGE_SIZE, REPORT_SORTS } from "../../server/db/list-my-reports";
import { listRoleProfiles } from "../../server/db/list-role-profiles";
import { CleanGetForm } from "../components/account/clean-get-form";
import { ComparePickerForm } from "../components/account/compare-picker-form";
import { formatDateTime } from "../components/account/format-date";
import {
  readReportListParams,
  reportListHref,
  type ReportListField,
  type ReportListProblem,
  type ReportListValues,
} from "../components/account/report-list-query";

export const metadata: Metadata = { title: "My reports", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type ReportSort = (typeof REPORT_SORTS)[number];

const SORT_LABELS: Record<ReportSort, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  "score-desc": "Highest score first",
  "score-asc": "Lowest score first",
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ReportsPage({ searchParams }: Props) {
  const { values, query, problems } = readReportListParams(await searchParams);
  const user = await requirePageUser({ role: "coach", next: reportListHref(values) });
  const [list, roles] = await Promise.all([listMyReports(user.id, query), listRoleProfiles()]);
  const roleTitles = new Map(roles.map((role) => [role.slug, role.title]));
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const filtered = Boolean(values.q || values.role || values.minScore || values.maxScore || values.from || values.to);
  // `query` holds only parameters that passed the schema: a sort there is one of REPORT_SORTS.
  const sort = (query.sort as ReportSort | undefined) ?? "newest";

  return (
    <div className="wide-page">
      <h1>My reports</h1>
      <p className="lead">Every resume you checked while signed in. Open one to add notes or share it.</p>

      <section className="card" aria-labelledby="filters-heading">
        <h2 id="filters-heading">Search and filter</h2>
        {/* Keyed by the address: its fields are uncontrolled, and "Clear filters" or a pagination link
            keeps this page mounted, which would otherwise leave the old values in the fields. */}
        <FilterForm key={reportListHref(values)} values={values} problems={problems} roles={roles} sort={sort} />
        <div role="alert" data-testid="filter-problems">
          {problems.length > 0 && (
            <ul className="error problems">
              {problems.map((problem) => (
                <li key={problem.field}>{problem.message}</li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading">
          {list.total === 0 ? "No reports" : `${list.total} report${list.total === 1 ? "" : "s"}`}
          {filtered && " matching the filters"}
        </h2>
        {list.total === 0 ? (
          <p className="empty">
            {filtered ? (
              <>
                Nothing matches. <Link href="/reports">Show all reports</Link>.
              </>
            ) : (
              <>
                You have no reports yet. <Link href="/">Check a resume</Link> while signed in and it is kept here.
              </>
            )}
          </p>
        ) : list.items.length === 0 ? (
          <p className="empty">
            There is no page {list.page}. <Link href={reportListHref(values, { page: String(pages) })}>Go to the last page</Link>.
          </p>
        ) : (
          <ComparePickerForm>
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Reports">
              <table className="data-table wide-table" data-testid="report-table">
                <caption className="visually-hidden">
                  Your reports, page {list.page} of {pages}, {SORT_LABELS[sort].toLowerCase()}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <span className="visually-hidden">Compare</span>
                    </th>
                    <th scope="col">File</th>
                    <th scope="col">Candidate</th>
                    <th scope="col">Role</th>
                    <th scope="col" className="num" aria-sort={sort === "score-desc" ? "descending" : sort === "score-asc" ? "ascending" : undefined}>
                      Score
                    </th>
                    <th scope="col" aria-sort={sort === "newest" ? "descending" : sort === "oldest" ? "ascending" : undefined}>
                      Checked
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((item) => (
                    <tr key={item.id} data-testid="report-row">
                      <td>
                        <input type="checkbox" name="id" value={item.id} id={`pick-${item.id}`} aria-label={`Select ${item.fileName} (${formatDateTime(item.createdAt)}) to compare`} />
                      </td>
                      <th scope="row" className="cell-file">
                        <Link href={`/reports/${item.id}`}>{item.fileName}</Link>
                        <span className="meta">
                          {item.format.toUpperCase()} · {item.pages} page{item.pages === 1 ? "" : "s"}
                        </span>
                      </th>
                      <td>{item.candidateName ?? <span className="muted">not found</span>}</td>
                      <td>{item.role ? (roleTitles.get(item.role) ?? item.role) : <span className="muted">default</span>}</td>
                      <td className="num">{item.score === null ? <span className="muted">—</span> : Math.round(item.score)}</td>
                      <td className="nowrap">{formatDateTime(item.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </ComparePickerForm>
        )}
        {pages > 1 && <Pagination values={values} page={list.page} pages={pages} />}
      </section>
    </div>
  );
}

function FilterForm({ values, problems, roles, sort }: { values: ReportListValues; problems: ReportListProblem[]; roles: { slug: string; title: string }[]; sort: string }) {
  // A value the list ignored is not put back into a number or date input (which could not show it).
  const valid = (field: ReportListField) => (problems.some((problem) => problem.field === field) ? "" : (values[field] ?? ""));
  const knownRole = !values.role || roles.some((role) => role.slug === values.role);
  return (
    <CleanGetForm action="/reports" defaults={{ sort: "newest" }} className="filter-form" aria-label="Filter reports">
      <div className="field field-wide">
        <label htmlFor="filter-q">File or candidate name</label>
        <input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="filter-role">Role</label>
        <select id="filter-role" name="role" defaultValue={values.role ?? ""}>
          <option value="">Any role</option>
          {!knownRole && <option value={values.role}>{values.role}</option>}
          {roles.map((role) => (
            <option key={role.slug} value={role.slug}>
              {role.title}
            </option>
          ))}
        </select>
      </div>
      <RangeFields
        legend="Score"
        unit="score"
        from={{ id: "filter-min-score", name: "minScore", value: valid("minScore") }}
        to={{ id: "filter-max-score", name: "maxScore", value: valid("maxScore") }}
        input={{ type: "number", min: 0, max: 100, step: "any", inputMode: "decimal" }}
      />
      <RangeFields
        legend="Checked"
        unit="date"
        className="range-dates"
        from={{ id: "filter-from", name: "from", value: valid("from") }}
        to={{ id: "filter-to", name: "to", value: valid("to") }}
        input={{ type: "date" }}
      />
      <div className="field">
        <label htmlFor="filter-sort">Sort</label>
        <select id="filter-sort" name="sort" defaultValue={sort}>
          {REPORT_SORTS.map((value) => (
            <option key={value} value={value}>
              {SORT_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      {values.pageSize && Number(values.pageSize) <= MAX_PAGE_SIZE && <input type="hidden" name="pageSize" value={values.pageSize} />}
      <div className="button-row filter-actions">
        <button type="submit">Apply</button>
        <Link href="/reports" className="button-link">
          Clear filters
        </Link>
      </div>
    </CleanGetForm>
  );
}

interface RangeEnd {
  id: string;
  name: ReportListField;
  value: string;
}

/** A "From … to …" pair of inputs under one legend; `unit` completes each label for screen readers. */
function RangeFields({ legend, unit, className, from, to, input }: { legend: string; unit: string; className?: string; from: RangeEnd; to: RangeEnd; input: InputHTMLAttributes<HTMLInputElement> }) {
  return (
    <fieldset className={className ? `field range ${className}` : "field range"}>
      <legend>{legend}</legend>
      <label htmlFor={from.id}>
        From <span className="visually-hidden">{unit}</span>
      </label>
      <input {...input} id={from.id} name={from.name} defaultValue={from.value} />
      <label htmlFor={to.id}>
        to <span className="visually-hidden">{unit}</span>
      </label>
      <input {...input} id={to.id} name={to.name} defaultValue={to.value} />
    </fieldset>
  );
}

function Pagination({ values, page, pages }: { values: ReportListValues; page: number; pages: number }) {
  return (
    <nav aria-label="Pages" className="pagination">
      {page > 1 ? (
        <Link href={reportListHref(values, { page: String(page - 1) })} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span aria-hidden="true" className="muted">
          ← Previous page
        </span>
      )}
      <span aria-current="page">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={reportListHref(values, { page: String(page + 1) })} rel="next">
          Next page →
        </Link>
      ) : (
        <span aria-hidden="true" className="muted">
          Next page →
        </span>
      )}
    </nav>
  );
}
