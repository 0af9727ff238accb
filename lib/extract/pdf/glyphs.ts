/**
 * Which characters are icons and which are undecodable. Icon fonts (FontAwesome, Material Icons) draw
 * pictograms at letter codes or private-use codes: an ATS reads stray symbols. A font without a
 * Unicode map yields control characters, U+FFFD or private-use codes for ordinary letters: an ATS
 * reads gibberish. The two are told apart by the font's name and by how much of its text is affected:
 * a handful of private-use glyphs in a font used for nothing else are icons, a text font full of
 * them is garbled.
 */
import { clip, finding, type Finding } from "../../warnings/finding";
import { BREAK_NONE } from "./fragments";
import { streamText } from "./stream-text";
import type { Fragment, Glyph } from "./types";

const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/u;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;
/** A font whose text is mostly private-use and which is used sparingly is an icon font by usage. */
const ICON_SHARE = 0.6;
const MAX_ICONS_PER_FONT = 60;
/** Fewer undecodable characters than this on a page are noise (a stray control code). */
const MIN_GARBLED = 3;

export const isPrivateUse = (text: string) => PRIVATE_USE.test(text);

/** Sets `role` on every glyph of the document: icon-font glyphs and private-use icons become icons. */
export function classifyGlyphs(pages: Glyph[][]): void {
  const stats = new Map<string, { chars: number; pua: number }>();
  for (const glyphs of pages) {
    for (const g of glyphs) {
      if (g.space || !g.text.trim()) continue;
      const s = stats.get(g.font.id) ?? { chars: 0, pua: 0 };
      s.chars++;
      if (PRIVATE_USE.test(g.text)) s.pua++;
      stats.set(g.font.id, s);
    }
  }
  for (const glyphs of pages) {
    for (const g of glyphs) {
      if (g.font.icon) {
        g.role = "icon";
        continue;
      }
      if (!PRIVATE_USE.test(g.text) || g.font.dingbat) continue;
      const s = stats.get(g.font.id)!;
      if (s.pua >= ICON_SHARE * s.chars && s.pua <= MAX_ICONS_PER_FONT) g.role = "icon";
    }
  }
}

/**
 * Symbol-font glyphs (Wingdings, ZapfDingbats) are bullets at the start of a line and icons
 * elsewhere. Icons are taken out of the layout text (the stream text keeps them).
 */
export function separateDingbatIcons(fragments: Fragment[]): void {
  for (const f of fragments) {
    for (let i = f.glyphs.length - 1; i >= 1; i--) {
      const g = f.glyphs[i];
      if (!g.font.dingbat) continue;
      g.role = "icon";
      // Keep the word break that preceded the icon on the glyph that now follows it.
      if (i + 1 < f.glyphs.length && f.breaks[i] !== BREAK_NONE && f.breaks[i + 1] === BREAK_NONE) f.breaks[i + 1] = f.breaks[i];
      f.glyphs.splice(i, 1);
      f.breaks.splice(i, 1);
    }
  }
}

export function iconFinding(glyphs: Glyph[], page: number): Finding | null {
  const icons = glyphs.filter((g) => g.role === "icon" && !g.space && g.text.trim() !== "");
  if (icons.length === 0) return null;
  const fonts = [...new Set(icons.map((g) => g.font.name))].slice(0, 2).join(", ");
  const first = icons[0];
  const after = glyphs.filter((g) => g.seq > first.seq && g.role === "text").slice(0, 60);
  const next = streamText(after).trim().split(/\s+/).slice(0, 3).join(" ");
  const evidence = `page ${page}: ${icons.length} icon glyph${icons.length === 1 ? "" : "s"} from ${fonts}${next ? ` next to "${clip(next, 40)}"` : ""}`;
  return finding("icon_glyphs", evidence, page, icons.length);
}

/** Characters an ATS cannot decode: control codes, U+FFFD, unmapped glyphs, private-use letters. */
export function isGarbled(g: Glyph): boolean {
  if (g.role !== "text" || g.space) return false;
  if (g.text === "") return g.width > 0;
  return CONTROL.test(g.text) || (PRIVATE_USE.test(g.text) && !g.font.dingbat);
}

export function garbledFinding(glyphs: Glyph[], page: number): Finding | null {
  const bad = glyphs.filter(isGarbled);
  const text = glyphs.map((g) => g.text).join("");
  const cids = text.match(/\(cid:\d+\)/g)?.length ?? 0;
  const count = bad.length + cids;
  const visible = glyphs.filter((g) => !g.space && g.text.trim() !== "").length;
  if (count < MIN_GARBLED && !(count > 0 && count >= 0.5 * visible)) return null;
  const at = bad.length ? glyphs.indexOf(bad[0]) : 0;
  const snippet = glyphs
    .slice(Math.max(0, at - 8), at + 24)
    .map((g) => (isGarbled(g) ? "\uFFFD" : g.text))
    .join("");
  return finding("garbled_text", `page ${page}: "${clip(snippet, 50)}"`, page, count);
}
