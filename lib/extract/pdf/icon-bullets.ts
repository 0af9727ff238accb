/**
 * Bullets drawn with an icon font. LaTeX templates (moderncv's marvosym and Font Awesome circles)
 * set list bullets as glyphs of a symbol font whose Unicode map says "{" or "␣": an ATS reads a
 * stray character, or nothing, where the reader sees a bullet. Such a glyph is told from a
 * pictogram (a telephone, a trophy) by how it is used: the same glyph, of no known meaning, opening
 * several list items at one indent.
 */
import { iconMeaningOf } from "../icon-meaning";
import type { Fragment, Glyph } from "./types";

/** A bullet style is a list: at least this many items at one indent. */
const MIN_ITEMS = 3;
/** Items of one list start within this distance (points) of each other. */
const SAME_INDENT = 1;
/** Text this much larger than the body is a heading, whatever glyph stands before it. */
const LARGER_THAN_BODY = 1.15;

/** Sets role "bullet" on icon glyphs used as list bullets, over the whole document. */
export function markIconBullets(pages: Fragment[][]): void {
  const body = bodySize(pages.flat());
  const leading = new Map<string, Glyph[]>();
  for (const fragments of pages) {
    for (const f of fragments) {
      const icon = f.icons[0];
      // List items are set in the body size; an icon before larger text decorates a heading.
      if (f.size > LARGER_THAN_BODY * body) continue;
      // The icon must come before the fragment's text, not sit inside or after it.
      if (!icon || icon.x + icon.width > f.box.x0 + 0.5 || !/\p{L}/u.test(f.glyphs.map((g) => g.text).join(""))) continue;
      if (startsAnotherLine(fragments, f, icon)) continue;
      const key = `${icon.font.id}:${icon.code ?? icon.text}`;
      const list = leading.get(key) ?? [];
      list.push(icon);
      leading.set(key, list);
    }
  }
  for (const icons of leading.values()) {
    const meaning = iconMeaningOf({ text: icons[0].text, fontName: icons[0].font.name, glyphName: icons[0].glyphName, code: icons[0].code });
    if (meaning !== "other") continue;
    const xs = icons.map((g) => g.x).sort((a, b) => a - b);
    let best = 0;
    for (let i = 0, j = 0; j < xs.length; j++) {
      while (xs[j] - xs[i] > SAME_INDENT) i++;
      best = Math.max(best, j - i + 1);
    }
    if (best >= MIN_ITEMS) for (const g of icons) g.role = "bullet";
  }
}

/** The font size most characters are set in. */
function bodySize(fragments: Fragment[]): number {
  const chars = new Map<number, number>();
  for (const f of fragments) chars.set(Math.round(f.size * 2) / 2, (chars.get(Math.round(f.size * 2) / 2) ?? 0) + f.glyphs.length);
  let best = 0, size = Infinity;
  for (const [s, n] of chars) if (n > best) [best, size] = [n, s];
  return size;
}

/** Text on the same baseline to the left of the icon: it is a field label inside a line, not a bullet. */
function startsAnotherLine(fragments: Fragment[], host: Fragment, icon: Glyph): boolean {
  return fragments.some((o) => o !== host && !o.rotated && o.box.x1 <= icon.x + 0.5 && Math.abs(o.baseline - host.baseline) <= 0.4 * Math.max(o.size, host.size) && icon.x - o.box.x1 < 6 * host.size);
}
