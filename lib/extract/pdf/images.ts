/**
 * Pictures on the page (photos, logos, charts, skill bars as images) and pages that are only a
 * picture: a scan or an export to image has no text for an ATS to read.
 */
import { finding, type Finding } from "../../warnings/finding";
import { area, contains, type Box } from "./geometry";
import type { ImagePlacement, PageGraphics } from "./types";

/** Images smaller than this on either side (points) are bullets, rules or dots: not worth a warning. */
const MIN_SIDE = 8;
/** A page whose text is shorter than this has no usable text layer. */
const MIN_TEXT_CHARS = 20;
/** An image-only page: images cover at least this share of the page... */
const SCAN_COVER = 0.2;
/** ...or the page is drawn with this many paths and no text (text converted to outlines). */
const OUTLINED_TEXT_PATHS = 150;

export interface PageImages {
  /** Images large enough to count. */
  count: number;
  findings: Finding[];
  hasTextLayer: boolean;
}

export function pageImages(graphics: PageGraphics, pageBox: Box, page: number): PageImages {
  const visible = graphics.images.filter(
    (i) => i.box.x1 - i.box.x0 >= MIN_SIDE && i.box.y1 - i.box.y0 >= MIN_SIDE && !isBackground(i, graphics),
  );
  const findings: Finding[] = [];
  const chars = graphics.glyphs.filter((g) => !g.space && g.text.trim() !== "").length;
  const pageArea = area(pageBox) || 1;
  const covered = Math.min(1, visible.reduce((sum, i) => sum + area(i.box), 0) / pageArea);
  const hasTextLayer = chars >= MIN_TEXT_CHARS || (chars > 0 && covered < SCAN_COVER);
  const imageOnly = !hasTextLayer && (covered >= SCAN_COVER || graphics.pathCount >= OUTLINED_TEXT_PATHS);
  // On an image-only page the picture is the whole problem: no_text_layer says it.
  if (visible.length && !imageOnly) {
    const largest = visible.reduce((a, b) => (area(b.box) > area(a.box) ? b : a));
    const w = Math.round(largest.box.x1 - largest.box.x0), h = Math.round(largest.box.y1 - largest.box.y0);
    const where = `at x=${Math.round(largest.box.x0)}pt, y=${Math.round(largest.box.y0)}pt`;
    const evidence = `page ${page}: ${visible.length} image${visible.length === 1 ? "" : "s"}, largest ${w}×${h}pt ${where}`;
    findings.push(finding("images", evidence, page, visible.length));
  }
  if (imageOnly) {
    const what = covered >= SCAN_COVER ? `an image covering ${Math.round(covered * 100)}% of the page` : `${graphics.pathCount} drawn shapes`;
    findings.push(finding("no_text_layer", `page ${page}: ${what} and ${chars === 0 ? "no" : `only ${chars} characters of`} selectable text`, page));
  }
  return { count: visible.length, findings, hasTextLayer };
}

/**
 * An image with text printed over it is a background (a tag chip, a banner) and a scan with an OCR
 * text layer is read through that layer: either way the text is there for an ATS.
 */
function isBackground(image: ImagePlacement, graphics: PageGraphics): boolean {
  return graphics.glyphs.some((g) => g.paintIndex > image.paintIndex && !g.space && contains(image.box, g.x + g.width / 2, g.y - 0.3 * g.size));
}
