/**
 * "What the ATS reads": the report's reading-order text, cut into one band per detected section
 * (label: kind and the heading as printed), with page boundaries, keywords, contact details,
 * warning evidence and header/footer/text-box/table text marked.
 */
import { Fragment } from "react";
import type { Report } from "../../../lib/report/schema";
import { MarkedText } from "./marked-text";
import { sectionBands, type Band } from "./section-bands";
import { sectionKindLabel } from "./section-kind-label";
import type { TextMark } from "./text-marks";

export function AtsText({ report, marks }: { report: Report; marks: readonly TextMark[] }) {
  const { text } = report.ats;
  if (!text.trim()) {
    return (
      <div className="ats-text ats-text-empty" data-testid="ats-text">
        <p>No text could be extracted: an ATS would see an empty resume.</p>
      </div>
    );
  }
  const pageStarts = (report.ats.pages ?? []).filter((p) => p.start > 0);
  const bands = sectionBands(text, report.sections);
  return (
    <div className="ats-text" data-testid="ats-text">
      {bands.map((band, i) => (
        <div key={band.start} className={`band ${band.section ? `band-${band.section.kind}` : "band-none"}`} data-section={band.section?.kind ?? "none"}>
          <p className="band-label">{bandLabel(band)}</p>
          <div className="band-text">
            {cutAtPages(band, pageStarts, i > 0 ? bands[i - 1].end : 0).map((piece) => (
              <Fragment key={piece.start}>
                {piece.page !== null && (
                  <span className="page-break" role="separator" aria-label={`Page ${piece.page}`}>
                    Page {piece.page}
                  </span>
                )}
                <MarkedText text={text} start={piece.start} end={piece.end} marks={marks} />
              </Fragment>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

function bandLabel({ section }: Band) {
  if (!section) return <>Not in any section</>;
  return (
    <>
      <strong>{sectionKindLabel(section.kind)}</strong>
      {section.detectedBy === "heading" ? <> · heading “{section.heading}”</> : <> · recognised from its content (no heading)</>}
    </>
  );
}

/**
 * The band split where a new page begins; `page` is set on a piece that starts a page. A page that
 * begins between the previous band's end (`from`) and this band's start is announced at its top.
 */
function cutAtPages(band: Band, pageStarts: readonly { page: number; start: number }[], from: number) {
  const out: { start: number; end: number; page: number | null }[] = [];
  let at = band.start;
  let page: number | null = null;
  for (const p of pageStarts) {
    if (p.start <= from || p.start >= band.end) continue;
    if (p.start <= band.start) {
      page = p.page;
      continue;
    }
    out.push({ start: at, end: p.start, page });
    at = p.start;
    page = p.page;
  }
  out.push({ start: at, end: band.end, page });
  return out;
}
