/**
 * Reading order: finds column gutters (vertical whitespace bands that run through most of the text
 * height with text on both sides) and orders the page as full-width regions above, then each column
 * top to bottom, then full-width regions below. Sidebars and equal columns are both gutters.
 *
 * A narrow column whose few lines sit on the baselines of the wide column beside it (dates or
 * headings in a left margin, as moderncv and LaTeX CV classes print them) is a label column of a
 * single-column layout, not a sidebar: it is read row by row with the text it labels.
 */
import { median, union, type Box } from "./geometry";
import type { Fragment } from "./types";

export interface LayoutRegion {
  fragments: Fragment[];
  /** Index of the column left to right, or null for a full-width region. */
  column: number | null;
  /** Labels (dates, headings) set in a margin column; read before the text beside them. */
  labels?: Fragment[];
}

export interface Gutter {
  /** Whitespace band between the columns. */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  left: Fragment[];
  right: Fragment[];
}

export interface PageLayout {
  regions: LayoutRegion[];
  columns: number;
  gutters: Gutter[];
}

/** The gutter must be free of text over this share of the page's text height... */
const MIN_HEIGHT_SHARE = 0.4;
/** ...with at least this many lines of text on each side... */
const MIN_ROWS_EACH_SIDE = 4;
/** ...and be at least this wide (points). */
const MIN_GUTTER_WIDTH = 4;
const MAX_DEPTH = 2;
const MAX_SCAN = 5000;

/**
 * `tables`: boxes of ruled tables. Whitespace between table cells is not a column gutter, so bands
 * inside a table are skipped.
 */
export function detectLayout(fragments: Fragment[], tables: Box[] = []): PageLayout {
  const upright = fragments.filter((f) => !f.rotated);
  const rotated = fragments.filter((f) => f.rotated);
  const gutters: Gutter[] = [];
  const text = union(upright.map((f) => f.box));
  const minHeight = MIN_HEIGHT_SHARE * (text.y1 - text.y0);
  const regions = split(upright, 0, false, { gutters, tables, minHeight }).filter((r) => r.fragments.length || r.labels?.length);
  numberColumns(regions);
  if (rotated.length) regions.push({ fragments: rotated, column: null });
  return { regions, columns: gutters.length ? maxSideBySide(regions) : 1, gutters };
}

/** Recursive cut: full-width text above, the columns, full-width text below. */
interface SplitContext {
  gutters: Gutter[];
  tables: Box[];
  /** Gutters shorter than this share of the page's text height are a small side-by-side list. */
  minHeight: number;
}

function split(frags: Fragment[], depth: number, inColumn: boolean, ctx: SplitContext): LayoutRegion[] {
  const leaf = (fragments: Fragment[]): LayoutRegion => ({ fragments, column: inColumn ? 0 : null });
  if (depth > MAX_DEPTH || frags.length < 2 * MIN_ROWS_EACH_SIDE) return [leaf(frags)];
  const candidates = findGutters(frags, ctx.tables, ctx.minHeight);
  const gutter = candidates.find((g) => !isLabelColumn(g));
  if (gutter) {
    const labels = trimTrailingLabels(gutter);
    ctx.gutters.push(gutter);
    const above = frags.filter((f) => centerY(f) < gutter.top);
    const below = frags.filter((f) => centerY(f) > gutter.bottom);
    const middle = [...split(gutter.left, depth + 1, true, ctx), ...split(gutter.right, depth + 1, true, ctx)];
    // Margin headings under the sidebar are read with the text they label.
    const rest = labels.length ? [{ ...leaf(below.filter((f) => !labels.includes(f))), labels }] : split(below, depth + 1, inColumn, ctx);
    return [...split(above, depth + 1, inColumn, ctx), ...middle, ...rest];
  }
  // Only label columns: prefer labels on the left (dates, headings), read before what they label.
  const labelled = candidates.find((g) => rows(g.left) < rows(g.right));
  if (!labelled) return [leaf(frags)];
  const above = frags.filter((f) => centerY(f) < labelled.top);
  const below = frags.filter((f) => centerY(f) > labelled.bottom);
  return [
    ...split(above, depth + 1, inColumn, ctx),
    { ...leaf(labelled.right), labels: labelled.left },
    ...split(below, depth + 1, inColumn, ctx),
  ];
}

/**
 * A sidebar above headings set in the margin (moderncv's contact column, then section titles beside
 * the body): the columns end where the narrow side holds only labels, which are read with the body.
 * Returns those labels (empty when there are none).
 *
 * Margin labels stand left of the text they label, as in the label-column case of `split`. A right
 * sidebar set on the body's line grid ends in short blocks that line up with body lines by chance
 * (a heading, a two-line list of interests); cutting there would read them in the middle of the body.
 */
