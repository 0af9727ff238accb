/**
 * Font facts from the font's real name. pdf.js exposes fonts under generated ids ("g_d0_f3"); the base
 * font name ("ABCDEF+Lato-Bold") is the only reliable hint of weight and style in most resumes, whose
 * subset fonts rarely set the descriptor flags.
 */
import type { FontInfo } from "./types";

/** What pdf.js keeps of a loaded font (FontFaceObject), read defensively. */
export interface PdfJsFont {
  name?: string;
  loadedName?: string;
  bold?: boolean;
  black?: boolean;
  italic?: boolean;
  ascent?: number;
  descent?: number;
  fontMatrix?: number[];
  bbox?: number[];
  vertical?: boolean;
  isType3Font?: boolean;
  /** Encoding differences, char code → glyph name (only with pdf.js's fontExtraProperties). */
  differences?: Record<number, string> | string[];
}

const ICON_FONT =
  /awesome|fontawesome|material.?(icons|symbols)|academicons|simpleicons|simple-icons|ionicons|glyphicons|octicons|feather|fontello|icomoon|bootstrap-?icons|remixicon|tabler|lineicons|entypo|typicons|foundation-?icons|devicon|themify|linearicons|marvosym|bbding|wasy\d|emoji|(^|[-_ ])icons?($|[-_ ])|iconfont|materialdesignicons|phosphor|boxicons|mdi$/i;
const DINGBAT_FONT = /wingdings|webdings|dingbats|zapf.?dingbats|marlett|bookshelf.?symbol|^symbol$|fontawesome/i;
// Includes TeX's Computer Modern / EC names: CMBX10 is bold, CMTI10 italic, SFSL1000 slanted.
const BOLD = /bold|black|heavy|demi|[-_,]bd$|[-_,]sb$|^(cm|sf|lm)bx|^(cm|sf)b\d/i;
const ITALIC = /italic|oblique|slanted|kursiv|[-_,]it$|[-_,]bdit$|^(cm|sf)(bx)?(ti|sl)\d/i;

/** "ABCDEF+Lato-Bold" → "Lato-Bold". */
export function baseFontName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, "");
}

export function fontInfo(id: string, font: PdfJsFont | null): FontInfo {
  const name = baseFontName(font?.name || id);
  const icon = ICON_FONT.test(name);
  const ascent = typeof font?.ascent === "number" && font.ascent > 0.4 && font.ascent < 1.3 ? font.ascent : 0.8;
  const descent = typeof font?.descent === "number" && font.descent < 0 && font.descent > -0.6 ? font.descent : -0.2;
  return {
    id,
    name,
    bold: Boolean(font?.bold || font?.black) || BOLD.test(name),
    italic: Boolean(font?.italic) || ITALIC.test(name),
    icon,
    dingbat: !icon && DINGBAT_FONT.test(name),
    ascent,
    descent,
  };
}
