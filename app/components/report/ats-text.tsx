import type { Report } from "../../../lib/report/schema";

export function AtsText({ ats }: { ats: Report["ats"] }) {
  return (
    <section className="card" aria-labelledby="ats-text-heading">
      <h2 id="ats-text-heading">The text an ATS reads</h2>
      <p className="hint">In reading order, as the parser used it.</p>
      <pre className="ats-text" tabIndex={0} aria-label="Extracted text in reading order">
        {ats.text || "(no text could be extracted)"}
      </pre>
      {ats.streamText && ats.streamText !== ats.text && (
        <details>
          <summary>Raw order in the file (what a layout-unaware ATS reads)</summary>
          <pre className="ats-text" tabIndex={0} aria-label="Extracted text in file order">
            {ats.streamText}
          </pre>
        </details>
      )}
    </section>
  );
}
