import type { Section } from "../../../lib/report/schema";
import { CountedSubcard } from "./counted-subcard";
import { sectionKindLabel } from "./section-kind-label";

export function SectionsList({ sections }: { sections: Section[] }) {
  return (
    <CountedSubcard id="sections" title="Sections recognised" count={sections.length} empty="No section headings recognised.">
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
    </CountedSubcard>
  );
}
