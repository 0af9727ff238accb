/**
 * A Word file's own layout, rebuilt from the report for the "original" side (Word files are not
 * pictured): page header on top, footer at the bottom, section headings, paragraphs and bullets in
 * between, text boxes and tables boxed and labelled where they sit in the flow. Built only from
 * `ats.text`, `sections` and `ats.regions`; the marks are the same as in the text view.
 */
import type { ReactNode } from "react";
import type { Report, TextRegion } from "../../../lib/report/schema";
import { MarkedText } from "./marked-text";
import { REGION_LABELS, type TextMark } from "./text-marks";

interface TextLine {
  start: number;
  end: number;
  text: string;
}

const BULLET = /^\s*[•◦▪▫●○■□➤►▶✓✔\-–—*·‣⁃]\s+/u;

export function DocumentPreview({ report, marks: allMarks }: { report: Report; marks: readonly TextMark[] }) {
  const { text } = report.ats;
  // Regions are drawn as labelled boxes here, not as inline tags.
  const marks = allMarks.filter((m) => m.kind !== "region");
  const regions = report.ats.regions ?? [];
  const headingStarts = new Set(report.sections.filter((s) => s.detectedBy === "heading").map((s) => s.start));
  const lines = splitLines(text);
  const regionOf = (line: TextLine) => regions.find((r) => line.start >= r.start && line.start < r.end) ?? null;

  const linesFrom = (source: TextRegion["source"]) => lines.filter((l) => l.text.trim() && regionOf(l)?.source === source);
  const body: ReactNode[] = [];
  let list: TextLine[] = [];
  let boxed: { region: TextRegion; lines: TextLine[] } | null = null;
  let nameShown = false;

  const line = (l: TextLine) => <MarkedText text={text} start={l.start} end={l.end} marks={marks} />;
  const flushList = () => {
    if (list.length === 0) return;
    body.push(
      <ul key={`ul-${list[0].start}`} className="doc-list">
        {list.map((l) => {
          const bullet = BULLET.exec(l.text)?.[0].length ?? 0;
          return (
            <li key={l.start}>
              <MarkedText text={text} start={l.start + bullet} end={l.end} marks={marks} />
            </li>
          );
        })}
      </ul>,
    );
    list = [];
  };
  const flushBox = () => {
    if (!boxed) return;
    const { region, lines: boxLines } = boxed;
    body.push(
      <div key={`box-${region.start}`} className={`doc-region doc-region-${region.source}`}>
        <p className="region-tag" data-region={region.source}>
          {REGION_LABELS[region.source]}
        </p>
        {region.source === "table" && boxLines.some((l) => l.text.includes("\t")) ? (
          <table className="doc-table">
            <tbody>
              {boxLines.map((l) => (
                <tr key={l.start}>
                  {cells(l).map((c) => (
                    <td key={c.start}>
                      <MarkedText text={text} start={c.start} end={c.end} marks={marks} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          boxLines.map((l) => (
            <p key={l.start} className="doc-p">
              {line(l)}
            </p>
          ))
        )}
      </div>,
    );
    boxed = null;
  };

  /** Header, footer and footnote text where the page shows it: top and bottom, whatever the reading order. */
  const pinned = (source: "header" | "footer" | "footnote") => {
    const own = linesFrom(source);
    if (own.length === 0) return null;
    return (
      <div className={`doc-region doc-region-${source}`}>
        <p className="region-tag" data-region={source}>
          {REGION_LABELS[source]}
        </p>
        {own.map((l) => (
          <p key={l.start} className="doc-p">
            {line(l)}
          </p>
        ))}
      </div>
    );
  };

  for (const l of lines) {
    const region = regionOf(l);
    if (region && (region.source === "header" || region.source === "footer" || region.source === "footnote")) continue;
    if (region) {
      flushList();
      if (boxed && boxed.region !== region) flushBox();
      boxed ??= { region, lines: [] };
      if (l.text.trim()) boxed.lines.push(l);
      continue;
    }
    flushBox();
    if (!l.text.trim()) {
      flushList();
      continue;
    }
    if (BULLET.test(l.text)) {
      list.push(l);
      continue;
    }
    flushList();
    if (headingStarts.has(l.start)) {
      body.push(
        <p key={l.start} className="doc-heading">
          {line(l)}
        </p>,
      );
    } else if (!nameShown && report.contact.name && l.text.trim() === report.contact.name) {
      nameShown = true;
      body.push(
        <p key={l.start} className="doc-name">
          {line(l)}
        </p>,
      );
    } else {
      body.push(
        <p key={l.start} className="doc-p">
          {line(l)}
        </p>,
      );
    }
  }
  flushList();
  flushBox();

  return (
    <div className="doc-preview" data-testid="document-preview">
      <div className="doc-page">
        {pinned("header")}
        {body}
        {pinned("footnote")}
        {pinned("footer")}
      </div>
    </div>
  );
}

function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    out.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return out;
}

function cells(line: TextLine): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = line.start;
  for (const part of line.text.split("\t")) {
    out.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
}
