/**
 * What a symbol character is to an ATS: a pictogram standing in for a word (an icon: a telephone
 * before the number), a bullet or separator (harmless punctuation), or ordinary text.
 *
 * Word stores symbol-font characters (Wingdings, Symbol, Webdings) as codes in the font's own
 * layout, often shifted into the private-use area (U+F020–F0FF). `decodeSymbolFont` maps them to
 * the Unicode character they draw, which is what a careful extractor reports; a plain ATS reads the
 * raw private-use code, which means nothing.
 */
import * as dingbats from "dingbat-to-unicode";

export type GlyphKind = "icon" | "bullet" | "text";

/** Fonts whose character codes are pictures, not letters. */
const SYMBOL_FONT_RE = /^(wingdings( [23])?|webdings|symbol|zapf ?dingbats|ms outlook|marlett|bookshelf symbol 7|ms reference specialty)$/i;
/** Icon fonts used by resume templates (Font Awesome and friends): their codes are all private-use. */
const ICON_FONT_RE = /awesome|material (icons|symbols)|icomoon|glyphicons|ionicons|feather|remixicon|bootstrap-icons|fontello/i;

/**
 * Shapes that templates use as bullets and separators ("•", "▪", "◆", "➢", "✓"); listed explicitly
 * because some of them are also emoji.
 */
const BULLET_RE =
  /^[\u00B7\u2022\u2023\u2043\u2219\u25A0-\u25FF\u2B1B-\u2B2F\u2B50-\u2B59\u26AA\u26AB\u2190-\u21FF\u2794-\u27BF\u2B60-\u2BFF\u2713\u2714\u2756\u2605\u2606\u2666\u2660\u2663\u2665\u{1F780}-\u{1F7FF}]$/u;
/** Pictogram blocks: technical symbols, miscellaneous symbols, dingbats, emoji and pictographs. */
const PICTOGRAPH_RE = /^(?:\p{Extended_Pictographic}|[\u2300-\u23FF\u2600-\u27BF\u{1F000}-\u{1FAFF}])$/u;
const PRIVATE_USE_RE = /^[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]$/u;

export function isSymbolFont(font: string | null | undefined): boolean {
  return !!font && SYMBOL_FONT_RE.test(font.trim());
}

export function isIconFont(font: string | null | undefined): boolean {
  return !!font && ICON_FONT_RE.test(font);
}

/**
 * The Unicode character a symbol-font code draws, or null when the font or code is unknown.
 * `code` may be the raw byte (0x28) or Word's private-use form (0xF028).
 */
export function decodeSymbolFont(font: string, code: number): string | null {
  const byte = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (byte > 0xff) return null;
  const mapped = dingbats.codePoint(font.trim(), byte);
  return mapped ? mapped.string : null;
}

/** Classifies one character (a single code point) as an ATS would suffer it. */
export function classifyGlyph(ch: string): GlyphKind {
  if (BULLET_RE.test(ch)) return "bullet";
  if (PRIVATE_USE_RE.test(ch)) return "icon";
  if (PICTOGRAPH_RE.test(ch) && !/^[\u00A9\u00AE\u2122]$/.test(ch)) return "icon";
  return "text";
}

export function isPrivateUse(ch: string): boolean {
  return PRIVATE_USE_RE.test(ch);
}

/**
 * Icons among characters whose font is unknown (DOC text, PDF text without a usable font name):
 * private-use characters, unless Symbol or Wingdings would draw them as a bullet.
 */
export function findIconGlyphs(text: string): string[] {
  const icons: string[] = [];
  for (const ch of text) {
    if (!isPrivateUse(ch)) continue;
    const code = ch.codePointAt(0)!;
    const asBullet = ["Symbol", "Wingdings"].some((font) => {
      const drawn = decodeSymbolFont(font, code);
      return drawn !== null && classifyGlyph(drawn) === "bullet";
    });
    if (!asBullet) icons.push(ch);
  }
  return icons;
}

/** Evidence for a glyph: private-use characters render as nothing, so show their code point. */
export function describeGlyph(ch: string): string {
  return isPrivateUse(ch) ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : ch;
}
