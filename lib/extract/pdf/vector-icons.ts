/**
 * Icons drawn as vector shapes (SVG icons in HTML-to-PDF and design-tool exports) beside contact
 * details. An ATS reads nothing for them, so "jane@example.com" arrives without its "Email" label;
 * reported with the icon-font glyphs. Rating dots (a row of equal shapes) and bullets (smaller than
 * the text) are not icons.
 */
import { clip, finding, type Finding } from "../../warnings/finding";
import { intersect, union, type Box } from "./geometry";
import { fragmentText } from "./header-footer";
import type { Fragment, PaintedRegion } from "./types";

const MIN_SIDE = 5;
const MAX_SIDE = 24;
const CONTACT = /@|\d[\d\s().-]{6,}\d|linkedin|github|gitlab|twitter|www\.|https?:|\.(com|org|net|io|dev|me)\b|,\s*[A-Z]{2}\b/i;

export function vectorIconFinding(regions: PaintedRegion[], fragments: Fragment[], page: number): Finding | null {
  const shapes = clusters(regions.filter((r) => r.kind === "fill" && r.paint !== null && isSmall(r.box)).map((r) => r.box)).filter(isIconSized);
  const icons: { box: Box; text: string }[] = [];
  for (const box of shapes) {
    if (inRow(box, shapes)) continue;
    const label = besideText(box, fragments);
    if (label) icons.push({ box, text: fragmentText(label) });
  }
  if (icons.length < 2) return null;
  const contact = icons.find((i) => CONTACT.test(i.text));
  if (!contact) return null;
  return finding("icon_glyphs", `page ${page}: ${icons.length} vector icons next to "${clip(contact.text, 40)}"`, page, icons.length);
}

const isSmall = (b: Box) => b.x1 - b.x0 <= MAX_SIDE && b.y1 - b.y0 <= MAX_SIDE;

function isIconSized(b: Box): boolean {
  const w = b.x1 - b.x0, h = b.y1 - b.y0;
  return Math.max(w, h) >= MIN_SIDE && isSmall(b) && w / Math.max(h, 0.1) > 0.4 && w / Math.max(h, 0.1) < 2.5;
}

/** Shapes that touch form one icon (an envelope drawn as outline plus flap). */
function clusters(boxes: Box[]): Box[] {
  const out: Box[] = [];
  for (const b of boxes) {
    const grown = { x0: b.x0 - 0.5, y0: b.y0 - 0.5, x1: b.x1 + 0.5, y1: b.y1 + 0.5 };
    const i = out.findIndex((c) => intersect(c, grown));
    if (i >= 0) out[i] = union([out[i], b]);
    else out.push({ ...b });
  }
  return out;
}

/** Part of a row of like shapes: skill-rating dots or bars. */
function inRow(box: Box, shapes: Box[]): boolean {
  const w = box.x1 - box.x0, h = box.y1 - box.y0;
  return shapes.some(
    (o) => o !== box && Math.abs(o.y0 - box.y0) < 1 && Math.abs(o.x1 - o.x0 - w) < 1 && Math.abs(o.y1 - o.y0 - h) < 1 && Math.abs(o.x0 - box.x0) < 2.2 * w,
  );
}

/** The text right beside the shape on its line, on either side. */
function besideText(box: Box, fragments: Fragment[]): Fragment | null {
  const cy = (box.y0 + box.y1) / 2;
  const h = box.y1 - box.y0;
  for (const f of fragments) {
    const fy = (f.box.y0 + f.box.y1) / 2;
    if (Math.abs(fy - cy) > 0.6 * f.size || h > 2 * f.size || h < 0.5 * f.size) continue;
    const after = f.box.x0 - box.x1;
    const before = box.x0 - f.box.x1;
    if ((after >= -1 && after <= 2 * f.size) || (before >= -1 && before <= 2 * f.size)) return f;
  }
  return null;
}
