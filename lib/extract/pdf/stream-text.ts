/**
 * The page as a plain, layout-unaware ATS reads it: characters in content-stream order, a new line
 * whenever the baseline moves, a space wherever the gap is a space wide. Ligatures, icon glyphs and
 * letter-spacing stay as printed.
 */
import type { Glyph } from "./types";

export function streamText(glyphs: Glyph[]): string {
  let out = "";
  let prev: Glyph | null = null;
  let pendingSpace = false;
  for (const g of glyphs) {
    if (g.space || g.text.trim() === "") {
      if (prev) pendingSpace = true;
      continue;
    }
    if (prev) {
      const em = Math.max(prev.size, g.size, 1);
      const newLine = Math.abs(g.y - prev.y) > 0.5 * em && Math.abs(g.angle) < 0.02;
      const gap = g.x - (prev.x + prev.width);
      if (newLine || gap < -em) out += "\n";
      else if (pendingSpace || gap > 0.12 * Math.min(prev.size, g.size)) out += " ";
    }
    out += g.text;
    prev = g;
    pendingSpace = false;
  }
  return out;
}
