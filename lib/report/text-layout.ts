/**
 * Where the parts of `ats.text` came from, for the report's side-by-side view: which ranges were
 * page headers, footers, text boxes, tables or footnotes (text an ATS may drop or misplace), where
 * they sit on the page, and which range each PDF page contributed.
 *
 * Derived from the same reading-order layout the parser uses (lib/extract/reading-text.ts), so the
 * offsets index the report's `ats.text`.
 */
import type { Block, ExtractedDocument, Line, Page, TextSource } from "../extract/model";
import { readingText, type PlacedLine } from "../extract/reading-text";

export type RegionSource = Exclude<TextSource, "body">;

/** Position on the page as fractions of its width and height (0..1, origin top-left). */
export interface RegionBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextRegion {
  source: RegionSource;
  start: number;
  end: number;
  /** 1-based page, or null where the format has no pages (DOCX, DOC). */
  page: number | null;
  /** Null when the format has no geometry. */
  box: RegionBox | null;
}

export interface PageRange {
  page: number;
  start: number;
  end: number;
}

export interface TextLayout {
  regions: TextRegion[];
  /** Present only when the lines carry page numbers (PDF). */
  pages: PageRange[] | undefined;
}

/**
 * Regions of `doc`'s reading text, or nothing when `text` is not that text (the caller's text must
 * be the one the offsets index; a mismatch would shade the wrong words).
 */
export function textLayout(doc: ExtractedDocument, text: string): TextLayout | null {
  const reading = readingText(doc);
  if (reading.text !== text) return null;
  const pageOf = new Map<number, Page>(doc.pages.map((p) => [p.number, p]));
  return { regions: regions(reading.lines, pageOf), pages: pageRanges(reading.lines) };
}

/** One region per block (and page) of a non-body source: two adjacent text boxes stay two. */
function regions(lines: readonly PlacedLine[], pageOf: Map<number, Page>): TextRegion[] {
  const out: TextRegion[] = [];
  let group: PlacedLine[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0];
    const source = first.block.source as RegionSource;
    const page = first.line.page;
    out.push({
      source,
      start: first.start,
      end: group[group.length - 1].end,
      page,
      box: page === null ? null : boxOf(group.map((g) => g.line), pageOf.get(page)),
    });
    group = [];
  };
  let block: Block | null = null;
  for (const placed of lines) {
    const sameGroup = placed.block === block && group.length > 0 && placed.line.page === group[0].line.page;
    if (!sameGroup) flush();
    block = placed.block;
    if (placed.block.source !== "body") group.push(placed);
  }
  flush();
  return out;
}

function boxOf(lines: readonly Line[], page: Page | undefined): RegionBox | null {
  if (!page?.width || !page.height) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const line of lines) {
    if (line.x === null || line.y === null || line.width === null || line.height === null) continue;
    left = Math.min(left, line.x);
    top = Math.min(top, line.y);
    right = Math.max(right, line.x + line.width);
    bottom = Math.max(bottom, line.y + line.height);
  }
  if (!Number.isFinite(left)) return null;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const round = (v: number) => Math.round(clamp(v) * 10_000) / 10_000;
  const x = round(left / page.width);
  const y = round(top / page.height);
  return { x, y, width: round(right / page.width - x), height: round(bottom / page.height - y) };
}

function pageRanges(lines: readonly PlacedLine[]): PageRange[] | undefined {
  if (lines.length === 0 || lines.some((l) => l.line.page === null)) return undefined;
  const out: PageRange[] = [];
  for (const placed of lines) {
    const page = placed.line.page as number;
    const last = out[out.length - 1];
    if (last && last.page === page) last.end = placed.end;
    else out.push({ page, start: placed.start, end: placed.end });
  }
  return out;
}
