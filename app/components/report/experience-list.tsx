import type { Experience } from "../../../lib/report/schema";
import { formatPeriod } from "./format-period";

export function ExperienceList({ experience }: { experience: Experience[] }) {
  return (
    <section className="subcard" aria-labelledby="experience-heading">
      <h3 id="experience-heading">Experience ({experience.length})</h3>
      {experience.length === 0 ? (
        <p className="empty">No positions recognised.</p>
      ) : (
        experience.map((job, index) => (
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
        ))
      )}
    </section>
  );
}
