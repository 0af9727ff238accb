/** Internal types of the PDF reader: what the operator walk produces and the layout steps consume. */
import type { Box } from "./geometry";

export interface FontInfo {
  /** pdf.js's name for the loaded font ("g_d0_f3"). */
  id: string;
  /** The PDF's base font name without the subset prefix ("Lato-Bold"), or the id when unknown. */
  name: string;
  bold: boolean;
  italic: boolean;
  /** An icon font (FontAwesome, Material Icons...): every glyph is a pictogram. */
  icon: boolean;
  /** A symbol font (Wingdings, Webdings, ZapfDingbats): bullets, ticks and pictograms. */
  dingbat: boolean;
  /** Ascent and descent per em, for boxes. */
  ascent: number;
  descent: number;
}

/** sRGB in 0..1; "pattern" for gradient and tiling fills; null for a transparent paint. */
export type Paint = [number, number, number] | "pattern" | null;

/** How a character is treated downstream: text, an icon (a pictogram), or an icon-font list bullet. */
export type GlyphRole = "text" | "icon" | "bullet";

/** One character as painted: where, in which font and colour. Coordinates: page points, top-left origin. */
export interface Glyph {
  /** Unicode as the font maps it (may be empty, several characters, a ligature, a private-use code). */
  text: string;
  /** Baseline origin. */
  x: number;
  y: number;
  /** Advance along the baseline without character/word spacing: the glyph's own width. */
  width: number;
  /** Font size in page points (text matrix and CTM included). */
  size: number;
  /** 0 for upright text; otherwise the baseline's angle in radians (rotated or vertical text). */
  angle: number;
  font: FontInfo;
  /** A space character in the content stream (not a gap we inferred). */
  space: boolean;
  /** Paint of the glyph (fill, or stroke for stroke-only text). */
  color: Paint;
  /** Text render mode 3/7, or a fill alpha of zero. */
  invisible: boolean;
  /** Drawn slanted by the text matrix (synthetic italic) or stroked as well as filled (synthetic bold). */
  slanted: boolean;
  stroked: boolean;
  /** Content-stream order. */
  seq: number;
  /** How many painted regions (fills, images) precede this glyph: its possible backgrounds. */
  paintIndex: number;
  role: GlyphRole;
  /** Character code in the content stream, and its glyph name in the font's encoding when known. */
  code: number | null;
  glyphName: string | null;
  /** Target of a link annotation whose area covers the glyph (a hyperlink), or null. */
  link: string | null;
  /** A reader cannot see it (see hidden-text.ts); set before lines are built. */
  hidden: boolean;
}

export interface PaintedRegion {
  box: Box;
  paint: Paint;
  kind: "fill" | "image" | "shading";
}

/** A thin straight line (stroked segment or hairline rectangle), horizontal or vertical. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  horizontal: boolean;
}

export interface ImagePlacement {
  box: Box;
  /** Stencil masks are painted in the fill colour (often icons); true for plain raster images. */
  raster: boolean;
  /** Index of its entry in `regions`: glyphs with a higher `paintIndex` are drawn over it. */
  paintIndex: number;
}

export interface PageGraphics {
  glyphs: Glyph[];
  regions: PaintedRegion[];
  rules: Rule[];
  images: ImagePlacement[];
  /** Number of filled or stroked paths: text converted to outlines shows up as many paths and no glyphs. */
  pathCount: number;
}

/** Glyphs on one baseline with no large gap: a piece of a line that never crosses a column gutter. */
export interface Fragment {
  glyphs: Glyph[];
  /** breaks[i]: what precedes glyphs[i]: 0 nothing, 1 a gap read as a space, 2 a space character. */
  breaks: number[];
  box: Box;
  /** Baseline y. */
  baseline: number;
  /** Dominant font size. */
  size: number;
  /** Rotated or vertical text, laid out separately. */
  rotated: boolean;
  /**
   * Icon glyphs (Font Awesome and friends) set on this fragment's baseline at or just before it:
   * not text, but they label the text that follows ("" janedoe). Outside `glyphs` and `box`, so
   * layout never sees them; lines turn them into icon spans.
   */
  icons: Glyph[];
}