function trimTrailingLabels(g: Gutter): Fragment[] {
  if (rows(g.left) > rows(g.right)) return [];
  const narrow = g.left, wide = g.right;
  const blocks = lineBlocks(narrow);
  let cut = blocks.length;
  while (cut > 1 && rows(blocks[cut - 1]) <= 2 && isLabelBlock(blocks[cut - 1], wide)) cut--;
  // One block lining up with the other column by chance is not a run of margin headings.
  if (blocks.length - cut < 2) return [];
  const bottom = Math.min(...blocks[cut].map((f) => f.box.y0)) - 0.5;
  const keep = (f: Fragment) => centerY(f) < bottom;
  g.bottom = bottom;
  g.left = g.left.filter(keep);
  g.right = g.right.filter(keep);
  return blocks.slice(cut).flat();
}

/** Column indices left to right; regions stacked in the same column share its index. */
function numberColumns(regions: LayoutRegion[]): void {
  const placed: { x0: number; x1: number; index: number }[] = [];
  const withBox = regions
    .filter((r) => r.column !== null)
    .map((r) => ({ r, box: union(r.fragments.map((f) => f.box)) }))
    .sort((a, b) => a.box.x0 - b.box.x0);
  for (const { r, box } of withBox) {
    const same = placed.find((p) => Math.min(p.x1, box.x1) - Math.max(p.x0, box.x0) > 0.5 * Math.min(p.x1 - p.x0, box.x1 - box.x0));
    if (same) {
      r.column = same.index;
    } else {
      r.column = placed.length;
      placed.push({ x0: box.x0, x1: box.x1, index: r.column });
    }
  }
}

const centerY = (f: Fragment) => (f.box.y0 + f.box.y1) / 2;

/** Vertical whitespace bands with enough text on both sides, best first. */
export function findGutters(frags: Fragment[], tables: Box[] = [], minHeight = 0): Gutter[] {
  const text = union(frags.map((f) => f.box));
  const height = Math.max(minHeight / MIN_HEIGHT_SHARE, text.y1 - text.y0);
  const minX = Math.ceil(text.x0) + 1;
  // One step per point; callers pass text on the page, this only bounds a pathological input.
  const maxX = Math.min(Math.floor(text.x1) - 1, minX + MAX_SCAN);
  const found: Gutter[] = [];
  let band: { x: number; top: number; bottom: number }[] = [];
  const closeBand = () => {
    if (band.length > MIN_GUTTER_WIDTH) {
      // The x nearest the band's middle among those (nearly) as tall as the tallest: a banner that
      // ends inside the gutter should not decide where the gutter is.
      const tallest = Math.max(...band.map((b) => b.bottom - b.top));
      const middle = (band[0].x + band[band.length - 1].x) / 2;
      const pick = band
        .filter((b) => b.bottom - b.top >= 0.85 * tallest)
        .reduce((a, b) => (Math.abs(b.x - middle) < Math.abs(a.x - middle) ? b : a));
      // Else the tallest stretch: a band that also runs under a margin heading is free for its full
      // height only beside the heading.
      const full = band.find((b) => b.bottom - b.top === tallest)!;
      const g = [pick, full].reduce<Gutter | null>(
        (found, b) => found ?? gutterAt(frags, b.x, b.top, b.bottom, band[0].x, band[band.length - 1].x, MIN_HEIGHT_SHARE * height),
        null,
      );
      if (g) found.push(g);
    }
    band = [];
  };
  const byTop = [...frags].sort((a, b) => a.box.y0 - b.box.y0);
  for (let x = minX; x <= maxX; x++) {
    const free = longestFreeInterval(byTop, x, text);
    if (free && free.bottom - free.top >= MIN_HEIGHT_SHARE * height && !insideTable(tables, x, free)) band.push({ x, ...free });
    else closeBand();
  }
  closeBand();
  // Taller first; of two bands about as tall, the wider (a banner line ending short of the right
  // column leaves a narrow full-height band beside the real gutter).
  const tall = (g: Gutter) => g.bottom - g.top;
  const wide = (g: Gutter) => g.x1 - g.x0;
  return found.sort((a, b) => (Math.abs(tall(a) - tall(b)) > 0.15 * Math.max(tall(a), tall(b)) ? tall(b) - tall(a) : wide(b) - wide(a)));
}

function insideTable(tables: Box[], x: number, free: { top: number; bottom: number }): boolean {
  return tables.some((t) => x > t.x0 && x < t.x1 && Math.min(t.y1, free.bottom) - Math.max(t.y0, free.top) > 0.5 * (free.bottom - free.top));
}

