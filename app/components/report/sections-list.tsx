import type { Section } from "../../../lib/report/schema";
import { sectionKindLabel } from "./section-bands";

export function SectionsList({ sections }: { sections: Section[] }) {
  return (
    <section className="subcard" aria-labelledby="sections-heading">
      <h3 id="sections-heading">Sections recognised ({sections.length})</h3>
      {sections.length === 0 ? (
        <p className="empty">No section headings recognised.</p>
      ) : (
        <div className="report-table-scroll" tabIndex={0} role="region" aria-labelledby="sections-heading">
          <table>
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col">Heading in the resume</th>
                <th scope="col">Recognised by</th>
              </tr>
            </thead>
            <tbody>
              {sections.map((section) => (
                <tr key={`${section.kind}-${section.start}`}>
                  <th scope="row">{sectionKindLabel(section.kind)}</th>
                  <td>{section.heading || <span className="empty">(none)</span>}</td>
                  <td>{section.detectedBy === "heading" ? "its heading" : "its content"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
