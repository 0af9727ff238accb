/**
 * "What the ATS sees": the original (PDF page pictures, or a Word file's layout rebuilt from the
 * report) next to the text an ATS extracts, with the same marks on both sides. Stacked on narrow
 * screens; the original is left out of print.
 */
import type { Report } from "../../../lib/report/schema";
import { AtsText } from "./ats-text";
import { DocumentPreview } from "./document-preview";
import { HighlightControls } from "./highlight-controls";
import { PageImages, type PageImageRef } from "./page-images";
import type { TextMark } from "./text-marks";

export function AtsView({
  report,
  marks,
  pageImages,
  imageBase,
}: {
  report: Report;
  marks: readonly TextMark[];
  pageImages: readonly PageImageRef[];
  imageBase: string;
}) {
  const pictured = report.file.format === "pdf" && pageImages.length > 0;
  const { text, streamText } = report.ats;
  return (
    <section className="card report-section ats-section" aria-labelledby="ats-heading" id="ats">
      <h2 id="ats-heading">What the ATS sees</h2>
      <p className="hint">
        Left, your file as a person sees it; right, the text an Applicant Tracking System extracts from it, in the order it reads it,
        with the sections it recognises. Use “Show in the text” on a problem above to jump to its evidence.
      </p>
      <p id="evidence-status" className="evidence-status no-print" role="status" aria-live="polite" />
      <HighlightControls>
        <div className="ats-panes">
          <div className="ats-pane original-pane">
            <h3 id="original-heading">{pictured ? "Your file" : "Your file’s layout"}</h3>
            {!pictured && (
              <p className="hint">
                {report.file.format === "pdf"
                  ? "No page pictures were stored for this report; this is the layout rebuilt from the text."
                  : "Rebuilt from the document: headings, paragraphs, bullets, and where the header, footer, text boxes and tables are."}
              </p>
            )}
            <div className="ats-pane-body" tabIndex={0} role="region" aria-labelledby="original-heading">
              {pictured ? (
                <PageImages images={pageImages} imageBase={imageBase} regions={report.ats.regions ?? []} pageCount={report.file.pages} />
              ) : (
                <DocumentPreview report={report} marks={marks} />
              )}
            </div>
          </div>
          <div className="ats-pane text-pane">
            <h3 id="ats-text-heading">What the ATS reads</h3>
            <div className="ats-pane-body" tabIndex={0} role="region" aria-labelledby="ats-text-heading">
              <AtsText report={report} marks={marks} />
            </div>
          </div>
        </div>
      </HighlightControls>
      {streamText && streamText !== text && (
        <details className="stream-text">
          <summary>Raw order in the file (what a layout-unaware ATS reads)</summary>
          <pre tabIndex={0} aria-label="Extracted text in file order" data-testid="stream-text">
            {streamText}
          </pre>
        </details>
      )}
    </section>
  );
}
