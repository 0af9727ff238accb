import type { Section } from "../../../lib/report/schema";

export function SectionsList({ sections }: { sections: Section[] }) {
  return (
    <section className="card" aria-labelledby="sections-heading">
      <h2 id="sections-heading">Sections recognised ({sections.length})</h2>
      {sections.length === 0 ? (
        <p className="empty">No section headings recognised.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Heading in the resume</th>
              <th scope="col">Recognised by</th>
              <th scope="col">Characters</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section) => (
              <tr key={`${section.kind}-${section.start}`}>
                <td>{section.kind}</td>
                <td>{section.heading || <span className="empty">(none)</span>}</td>
                <td>{section.detectedBy === "heading" ? "its heading" : "its content"}</td>
                <td>
                  {section.start}–{section.end}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
