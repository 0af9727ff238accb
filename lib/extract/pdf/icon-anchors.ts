/**
 * Icon glyphs are kept out of fragments (layout must not treat a pictogram as text), but they
 * label the text beside them: "" before "janedoe" says GitHub. Each icon is anchored to the
 * fragment it introduces — the one starting just after it on its baseline, else the one it sits
 * inside or just after — so the line can carry it as an icon span.
 */
import type { Fragment, Glyph } from "./types";

/** How far (in ems) an icon may sit from the text it labels. */
const MAX_ICON_GAP_EM = 2.5;

export function anchorIcons(fragments: Fragment[], glyphs: Glyph[]): void {
  for (const g of glyphs) {
    if (g.role !== "icon" || g.invisible || g.space || Math.abs(g.angle) > 0.02) continue;
    if (!g.text.trim() && !g.glyphName) continue;
    const host = anchorFor(g, fragments);
    if (host) host.icons.push(g);
  }
  for (const f of fragments) if (f.icons.length > 1) f.icons.sort((a, b) => a.x - b.x);
}

function anchorFor(g: Glyph, fragments: Fragment[]): Fragment | null {
  const top = g.y - g.font.ascent * g.size;
  const bottom = g.y - g.font.descent * g.size;
  let after: { f: Fragment; d: number } | null = null;
  let before: { f: Fragment; d: number } | null = null;
  for (const f of fragments) {
    if (f.rotated) continue;
    const em = Math.max(g.size, f.size);
    const overlap = Math.min(bottom, f.box.y1) - Math.max(top, f.box.y0);
    if (overlap < 0.3 * Math.min(bottom - top, f.box.y1 - f.box.y0) && Math.abs(f.baseline - g.y) > 0.4 * em) continue;
    const right = f.box.x0 - (g.x + g.width);
    const left = g.x - f.box.x1;
    if (right >= -0.5 && right <= MAX_ICON_GAP_EM * em) {
      if (!after || right < after.d) after = { f, d: right };
    } else if (g.x > f.box.x0 && g.x < f.box.x1) {
      // Inside a fragment: between two of its words.
      if (!after || after.d > 0) after = { f, d: 0 };
    } else if (left >= -0.5 && left <= MAX_ICON_GAP_EM * em) {
      if (!before || left < before.d) before = { f, d: left };
    }
  }
  return after?.f ?? before?.f ?? null;
}
