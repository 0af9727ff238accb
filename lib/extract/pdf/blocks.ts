/**
 * Layout regions → model blocks in reading order. Each region's lines are cut into paragraphs at
 * vertical gaps clearly wider than the region's usual line gap. A region with a label column is read
 * label first, then the lines beside it down to the next label.
 */
import type { Block, TextSource } from "../model";
import type { LayoutRegion } from "./columns";
import { median } from "./geometry";
import { buildLines, type LayoutLine } from "./lines";

export interface PlacedBlock {
  block: Block;
  lines: LayoutLine[];
}

export function regionBlocks(region: LayoutRegion, page: number, source: TextSource = "body"): PlacedBlock[] {
  const lines = buildLines(region.fragments, page);
  if (!region.labels?.length) return paragraphs(lines).map((ls) => placed(ls, region.column, source));
  const labels = labelBlocks(buildLines(region.labels, page));
  const out: PlacedBlock[] = [];
  let cursor = 0;
  const bodyUntil = (y: number) => {
    const taken: LayoutLine[] = [];
    while (cursor < lines.length && lines[cursor].baseline < y) taken.push(lines[cursor++]);
    for (const ls of paragraphs(taken)) out.push(placed(ls, region.column, source));
  };
  const starts = labels.map((label) => {
    const tolerance = 0.5 * (label[0].line.fontSize ?? 10);
    return labelStart(lines, label[0].baseline, tolerance) - tolerance;
  });
  labels.forEach((label, i) => {
    bodyUntil(starts[i]);
    out.push(placed(label, region.column, source));
    bodyUntil(starts[i + 1] ?? Infinity);
  });
  return out;
}

/**
 * Where a label's text starts: at its own baseline, or — for a label on no baseline of the text,
 * halfway down a paragraph beside it (a table cell centred vertically) — at that paragraph's first
 * line, so the paragraph is not cut in two.
 */
function labelStart(lines: LayoutLine[], baseline: number, tolerance: number): number {
  if (lines.some((l) => Math.abs(l.baseline - baseline) <= tolerance)) return baseline;
  let above = -1;
  for (let k = 0; k < lines.length && lines[k].baseline < baseline; k++) above = k;
  const below = lines[above + 1];
  if (above < 0 || !below || !touching(lines[above], below)) return baseline;
  let first = above;
  while (first > 0 && touching(lines[first - 1], lines[first])) first--;
  return lines[first].baseline;
}

/** Consecutive lines of one paragraph: less than half a line of space between them. */
function touching(a: LayoutLine, b: LayoutLine): boolean {
  return gapBetween(a, b) <= 0.5 * Math.min(a.line.fontSize ?? 10, b.line.fontSize ?? 10);
}

/** Labels are short: each is its own block unless its lines are set tight (a wrapped heading). */
function labelBlocks(lines: LayoutLine[]): LayoutLine[][] {
  const out: LayoutLine[][] = [];
  lines.forEach((l, i) => {
    const tight = i > 0 && gapBetween(lines[i - 1], l) <= 0.5 * (l.line.fontSize ?? 10);
    if (tight) out[out.length - 1].push(l);
    else out.push([l]);
  });
  return out;
}

function placed(lines: LayoutLine[], column: number | null, source: TextSource): PlacedBlock {
  return { block: { source, column, lines: lines.map((l) => l.line) }, lines };
}

/** Splits lines (top to bottom) where the vertical gap is wider than a paragraph's leading. */
export function paragraphs(lines: LayoutLine[]): LayoutLine[][] {
  if (lines.length === 0) return [];
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) gaps.push(gapBetween(lines[i - 1], lines[i]));
  const usual = median(gaps.filter((g) => g >= 0));
  const out: LayoutLine[][] = [[lines[0]]];
  for (let i = 1; i < lines.length; i++) {
    const size = Math.min(lines[i - 1].line.fontSize ?? 10, lines[i].line.fontSize ?? 10);
    if (gaps[i - 1] > Math.max(usual * 1.8 + 1, 0.6 * size)) out.push([]);
    out[out.length - 1].push(lines[i]);
  }
  return out;
}

function gapBetween(a: LayoutLine, b: LayoutLine): number {
  return (b.line.y ?? 0) - ((a.line.y ?? 0) + (a.line.height ?? 0));
}
