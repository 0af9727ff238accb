/**
 * Text a reader cannot see but an ATS reads: invisible render mode, zero opacity, white or
 * background-coloured fill, microscopic size, or placed off the page. The invisible text layer that
 * OCR lays over a scanned page is hidden on purpose and is not reported.
 */
import { clip, finding, type Finding } from "../../warnings/finding";
import { area, contains, intersect, type Box } from "./geometry";
import type { Glyph, PageGraphics, Paint } from "./types";

/** Below this size (points) text is unreadable when printed. */
const TINY = 2;
/** WCAG contrast ratio under which text is indistinguishable from its background (1 = identical). */
const MIN_CONTRAST = 1.25;
/** A raster image covering this share of the page makes invisible text an OCR layer. */
const SCAN_COVER = 0.5;

type Reason = "invisible" | "background" | "tiny" | "offpage";

const LABEL: Record<Reason, string> = {
  invisible: "invisible text",
  background: "text in the background colour",
  tiny: "tiny text",
  offpage: "text outside the page",
};

/** Why each hidden glyph of the page is hidden; sets `hidden` on those glyphs. */
export function markHiddenGlyphs(graphics: PageGraphics, pageBox: Box): Map<Glyph, Reason> {
  const pageArea = area(pageBox);
  const scans = graphics.images.filter((i) => i.raster && area(i.box) >= SCAN_COVER * pageArea).map((s) => s.box);
  const out = new Map<Glyph, Reason>();
  for (const g of graphics.glyphs) {
    if (g.space || !g.text.trim()) continue;
    const reason = hiddenReason(g, graphics, pageBox, scans);
    if (!reason) continue;
    g.hidden = true;
    out.set(g, reason);
  }
  return out;
}

export function hiddenTextFindings(graphics: PageGraphics, pageBox: Box, page: number, hidden = markHiddenGlyphs(graphics, pageBox)): Finding[] {
  const runs = new Map<Reason, Glyph[][]>();
  let last: { reason: Reason; seq: number } | null = null;
  for (const g of graphics.glyphs) {
    if (g.space || !g.text.trim()) continue;
    const reason = hidden.get(g);
    if (!reason) {
      last = null;
      continue;
    }
    const list = runs.get(reason) ?? [];
    if (last && last.reason === reason && g.seq - last.seq <= 3) list[list.length - 1].push(g);
    else list.push([g]);
    runs.set(reason, list);
    last = { reason, seq: g.seq };
  }
  const out: Finding[] = [];
  for (const [reason, list] of runs) {
    const texts = list.map((run) => runText(run, graphics.glyphs));
    const words = texts.join(" ").split(/\s+/).filter(Boolean).length;
    const color = list[0][0].color;
    const label = reason === "background" && Array.isArray(color) && luminance(color) > 0.85 ? "white text" : LABEL[reason];
    out.push(finding("hidden_text", `page ${page}: ${label} "${clip(texts.join(" … "), 60)}"`, page, Math.max(1, words)));
  }
  return out;
}

function hiddenReason(g: Glyph, graphics: PageGraphics, pageBox: Box, scans: Box[]): Reason | null {
  const cx = g.x + g.width / 2;
  const cy = g.y - 0.3 * g.size;
  if (g.invisible) return scans.some((b) => contains(b, cx, cy, 2)) || drawnAsShapes(g, graphics) ? null : "invisible";
  if (g.x + g.width < pageBox.x0 - 1 || g.x > pageBox.x1 + 1 || g.y < pageBox.y0 - 1 || g.y - g.size > pageBox.y1 + 1) return "offpage";
  if (g.size < TINY) return "tiny";
  if (Array.isArray(g.color)) {
    const bg = backgroundAt(graphics, g.paintIndex, cx, cy);
    // Only light grounds: a dark fill "behind" text is as often a ring or frame drawn around it.
    if (Array.isArray(bg) && luminance(bg) >= 0.5 && contrast(g.color, bg) < MIN_CONTRAST) return "background";
  }
  return null;
}

/**
 * Invisible text laid over the same words drawn as outlines or as a picture is there to be selected
 * (Chrome prints text with effects this way; OCR does it over scans): the reader sees the words.
 */
function drawnAsShapes(g: Glyph, graphics: PageGraphics): boolean {
  const box = { x0: g.x, y0: g.y - g.size * 0.8, x1: g.x + g.width, y1: g.y + g.size * 0.2 };
  return graphics.regions.some((r) => {
    const overlap = intersect(r.box, box);
    if (!overlap || area(overlap) < 0.3 * area(box)) return false;
    return r.kind === "image" || r.box.y1 - r.box.y0 <= 3 * g.size;
  });
}

/** The paint under a point when the glyph was drawn: the last region painted there, else white paper. */
function backgroundAt(graphics: PageGraphics, before: number, x: number, y: number): Paint {
  for (let i = before - 1; i >= 0; i--) {
    const r = graphics.regions[i];
    if (contains(r.box, x, y)) return r.paint;
  }
  return [1, 1, 1];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The run's characters with the spaces of the content stream between them. */
function runText(run: Glyph[], all: Glyph[]): string {
  let text = "";
  for (let i = 0; i < run.length; i++) {
    if (i > 0 && (run[i].seq - run[i - 1].seq > 1 || all[run[i].seq - 1]?.space)) text += " ";
    text += run[i].text;
  }
  return text.trim();
}