/** Tallest stretch of [text top, text bottom] at x that no fragment crosses. `byTop`: sorted by y0. */
function longestFreeInterval(byTop: Fragment[], x: number, text: Box): { top: number; bottom: number } | null {
  let cursor = text.y0;
  let bestTop = 0, bestBottom = 0;
  for (const f of byTop) {
    if (f.box.x0 >= x - 0.5 || f.box.x1 <= x + 0.5) continue;
    if (f.box.y0 > cursor && f.box.y0 - cursor > bestBottom - bestTop) {
      bestTop = cursor;
      bestBottom = f.box.y0;
    }
    if (f.box.y1 > cursor) cursor = f.box.y1;
  }
  if (text.y1 - cursor > bestBottom - bestTop) {
    bestTop = cursor;
    bestBottom = text.y1;
  }
  return bestBottom > bestTop ? { top: bestTop, bottom: bestBottom } : null;
}

/** A gutter at x over [top, bottom] with real text columns on both sides, or null. */
function gutterAt(frags: Fragment[], x: number, top: number, bottom: number, bandX0: number, bandX1: number, minHeight: number): Gutter | null {
  const inside = frags.filter((f) => centerY(f) >= top && centerY(f) <= bottom);
  // Nothing crosses x (give or take half a point), so the centre decides the side.
  let left = inside.filter((f) => (f.box.x0 + f.box.x1) / 2 < x);
  let right = inside.filter((f) => (f.box.x0 + f.box.x1) / 2 >= x);
  // A centred contact line ("City · phone · email") may straddle the gutter without crossing it:
  // its gaps are all alike, so the gap at the gutter is just one of them. It belongs above or below.
  for (const fromTop of [true, false]) {
    for (;;) {
      const all = [...left, ...right];
      if (!all.length) break;
      const edge = fromTop ? Math.min(...all.map((f) => f.baseline)) : Math.max(...all.map((f) => f.baseline));
      const row = all.filter((f) => Math.abs(f.baseline - edge) <= 1.5).sort((a, b) => a.box.x0 - b.box.x0);
      if (!isSpanningRow(row, x, all)) break;
      if (fromTop) top = Math.max(...row.map((f) => f.box.y1)) + 0.1;
      else bottom = Math.min(...row.map((f) => f.box.y0)) - 0.1;
      left = left.filter((f) => !row.includes(f));
      right = right.filter((f) => !row.includes(f));
    }
  }
  if (!left.length || !right.length) return null;
  // The band must be bounded by text on both sides, not by the page margin.
  const leftEdge = Math.max(...left.map((f) => f.box.x1));
  const rightEdge = Math.min(...right.map((f) => f.box.x0));
  const gutter = { x0: Math.max(bandX0, leftEdge), x1: Math.min(bandX1, rightEdge), top, bottom, left, right };
  // Columns need several lines on each side, and tall whitespace beside a short list is not a
  // gutter: both sides' text must run beside each other. A few labels in the margin beside a text
  // column (a heading wrapped over three lines) still make a label column.
  const l = union(left.map((f) => f.box)), r = union(right.map((f) => f.box));
  const fewRows = rows(left) < MIN_ROWS_EACH_SIDE || rows(right) < MIN_ROWS_EACH_SIDE;
  if (fewRows || Math.min(l.y1, r.y1) - Math.max(l.y0, r.y0) < minHeight) {
    return Math.max(rows(left), rows(right)) >= MIN_ROWS_EACH_SIDE && isLabelColumn(gutter) ? gutter : null;
  }
  return gutter;
}

/**
 * Three or more pieces on one baseline, evenly spaced, with the gutter between two of them — and
 * the piece left of the gutter is not the first line of a block that goes on below it (a heading
 * wrapped in the margin beside a title and its right-aligned dates).
 */
function isSpanningRow(row: Fragment[], x: number, all: Fragment[]): boolean {
  if (row.length < 3) return false;
  const gaps = row.slice(1).map((f, i) => f.box.x0 - row[i].box.x1);
  const at = row.findIndex((f) => f.box.x0 >= x) - 1;
  if (at < 0) return false;
  const edge = row[at];
  const continued = all.some((f) => !row.includes(f) && Math.abs(f.box.x0 - edge.box.x0) <= 1 && f.box.y0 >= edge.box.y1 - 1 && f.box.y0 - edge.box.y1 <= 0.5 * edge.size);
  if (continued) return false;
  const cross = gaps[at];
  const others = gaps.filter((_, i) => i !== at);
  return others.some((g) => cross <= 1.5 * g);
}

