import type { Education } from "../../../lib/report/schema";
import { CountedSubcard } from "./counted-subcard";
import { formatPeriod } from "./format-period";

export function EducationList({ education }: { education: Education[] }) {
  return (
    <CountedSubcard id="education" title="Education" count={education.length} empty="No degrees recognised.">
      {education.map((entry, index) => (
        <article className="entry" key={index}>
          <strong>{entry.degree ?? "Degree not recognised"}</strong>
          {entry.school && <> · {entry.school}</>}
          <div className="entry-meta">{formatPeriod(entry.start, entry.end)}</div>
        </article>
      ))}
    </CountedSubcard>
  );
}
