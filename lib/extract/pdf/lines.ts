/**
 * Fragments of one layout region → lines of the document model: fragments sharing a baseline are
 * joined left to right, ligatures are expanded for reading, and runs of one font become spans.
 */
import type { Line, Span } from "../model";
import { median, union } from "./geometry";
import { startsWithBullet } from "./bullets";
import { readableText } from "./fragments";
import type { Fragment, Glyph } from "./types";
import { iconMeaningOf } from "../icon-meaning";

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

/** A gap between fragments wider than this (in ems) is a field break (a tab stop, a right-aligned date). */
const FIELD_GAP_EM = 1.5;

function toLine(row: Fragment[], page: number): Line {
  const spans: Span[] = [];
  let text = "";
  let current: { glyphs: Glyph[]; text: string } | null = null;
  // Icons seen since the last text glyph: they become spans, and a field break before the next text.
  let icons: Span[] = [];
  const closeSpan = () => {
    if (current) spans.push(toSpan(current.glyphs, current.text));
    current = null;
  };
  row.forEach((fragment, fi) => {
    const gap = fi > 0 ? fragment.box.x0 - row[fi - 1].box.x1 : 0;
    const fragmentSep = gap > FIELD_GAP_EM * Math.max(fragment.size, row[fi - 1]?.size ?? 0) ? "\t" : " ";
    for (const item of withIcons(fragment)) {
      if (item.icon) {
        closeSpan();
        const span = iconSpan(item.glyph);
        spans.push(span);
        icons.push(span);
        continue;
      }
      const { glyph: g, index: gi } = item;
      let sep = (gi === 0 && fi > 0) ? fragmentSep : (gi > 0 && fragment.breaks[gi] !== 0 ? " " : "");
      const chars = readableText(g);
      if (icons.length) {
        // The icon stands where a label would: the text before and after are separate fields.
        if (text) {
          icons[0].text = "\t";
          text += "\t";
        }
        icons = [];
        sep = "";
      }
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
        // After an icon span: its separator was already written.
        if (sep && spans.length) spans[spans.length - 1].text += sep;
        text += sep;
        current = { glyphs: [g], text: chars };
      }
      text += chars;
    }
  });
  closeSpan();
  const box = union(row.map((f) => f.box));
  const sizeCounts = new Map<number, number>();
  for (const s of spans) if (!s.icon) sizeCounts.set(s.fontSize!, (sizeCounts.get(s.fontSize!) ?? 0) + s.text.length);
  const fontSize = [...sizeCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const visible = spans.filter((s) => s.text.trim() && !s.icon);
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
    listItem: startsWithBullet(text) || spans.find((s) => s.icon || s.text.trim())?.icon === "bullet",
    style: null,
  };
}

type LineItem = { icon: false; glyph: Glyph; index: number } | { icon: true; glyph: Glyph };

/** The fragment's glyphs with its anchored icons merged in by position. */
function withIcons(fragment: Fragment): LineItem[] {
  const items: LineItem[] = fragment.glyphs.map((glyph, index) => ({ icon: false, glyph, index }));
  if (fragment.icons.length === 0) return items;
  for (const icon of fragment.icons) {
    const at = items.findIndex((it) => !it.icon && it.glyph.x > icon.x);
    items.splice(at < 0 ? items.length : at, 0, { icon: true, glyph: icon });
  }
  return items;
}

function sameStyle(a: Glyph, b: Glyph): boolean {
  return a.font.id === b.font.id && Math.abs(a.size - b.size) < 0.2 && a.stroked === b.stroked && a.slanted === b.slanted && a.link === b.link && a.hidden === b.hidden;
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
    icon: null,
    link: first.link,
    hidden: first.hidden,
  };
}

/** An icon glyph as a span: no text of its own (a tab when it separates two fields), its meaning kept. */
function iconSpan(g: Glyph): Span {
  return {
    ...toSpan([g], ""),
    bold: false,
    italic: false,
    hidden: false,
    icon: g.role === "bullet" ? "bullet" : iconMeaningOf({ text: g.text, fontName: g.font.name, glyphName: g.glyphName, code: g.code }),
  };
}

const round = (v: number) => Math.round(v * 100) / 100;