/** Number of distinct baselines (lines) among fragments. */
export function rows(frags: Fragment[]): number {
  return baselines(frags).length;
}

function baselines(frags: Fragment[]): number[] {
  const ys = frags.map((f) => f.baseline).sort((a, b) => a - b);
  const out: number[] = [];
  for (const y of ys) if (!out.length || y - out[out.length - 1] > 1.5) out.push(y);
  return out;
}

/**
 * A margin column of labels: fewer lines than the text column, in short blocks each of which starts
 * on one of the text column's baselines (a date beside the job title, a heading beside its first
 * line) or sits in a gap of the text column (a heading above it). Sidebar text runs beside the other
 * column on its own grid.
 */
export function isLabelColumn(g: Gutter): boolean {
  const [narrow, wide] = rows(g.left) <= rows(g.right) ? [g.left, g.right] : [g.right, g.left];
  if (rows(narrow) > 0.6 * rows(wide)) return false;
  const blocks = lineBlocks(narrow);
  const labelLines = blocks.filter((b) => isLabelBlock(b, wide)).reduce((n, b) => n + rows(b), 0);
  const aligned = blocks.filter((b) => startsOnBaseline(b, wide) || centredBeside(b, wide)).length;
  return aligned > 0 && aligned >= 0.4 * blocks.length && labelLines >= 0.85 * rows(narrow);
}

function isLabelBlock(block: Fragment[], wide: Fragment[]): boolean {
  if (rows(block) > 5) return false;
  if (startsOnBaseline(block, wide) || inGap(block, wide) || centredBeside(block, wide)) return true;
  // A heading above a sub-heading ("Experience" in a gap, "Vocational" beside the first role): each
  // line is a label of its own.
  const lines = baselines(block).map((y) => block.filter((f) => Math.abs(f.baseline - y) <= 1.5));
  return lines.length > 1 && lines.every((l) => startsOnBaseline(l, wide) || inGap(l, wide));
}

/**
 * The block sits halfway down a block of the wide column: a table cell centred vertically beside a
 * taller one (a date beside a degree and its school).
 */
function centredBeside(block: Fragment[], wide: Fragment[]): boolean {
  const y0 = Math.min(...block.map((f) => f.box.y0)), y1 = Math.max(...block.map((f) => f.box.y1));
  const mid = (y0 + y1) / 2;
  const tolerance = 0.5 * median(block.map((f) => f.size));
  return lineBlocks(wide).some((b) => {
    if (rows(b) < 2) return false;
    const top = Math.min(...b.map((f) => f.box.y0)), bottom = Math.max(...b.map((f) => f.box.y1));
    return top < y0 && bottom > y1 && Math.abs((top + bottom) / 2 - mid) <= tolerance;
  });
}

/** Nothing in the wide column beside the block: it sits in a gap (a heading above the text). */
function inGap(block: Fragment[], wide: Fragment[]): boolean {
  const y0 = Math.min(...block.map((f) => f.box.y0)), y1 = Math.max(...block.map((f) => f.box.y1));
  return !wide.some((f) => f.box.y1 > y0 + 1 && f.box.y0 < y1 - 1);
}

function startsOnBaseline(block: Fragment[], wide: Fragment[]): boolean {
  const first = Math.min(...block.map((f) => f.baseline));
  const tolerance = Math.max(1.5, 0.15 * median(block.map((f) => f.size)));
  return wide.some((f) => Math.abs(f.baseline - first) <= tolerance);
}

/** Fragments grouped into blocks of lines separated by less than half a line of space. */
function lineBlocks(frags: Fragment[]): Fragment[][] {
  const sorted = [...frags].sort((a, b) => a.baseline - b.baseline || a.box.x0 - b.box.x0);
  const out: Fragment[][] = [];
  let bottom = -Infinity;
  for (const f of sorted) {
    const last = out[out.length - 1];
    const sameRow = last && Math.abs(last[last.length - 1].baseline - f.baseline) <= 1.5;
    if (!last || (!sameRow && f.box.y0 - bottom > 0.5 * f.size)) out.push([f]);
    else last.push(f);
    bottom = Math.max(sameRow ? bottom : -Infinity, f.box.y1);
  }
  return out;
}

function maxSideBySide(regions: LayoutRegion[]): number {
  const spans = regions.filter((r) => r.column !== null && r.fragments.length).map((r) => union(r.fragments.map((f) => f.box)));
  let best = 1;
  for (const s of spans) {
    const mid = (s.y0 + s.y1) / 2;
    best = Math.max(best, spans.filter((o) => o.y0 <= mid && o.y1 >= mid).length);
  }
  return best;
}
