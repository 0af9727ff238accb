import type { Experience } from "../../../lib/report/schema";
import { CountedSubcard } from "./counted-subcard";
import { formatPeriod } from "./format-period";

export function ExperienceList({ experience }: { experience: Experience[] }) {
  return (
    <CountedSubcard id="experience" title="Experience" count={experience.length} empty="No positions recognised.">
      {experience.map((job, index) => (
        <article className="entry" key={index}>
          <strong>{job.title ?? "Untitled position"}</strong>
          {job.company && <> · {job.company}</>}
          <div className="entry-meta">
            {formatPeriod(job.start, job.end)}
            {job.location && <> · {job.location}</>}
          </div>
          {job.bullets.length > 0 && (
            <ul>
              {job.bullets.map((bullet, i) => (
                <li key={i}>{bullet}</li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </CountedSubcard>
  );
}
