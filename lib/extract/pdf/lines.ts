/**
 * Fragments of one layout region → lines of the document model: fragments sharing a baseline are
 * joined left to right, ligatures are expanded for reading, and runs of one font become spans.
 */
import type { Line, Span } from "../model";
import { median, union } from "./geometry";
import { startsWithBullet } from "./bullets";
import { readableText } from "./fragments";
import type { Fragment, Glyph } from "./types";

/** A line before it becomes a model Line: keeps its fragments for table and header checks. */
export interface LayoutLine {
  fragments: Fragment[];
  baseline: number;
  line: Line;
}


/** Groups fragments into lines (top to bottom, left to right). */
export function buildLines(fragments: Fragment[], page: number): LayoutLine[] {
  const rows: Fragment[][] = [];
  const sorted = [...fragments].sort((a, b) => a.baseline - b.baseline || a.box.x0 - b.box.x0);
  for (const f of sorted) {
    const row = rows.find((r) => sameLine(r, f));
    if (row) row.push(f);
    else rows.push([f]);
  }
  return rows
    .map((row) => {
      row.sort((a, b) => a.box.x0 - b.box.x0);
      const main = row.reduce((best, f) => (f.glyphs.length > best.glyphs.length ? f : best), row[0]);
      return { fragments: row, baseline: main.baseline, line: toLine(row, page) };
    })
    .sort((a, b) => a.baseline - b.baseline || a.line.x! - b.line.x!);
}

/**
 * Same line when baselines are within 40% of the larger font size and the boxes overlap vertically:
 * a superscript or a smaller-font date on the same baseline joins, the next line of text does not.
 */
function sameLine(row: Fragment[], f: Fragment): boolean {
  if (f.rotated || row[0].rotated) return false;
  return row.some((r) => {
    const tol = 0.4 * Math.max(r.size, f.size);
    const overlap = Math.min(r.box.y1, f.box.y1) - Math.max(r.box.y0, f.box.y0);
    const horizontallyApart = f.box.x0 >= r.box.x1 - 0.5 || f.box.x1 <= r.box.x0 + 0.5;
    return Math.abs(r.baseline - f.baseline) <= tol && overlap > 0 && horizontallyApart;
  });
}

function toLine(row: Fragment[], page: number): Line {
  const spans: Span[] = [];
  let text = "";
  let current: { glyphs: Glyph[]; text: string } | null = null;
  const closeSpan = () => {
    if (current) spans.push(toSpan(current.glyphs, current.text));
    current = null;
  };
  row.forEach((fragment, fi) => {
    fragment.glyphs.forEach((g, gi) => {
      const sep = (gi === 0 && fi > 0) || (gi > 0 && fragment.breaks[gi] !== 0) ? " " : "";
      const chars = readableText(g);
      if (current && !sameStyle(current.glyphs[current.glyphs.length - 1], g)) {
        // The separator stays with the span it follows, so spans concatenate to the line text.
        current.text += sep;
        closeSpan();
        text += sep;
        current = { glyphs: [g], text: chars };
      } else if (current) {
        current.text += sep + chars;
        current.glyphs.push(g);
        text += sep;
      } else {
        current = { glyphs: [g], text: chars };
      }
      text += chars;
    });
  });
  closeSpan();
  const box = union(row.map((f) => f.box));
  const sizeCounts = new Map<number, number>();
  for (const s of spans) sizeCounts.set(s.fontSize!, (sizeCounts.get(s.fontSize!) ?? 0) + s.text.length);
  const fontSize = [...sizeCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const visible = spans.filter((s) => s.text.trim());
  return {
    text,
    spans,
    page,
    x: round(box.x0),
    y: round(box.y0),
    width: round(box.x1 - box.x0),
    height: round(box.y1 - box.y0),
    fontSize,
    bold: visible.length > 0 && visible.every((s) => s.bold),
    listItem: startsWithBullet(text),
    style: null,
  };
}

function sameStyle(a: Glyph, b: Glyph): boolean {
  return a.font.id === b.font.id && Math.abs(a.size - b.size) < 0.2 && a.stroked === b.stroked && a.slanted === b.slanted;
}

function toSpan(glyphs: Glyph[], text: string): Span {
  const first = glyphs[0];
  const last = glyphs[glyphs.length - 1];
  const size = median(glyphs.map((g) => g.size));
  const top = Math.min(...glyphs.map((g) => g.y - g.font.ascent * g.size));
  const bottom = Math.max(...glyphs.map((g) => g.y - g.font.descent * g.size));
  return {
    text,
    x: round(first.x),
    y: round(top),
    width: round(last.x + last.width - first.x),
    height: round(bottom - top),
    fontName: first.font.name,
    fontSize: round(size),
    bold: first.font.bold || first.stroked,
    italic: first.font.italic || first.slanted,
  };
}

const round = (v: number) => Math.round(v * 100) / 100;
