/**
 * Hyperlinks: a PDF's link annotations are areas of the page that open a URL. An ATS reading the
 * text layer never sees them, but they say what a printed label means ("LinkedIn" that opens
 * linkedin.com/in/jane, "jane" beside a logo that opens github.com/jane). Each glyph inside such an
 * area records the target, so the parser can recover a link the text only hints at.
 */
import { contains, transformBox, type Box, type Matrix } from "./geometry";
import type { Glyph } from "./types";

export interface LinkArea {
  box: Box;
  /** The target as written in the PDF: "https://…", "mailto:…", "tel:…". */
  url: string;
}

/** What pdf.js's page.getAnnotations() returns, read defensively. */
interface AnnotationData {
  subtype?: string;
  url?: string;
  unsafeUrl?: string;
  rect?: number[];
}

/** Link annotations with a URL target (internal jumps to a page or section are left out). */
export function linkAreas(annotations: unknown[], viewport: Matrix): LinkArea[] {
  const out: LinkArea[] = [];
  for (const raw of annotations) {
    const a = raw as AnnotationData | null;
    if (a?.subtype !== "Link" || !Array.isArray(a.rect) || a.rect.length !== 4) continue;
    const url = (a.url ?? a.unsafeUrl ?? "").trim();
    if (!url || !/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
    out.push({ url, box: transformBox(viewport, a.rect[0], a.rect[1], a.rect[2], a.rect[3]) });
  }
  return out;
}

/** Sets `link` on every glyph whose centre lies in a link area (the smallest, when areas nest). */
export function attachLinks(glyphs: Glyph[], areas: LinkArea[]): void {
  if (areas.length === 0) return;
  for (const g of glyphs) {
    const cx = g.x + g.width / 2;
    const cy = g.y - 0.3 * g.size;
    let best: LinkArea | null = null;
    for (const area of areas) {
      if (!contains(area.box, cx, cy, 0.5)) continue;
      if (!best || size(area.box) < size(best.box)) best = area;
    }
    if (best) g.link = best.url;
  }
}

const size = (b: Box) => (b.x1 - b.x0) * (b.y1 - b.y0);
