import type { Education } from "../../../lib/report/schema";
import { formatPeriod } from "./format-period";

export function EducationList({ education }: { education: Education[] }) {
  return (
    <section className="subcard" aria-labelledby="education-heading">
      <h3 id="education-heading">Education ({education.length})</h3>
      {education.length === 0 ? (
        <p className="empty">No degrees recognised.</p>
      ) : (
        education.map((entry, index) => (
          <article className="entry" key={index}>
            <strong>{entry.degree ?? "Degree not recognised"}</strong>
            {entry.school && <> · {entry.school}</>}
            <div className="entry-meta">{formatPeriod(entry.start, entry.end)}</div>
          </article>
        ))
      )}
    </section>
  );
}
