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
  labels.forEach((label, i) => {
    const top = label[0];
    const tolerance = 0.5 * (top.line.fontSize ?? 10);
    bodyUntil(top.baseline - tolerance);
    out.push(placed(label, region.column, source));
    const next = labels[i + 1];
    bodyUntil(next ? next[0].baseline - 0.5 * (next[0].line.fontSize ?? 10) : Infinity);
  });
  return out;
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
