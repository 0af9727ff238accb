/**
 * Keywords of the target role, found and missing, by category: importance, whether the resume
 * demonstrates a term (uses it in experience or projects) or only lists it, how often and in
 * which sections. Then, when a job description was given, its terms against the resume. On a phone
 * each row is laid out on two lines (globals.css); `data-label` names the cells whose header is
 * then not shown.
 */
import type { KeywordHit, Match } from "../../../lib/report/schema";
import { KeywordFilter } from "./keyword-filter";
import { sectionKindLabel } from "./section-kind-label";

const STATUS: Record<NonNullable<KeywordHit["evidence"]>, { icon: string; text: string }> = {
  demonstrated: { icon: "✔", text: "Demonstrated" },
  listed: { icon: "◐", text: "Listed only" },
  missing: { icon: "✘", text: "Missing" },
};

export function KeywordTable({ match, roleTitle }: { match: Match; roleTitle: string }) {
  const groups = byCategory(match.keywords);
  // The profile's own group labels ("MLOps"); reports saved before they were recorded fall back to the slug.
  const labels = new Map((match.categories ?? []).map((c) => [c.category, c.label]));
  const found = match.keywords.filter((k) => k.found).length;
  const required = match.keywords.filter((k) => k.importance === "required");
  const requiredFound = required.filter((k) => k.found).length;
  return (
    <section className="card report-section" aria-labelledby="keywords-heading" id="keywords">
      <h2 id="keywords-heading">Keywords for {roleTitle}</h2>
      <p data-testid="keyword-summary">
        Found <strong>{found}</strong> of {match.keywords.length} keywords
        {required.length > 0 && (
          <>
            {" "}
            (<strong>{requiredFound}</strong> of {required.length} required)
          </>
        )}
        . <span className="hint">“Demonstrated” means used in experience or projects; “listed only” means just named, e.g. in a skills list.</span>
      </p>
      <KeywordFilter name="keywords" counts={{ all: match.keywords.length, found, missing: match.keywords.length - found }}>
        <div className="report-table-scroll" tabIndex={0} role="region" aria-label="Keywords table">
          <table className="keyword-table" data-testid="keyword-table">
            <caption className="visually-hidden">Keywords of the role profile by category</caption>
            <thead>
              <tr>
                <th scope="col">Keyword</th>
                <th scope="col">Importance</th>
                <th scope="col">In your resume</th>
                <th scope="col">Count</th>
                <th scope="col">Sections</th>
              </tr>
            </thead>
            {groups.map(([category, hits]) => (
              <tbody key={category} data-category={category}>
                <tr className="group-row">
                  <th scope="colgroup" colSpan={5}>
                    {labels.get(category) ?? categoryLabel(category)}{" "}
                    <span className="hint">
                      {hits.filter((h) => h.found).length} of {hits.length} found
                    </span>
                  </th>
                </tr>
                {hits.map((hit) => {
                  const status = STATUS[hit.evidence ?? (hit.found ? "listed" : "missing")];
                  return (
                    <tr key={hit.term} className={hit.found ? "kw-found" : "kw-missing"}>
                      <th scope="row">{hit.term}</th>
                      <td>{hit.importance ? capitalise(hit.importance) : "—"}</td>
                      <td className={`kw-status kw-status-${hit.evidence ?? (hit.found ? "listed" : "missing")}`}>
                        <span aria-hidden="true">{status.icon} </span>
                        {status.text}
                      </td>
                      <td data-label="count">{hit.count}</td>
                      <td data-label="in">{hit.sections.length > 0 ? hit.sections.map(sectionKindLabel).join(", ") : "—"}</td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
      </KeywordFilter>
      {match.jd && <JobDescriptionMatch jd={match.jd} />}
    </section>
  );
}

function JobDescriptionMatch({ jd }: { jd: NonNullable<Match["jd"]> }) {
  const { degree } = jd;
  return (
    <div className="jd-match" data-testid="jd-match">
      <h3 id="jd-heading">Against the job description{jd.title ? `: ${jd.title}` : ""}</h3>
      <dl className="facts">
        <dt>Match rate</dt>
        <dd data-testid="jd-match-rate">
          <strong>{Math.round(jd.matchRate)}%</strong> of the ad&apos;s terms (required ones count double)
        </dd>
        <dt>Experience asked</dt>
        <dd>{jd.yearsRequired !== null ? `${jd.yearsRequired}+ years` : "not stated"}</dd>
        <dt>Degree asked</dt>
        <dd>
          {degree.level ? (
            <>
              {degreeLabel(degree.level)}
              {degree.importance && ` (${degree.importance})`}
              {degree.equivalentAccepted && ", or equivalent experience"}
              {degree.text && (
                <>
                  {" "}
                  — <q>{degree.text}</q>
                </>
              )}
            </>
          ) : (
            "not stated"
          )}
        </dd>
      </dl>
      {jd.keywords.length === 0 ? (
        <p className="hint">No recognisable terms were found in the job description.</p>
      ) : (
        <KeywordFilter
          name="jd-keywords"
          counts={{ all: jd.keywords.length, found: jd.keywords.filter((k) => k.found).length, missing: jd.keywords.filter((k) => !k.found).length }}
        >
          <div className="report-table-scroll" tabIndex={0} role="region" aria-label="Job description terms table">
            <table className="keyword-table" data-testid="jd-keyword-table">
              <caption className="visually-hidden">Terms of the job description and whether the resume shows them</caption>
              <thead>
                <tr>
                  <th scope="col">Term</th>
                  <th scope="col">Importance</th>
                  <th scope="col">In the ad</th>
                  <th scope="col">In your resume</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {jd.keywords.map((k) => (
                  <tr key={k.term} className={k.found ? "kw-found" : "kw-missing"}>
                    <th scope="row">
                      {k.term}
                      {k.source === "phrase" && <span className="hint"> (from the ad)</span>}
                    </th>
                    <td>{capitalise(k.importance)}</td>
                    <td data-label="in the ad">{k.mentions}×</td>
                    <td className={`kw-status kw-status-${k.found ? "demonstrated" : "missing"}`}>
                      <span aria-hidden="true">{k.found ? "✔ " : "✘ "}</span>
                      {k.found ? `Yes, ${k.count}×` : "No"}
                    </td>
                    <td data-label="in">{k.sections.length > 0 ? k.sections.map(sectionKindLabel).join(", ") : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </KeywordFilter>
      )}
    </div>
  );
}

function byCategory(hits: readonly KeywordHit[]): [string, KeywordHit[]][] {
  const groups = new Map<string, KeywordHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.category);
    if (list) list.push(hit);
    else groups.set(hit.category, [hit]);
  }
  // Within a category: required first, then found before missing, keeping profile order.
  const rank = (h: KeywordHit) => (h.importance === "required" ? 0 : 2) + (h.found ? 0 : 1);
  return [...groups].map(([category, list]) => [category, list.map((h, i) => ({ h, i })).sort((a, b) => rank(a.h) - rank(b.h) || a.i - b.i).map((x) => x.h)]);
}

const ACRONYMS = new Set(["ats", "jd", "ml", "ai", "nlp", "sql", "mlops", "llm", "llms", "cv", "bi", "ci", "cd", "gpu", "etl", "api", "aws", "gcp"]);

/** "ml-frameworks" → "ML frameworks". */
export function categoryLabel(slug: string): string {
  const words = slug.split(/[-_\s]+/).map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function degreeLabel(level: "bachelor" | "master" | "phd" | "any"): string {
  return { bachelor: "Bachelor's degree", master: "Master's degree", phd: "PhD", any: "A degree" }[level];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
