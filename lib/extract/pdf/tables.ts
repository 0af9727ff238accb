/**
 * Tables: ruled grids (horizontal and vertical rules crossing into at least 2×2 cells around text)
 * and borderless tables (text aligned in three or more columns over three or more rows). Columns of
 * the page layout are cut apart before this runs, so a two-column resume is not a table.
 */
import { clip, finding, type Finding } from "../../warnings/finding";
import { contains, union, type Box } from "./geometry";
import { fragmentText } from "./header-footer";
import type { LayoutLine } from "./lines";
import type { Fragment, Rule } from "./types";

const MIN_RULE = 6;
const TOUCH = 2;
const ALIGN = 3;

export interface DetectedTable {
  box: Box;
  rows: number;
  columns: number;
  ruled: boolean;
  /** For borderless tables, the lines it is made of. */
  lines?: LayoutLine[];
}

interface Line1D {
  at: number;
  from: number;
  to: number;
}

/** Grids of rules with text inside. */
export function ruledTables(rules: Rule[], fragments: Fragment[]): DetectedTable[] {
  const h = mergeRules(rules.filter((r) => r.horizontal).map((r) => ({ at: r.y0, from: r.x0, to: r.x1 })));
  const v = mergeRules(rules.filter((r) => !r.horizontal).map((r) => ({ at: r.x0, from: r.y0, to: r.y1 })));
  if (h.length < 3 || v.length < 3) return [];
  // Union-find over all lines; h[i] is node i, v[j] is node h.length + j.
  const parent = [...Array(h.length + v.length).keys()];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  h.forEach((hl, i) =>
    v.forEach((vl, j) => {
      if (vl.at >= hl.from - TOUCH && vl.at <= hl.to + TOUCH && hl.at >= vl.from - TOUCH && hl.at <= vl.to + TOUCH) {
        parent[find(i)] = find(h.length + j);
      }
    }),
  );
  const groups = new Map<number, { h: Line1D[]; v: Line1D[] }>();
  h.forEach((l, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    g.h.push(l);
    groups.set(find(i), g);
  });
  v.forEach((l, j) => {
    const g = groups.get(find(h.length + j)) ?? { h: [], v: [] };
    g.v.push(l);
    groups.set(find(h.length + j), g);
  });
  const out: DetectedTable[] = [];
  for (const g of groups.values()) {
    const ys = distinct(g.h.map((l) => l.at));
    const xs = distinct(g.v.map((l) => l.at));
    if (ys.length < 3 || xs.length < 3) continue;
    const box = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    const inside = fragments.filter((f) => contains(box, (f.box.x0 + f.box.x1) / 2, (f.box.y0 + f.box.y1) / 2));
    if (inside.length < 2) continue;
    out.push({ box, rows: ys.length - 1, columns: xs.length - 1, ruled: true });
  }
  return out;
}

/** Collinear pieces (a rule drawn cell by cell) joined into one line. */
function mergeRules(lines: Line1D[]): Line1D[] {
  const sorted = lines.filter((l) => l.to - l.from >= 1).sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Line1D[] = [];
  for (const l of sorted) {
    const same = out.find((o) => Math.abs(o.at - l.at) <= 1 && l.from <= o.to + TOUCH && l.to >= o.from - TOUCH);
    if (same) {
      same.from = Math.min(same.from, l.from);
      same.to = Math.max(same.to, l.to);
    } else {
      out.push({ ...l });
    }
  }
  return out.filter((l) => l.to - l.from >= MIN_RULE);
}

function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out[out.length - 1] > TOUCH) out.push(v);
  return out;
}

/** Runs of three or more lines whose three or more cells line up (left, right or centre). */
export function alignedTables(lines: LayoutLine[]): DetectedTable[] {
  const out: DetectedTable[] = [];
  let run: LayoutLine[] = [];
  let columns = 0;
  const flush = () => {
    if (run.length >= 3) out.push({ box: union(run.flatMap((l) => l.fragments.map((f) => f.box))), rows: run.length, columns, ruled: false, lines: run });
    run = [];
    columns = 0;
  };
  for (const line of lines) {
    if (line.fragments.length < 3) {
      flush();
      continue;
    }
    const prev = run[run.length - 1];
    const matched = prev ? alignedCells(prev.fragments, line.fragments) : line.fragments.length;
    if (prev && matched < 3) flush();
    if (run.length) columns = Math.min(columns, matched);
    else columns = line.fragments.length;
    run.push(line);
  }
  flush();
  return out;
}

function alignedCells(a: Fragment[], b: Fragment[]): number {
  return b.filter((f) =>
    a.some((g) => Math.abs(g.box.x0 - f.box.x0) <= ALIGN || Math.abs(g.box.x1 - f.box.x1) <= ALIGN ||
      Math.abs((g.box.x0 + g.box.x1) / 2 - (f.box.x0 + f.box.x1) / 2) <= ALIGN),
  ).length;
}

export function tableFinding(table: DetectedTable, fragments: Fragment[], page: number): Finding {
  const inside = fragments
    .filter((f) => contains(table.box, (f.box.x0 + f.box.x1) / 2, (f.box.y0 + f.box.y1) / 2))
    .sort((a, b) => a.baseline - b.baseline || a.box.x0 - b.box.x0);
  const start = inside.slice(0, 3).map(fragmentText).join(" | ");
  const kind = table.ruled ? "ruled table" : "text aligned as a table";
  const evidence = `page ${page}: ${kind}, ${table.rows} rows × ${table.columns} columns, starting "${clip(start, 50)}"`;
  return finding("tables", evidence, page);
}
