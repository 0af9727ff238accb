// What changed between two versions of a resume: the score and each factor (numbers, arrows and
// bars, never colour alone), keywords gained / lost / still missing, warnings resolved / introduced.
import Link from "next/link";
import type { ReactNode } from "react";
import type { KeywordRef, WarningRef } from "../../../lib/report/compare-reports";
import type { ComparedReport, StoredReportComparison } from "../../../server/db/compare-stored-reports";
import { categoryLabel } from "../report/keyword-table";
import { compareHref, formatChange, formatPoints } from "./compare-params";
import { formatDateTime } from "./format-date";

export function ComparisonView({ result }: { result: StoredReportComparison }) {
  const { before, after, comparison } = result;
  const { score, factors, keywords, warnings } = comparison;
  return (
    <div className="comparison" data-testid="comparison">
      <dl className="versions">
        <Version term="Before" report={before} />
        <Version term="After" report={after} />
      </dl>
      <p className="swap">
        <Link href={compareHref(after.id, before.id)}>Swap before and after</Link>
      </p>

      {!comparison.comparable && (
        <p className="notice" role="note">
          {comparison.profile.before && comparison.profile.after && comparison.profile.before !== comparison.profile.after
            ? `These reports were scored against different role profiles (${comparison.profile.before} and ${comparison.profile.after}), so points and keywords do not compare like with like.`
            : "These reports were not scored the same way (a different role profile or scoring version, or no score), so the figures may not compare like with like."}
        </p>
      )}

      <section className="card" aria-labelledby="score-heading">
        <h2 id="score-heading">Score</h2>
        <p className="score-line" data-testid="score-change">
          <span className="score-figure">{score.before === null ? "—" : formatPoints(score.before)}</span>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> before, </span>
          <span className="score-figure">{score.after === null ? "—" : formatPoints(score.after)}</span>
          <span className="visually-hidden"> after, out of 100. </span>
          <Change value={score.change} />
        </p>
        <Bars before={score.before} after={score.after} max={100} />
        <BarLegend />

        {factors.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Points per factor">
            <table className="data-table factor-table" data-testid="factor-table">
              <caption>Points per factor</caption>
              <thead>
                <tr>
                  <th scope="col">Factor</th>
                  <th scope="col" className="num">
                    Before
                  </th>
                  <th scope="col" className="num">
                    After
                  </th>
                  <th scope="col" className="num">
                    Change
                  </th>
                  <th scope="col" className="bar-cell">
                    <span className="visually-hidden">Bars</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {factors.map((factor) => (
                  <tr key={factor.factor}>
                    <th scope="row">{capitalize(factor.factor)}</th>
                    <td className="num">{pointsOf(factor.before, factor.max)}</td>
                    <td className="num">{pointsOf(factor.after, factor.max)}</td>
                    <td className="num">
                      <Change value={factor.change} />
                    </td>
                    <td className="bar-cell">
                      <Bars before={factor.before} after={factor.after} max={factor.max ?? 1} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="keywords-heading">
        <h2 id="keywords-heading">Keywords</h2>
        <p className="meta">{keywords.kept} found in both versions.</p>
        <div className="columns columns-2">
          <KeywordList id="keywords-gained" title="Gained" empty="No new keywords." items={keywords.gained} mark="+" />
          <KeywordList id="keywords-lost" title="Lost" empty="No keyword lost." items={keywords.lost} mark="−" />
        </div>
        <MissingKeywords items={keywords.stillMissing} />
      </section>

      <section className="card" aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">ATS warnings</h2>
        <div className="columns columns-2">
          <WarningList id="warnings-resolved" title="Resolved" empty="No warning resolved." items={warnings.resolved} />
          <WarningList id="warnings-introduced" title="Introduced" empty="No new warning." items={warnings.introduced} />
        </div>
      </section>
    </div>
  );
}

/** One of the two reports: a link to it, the candidate and when it was checked. */
function Version({ term, report }: { term: string; report: ComparedReport }) {
  return (
    <div className="version">
      <dt>{term}</dt>
      <dd>
        <Link href={`/reports/${report.id}`}>{report.fileName}</Link>
        <span className="meta">
          {report.candidateName ? `${report.candidateName} · ` : ""}
          {formatDateTime(report.createdAt)}
        </span>
      </dd>
    </div>
  );
}

/** A signed change with an arrow; the arrow is decoration, the words carry the meaning. */
function Change({ value }: { value: number | null }) {
  if (value === null) return <span className="change change-none">n/a</span>;
  const direction = value > 0.05 ? "up" : value < -0.05 ? "down" : "same";
  const arrow = direction === "up" ? "▲" : direction === "down" ? "▼" : "■";
  const words = direction === "up" ? "up" : direction === "down" ? "down" : "no change";
  return (
    <span className={`change change-${direction}`} data-testid="change">
      <span aria-hidden="true">{arrow} </span>
      {formatChange(value)}
      <span className="visually-hidden"> points, {words}</span>
    </span>
  );
}

/** Before (grey, hatched) above after (blue): a picture of the numbers beside it, hidden from screen readers. */
function Bars({ before, after, max }: { before: number | null; after: number | null; max: number }) {
  const width = (value: number | null) => `${value === null || max <= 0 ? 0 : Math.min(100, Math.max(0, (value / max) * 100))}%`;
  return (
    <div className="bars" aria-hidden="true">
      <div className="bar-track">
        <div className="bar bar-before" style={{ width: width(before) }} />
      </div>
      <div className="bar-track">
        <div className="bar bar-after" style={{ width: width(after) }} />
      </div>
    </div>
  );
}

function BarLegend() {
  return (
    <p className="bar-legend meta" aria-hidden="true">
      <span className="legend-swatch bar-before" /> before <span className="legend-swatch bar-after" /> after
    </p>
  );
}

/** A titled column of changes with their count; a sentence stands in for an empty list. */
function ChangeColumn({ id, title, empty, count, children }: { id: string; title: string; empty: string; count: number; children: ReactNode }) {
  return (
    <div className="column" data-testid={id}>
      <h3 id={`${id}-heading`}>
        {title} ({count})
      </h3>
      {count === 0 ? <p className="empty">{empty}</p> : children}
    </div>
  );
}

function KeywordList({ id, title, empty, items, mark }: { id: string; title: string; empty: string; items: KeywordRef[]; mark: string }) {
  return (
    <ChangeColumn id={id} title={title} empty={empty} count={items.length}>
      <ul className="keyword-changes" aria-labelledby={`${id}-heading`}>
        {items.map((item) => (
          <li key={`${item.category}:${item.term}`}>
            <span aria-hidden="true" className="mark">
              {mark}
            </span>{" "}
            <strong>{item.term}</strong>{" "}
            <span className="meta">
              {item.categoryLabel ?? categoryLabel(item.category)}
              {item.importance && `, ${item.importance}`}
            </span>
          </li>
        ))}
      </ul>
    </ChangeColumn>
  );
}

/** Missing in both versions: the required ones first; a long tail of preferred ones folds away. */
function MissingKeywords({ items }: { items: KeywordRef[] }) {
  const required = items.filter((item) => item.importance === "required");
  const others = items.filter((item) => item.importance !== "required");
  const chips = (list: KeywordRef[]) => (
    <ul className="chips">
      {list.map((item) => (
        <li key={`${item.category}:${item.term}`}>{item.term}</li>
      ))}
    </ul>
  );
  return (
    <div className="missing" data-testid="keywords-missing">
      <h3 id="keywords-missing-heading">Still missing ({items.length})</h3>
      {items.length === 0 && <p className="empty">Nothing missing.</p>}
      {required.length > 0 && (
        <>
          <h4>Required ({required.length})</h4>
          {chips(required)}
        </>
      )}
      {others.length > 0 &&
        (others.length > 20 ? (
          <details>
            <summary>Preferred ({others.length})</summary>
            {chips(others)}
          </details>
        ) : (
          <>
            <h4>Preferred ({others.length})</h4>
            {chips(others)}
          </>
        ))}
    </div>
  );
}

function WarningList({ id, title, empty, items }: { id: string; title: string; empty: string; items: WarningRef[] }) {
  return (
    <ChangeColumn id={id} title={title} empty={empty} count={items.length}>
      <ul className="warning-changes" aria-labelledby={`${id}-heading`}>
        {items.map((item) => (
          <li key={item.code}>
            <span className={`severity severity-${item.severity}`}>{item.severity}</span> {item.message}
          </li>
        ))}
      </ul>
    </ChangeColumn>
  );
}

function pointsOf(points: number | null, max: number | null): string {
  if (points === null) return "—";
  return max === null ? formatPoints(points) : `${formatPoints(points)} / ${formatPoints(max)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
