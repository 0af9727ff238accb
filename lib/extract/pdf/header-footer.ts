/**
 * Running headers and footers: lines repeated in the top or bottom band of several pages (a name, a
 * contact line, "Page 1 of 2"). Many ATS drop page headers and footers, so contact details there are
 * lost. Page numbers alone lose nothing: they are marked as footer text but not reported.
 */
import { finding, type Finding } from "../../warnings/finding";
import { readableText } from "./fragments";
import type { Fragment } from "./types";

/** Top and bottom share of the page height searched for running lines. */
const BAND = 0.12;
/** Same line on different pages: baselines within this many points. */
const Y_TOLERANCE = 8;
const PAGE_NUMBER = /^(page|seite|pagina|página|strona|p\.?)?\s*#+\s*((of|von|de|di|sur|z|\/|\|)\s*#+)?$|^[-–—]\s*#+\s*[-–—]$/u;

export interface PageFragments {
  fragments: Fragment[];
  height: number;
}

export interface RunningLines {
  /** Per page (0-based index), the fragments that belong to a running header or footer. */
  header: Set<Fragment>[];
  footer: Set<Fragment>[];
  findings: Finding[];
}

interface BandRow {
  page: number;
  where: "top" | "bottom";
  baseline: number;
  fragments: Fragment[];
  key: string;
  text: string;
}

export function findRunningLines(pages: PageFragments[]): RunningLines {
  const header = pages.map(() => new Set<Fragment>());
  const footer = pages.map(() => new Set<Fragment>());
  const findings: Finding[] = [];
  if (pages.length < 2) return { header, footer, findings };
  const byKey = new Map<string, BandRow[]>();
  pages.forEach((p, index) => {
    for (const row of bandRows(p, index)) {
      const list = byKey.get(row.key) ?? [];
      list.push(row);
      byKey.set(row.key, list);
    }
  });
  const body = bodyTexts(pages);
  for (const [key, list] of byKey) {
    const first = list[0];
    // A sentence that is also printed in the body ("Led initiative … " repeated under each job) is
    // content that happens to sit at a page edge, not a running head.
    if (body.has(normalized(first.text)) && first.text.split(/\s+/).length >= 5 && !/@|\d{3}/.test(first.text)) continue;
    const matches = list.filter((r) => Math.abs(r.baseline - first.baseline) <= Y_TOLERANCE);
    const pageSet = new Set(matches.map((r) => r.page));
    if (pageSet.size < 2 || pageSet.size < 0.5 * pages.length) continue;
    for (const r of matches) for (const f of r.fragments) (r.where === "top" ? header : footer)[r.page].add(f);
    if (PAGE_NUMBER.test(key.slice(key.indexOf(":") + 1))) continue;
    const pageList = [...pageSet].sort((a, b) => a - b).map((p) => p + 1);
    const range = pageList.length > 2 ? `${pageList[0]}–${pageList[pageList.length - 1]}` : pageList.join(", ");
    findings.push(
      finding("header_footer_content", `${first.where === "top" ? "header" : "footer"} on pages ${range}: "${first.text}"`, pageList[0], pageSet.size),
    );
  }
  return { header, footer, findings };
}

function bandRows(page: PageFragments, index: number): BandRow[] {
  const rows: BandRow[] = [];
  const inBand = page.fragments.filter((f) => !f.rotated && (f.box.y1 <= BAND * page.height || f.box.y0 >= (1 - BAND) * page.height));
  inBand.sort((a, b) => a.baseline - b.baseline || a.box.x0 - b.box.x0);
  for (const f of inBand) {
    const where = f.box.y1 <= BAND * page.height ? "top" : "bottom";
    const row = rows.find((r) => r.where === where && Math.abs(r.baseline - f.baseline) <= 2);
    if (row) row.fragments.push(f);
    else rows.push({ page: index, where, baseline: f.baseline, fragments: [f], key: "", text: "" });
  }
  for (const row of rows) {
    row.fragments.sort((a, b) => a.box.x0 - b.box.x0);
    row.text = row.fragments.map(fragmentText).join(" ");
    row.key = `${row.where}:${row.text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim()}`;
  }
  return rows.filter((r) => r.text.trim().length > 0);
}

function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Texts of the lines outside the top and bottom bands of every page. */
function bodyTexts(pages: PageFragments[]): Set<string> {
  const out = new Set<string>();
  for (const page of pages) {
    const inside = page.fragments
      .filter((f) => !f.rotated && f.box.y1 > BAND * page.height && f.box.y0 < (1 - BAND) * page.height)
      .sort((a, b) => a.baseline - b.baseline || a.box.x0 - b.box.x0);
    let row: Fragment[] = [];
    const flush = () => {
      if (row.length) out.add(normalized(row.map(fragmentText).join(" ")));
      row = [];
    };
    for (const f of inside) {
      if (row.length && Math.abs(row[0].baseline - f.baseline) > 2) flush();
      row.push(f);
    }
    flush();
  }
  return out;
}

export function fragmentText(f: Fragment): string {
  return f.glyphs.map((g, i) => (i > 0 && f.breaks[i] ? " " : "") + readableText(g)).join("");
}
