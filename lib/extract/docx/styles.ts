/**
 * Resolves what Word would render for a run or paragraph: direct formatting over the character
 * style over the paragraph style over the document defaults, each style followed up its `basedOn`
 * chain. Needed because a heading is usually bold and large through its style, not through the run,
 * and white or hidden text can come from a style too.
 */
import { attr, child, elements, findAll, type XmlElement } from "./xml";

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  /** Half-points, as Word stores them (22 = 11pt). */
  halfPoints?: number;
  /** Hex "RRGGBB" or "auto". */
  color?: string;
  vanish?: boolean;
  font?: string;
  /** Run shading or highlight that paints a background behind the text. */
  shaded?: boolean;
  /** Target of the hyperlink the run sits in (w:hyperlink or a HYPERLINK field). */
  link?: string;
  /** A reader cannot see the run (hidden formatting, white on nothing coloured, 2pt or less). */
  hidden?: boolean;
}

export interface ParagraphProps {
  styleName: string | null;
  listItem: boolean;
  shaded: boolean;
  /** Resolved run properties of the paragraph's style (and the defaults) for its runs. */
  run: RunProps;
}

interface StyleDef {
  type: string;
  name: string | null;
  basedOn: string | null;
  rPr: RunProps;
  numbered: boolean | null;
  shaded: boolean;
}

export interface ThemeFonts {
  major: string | null;
  minor: string | null;
}

/** Word's built-in default when styles.xml says nothing: 10pt. */
const WORD_DEFAULT_HALF_POINTS = 20;

export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly resolved = new Map<string, RunProps>();
  private readonly defaults: RunProps;
  private readonly defaultParagraphStyle: string | null;

  constructor(stylesXml: XmlElement | null, private readonly theme: ThemeFonts) {
    const docDefaults = child(stylesXml ?? undefined, "w:docDefaults");
    const defaultRPr = child(child(docDefaults, "w:rPrDefault"), "w:rPr");
    this.defaults = { halfPoints: WORD_DEFAULT_HALF_POINTS, ...this.readRunProps(defaultRPr) };
    let defaultParagraph: string | null = null;
    for (const style of stylesXml ? elements(stylesXml, "w:style") : []) {
      const id = attr(style, "w:styleId");
      if (!id) continue;
      const type = attr(style, "w:type") ?? "paragraph";
      const pPr = child(style, "w:pPr");
      const numPr = child(pPr, "w:numPr");
      this.styles.set(id, {
        type,
        name: attr(child(style, "w:name"), "w:val") ?? null,
        basedOn: attr(child(style, "w:basedOn"), "w:val") ?? null,
        rPr: this.readRunProps(child(style, "w:rPr")),
        numbered: numPr ? attr(child(numPr, "w:numId"), "w:val") !== "0" : null,
        // A table style's shading may sit in its table, cell or conditional (header row) formats.
        shaded: type === "table" ? findAll(style, "w:shd").some(isShading) : isShading(child(pPr, "w:shd")),
      });
      if (type === "paragraph" && attr(style, "w:default") !== undefined && isOn(attr(style, "w:default"))) defaultParagraph = id;
    }
    this.defaultParagraphStyle = defaultParagraph;
  }

  /** Properties of a paragraph from its `w:pPr` (style, numbering, shading). */
  paragraph(pPr: XmlElement | undefined): ParagraphProps {
    const explicitStyle = attr(child(pPr, "w:pStyle"), "w:val") ?? null;
    const styleId = explicitStyle ?? this.defaultParagraphStyle;
    const numPr = child(pPr, "w:numPr");
    const directNumId = attr(child(numPr, "w:numId"), "w:val");
    const listItem = directNumId !== undefined ? directNumId !== "0" : this.inherited(styleId, (s) => s.numbered) ?? false;
    const shaded = isShading(child(pPr, "w:shd")) || (this.inherited(styleId, (s) => (s.shaded ? true : null)) ?? false);
    return {
      // Only a style the paragraph names: "Normal" by default says nothing about the paragraph.
      styleName: displayStyleName(explicitStyle ? (this.styles.get(explicitStyle)?.name ?? explicitStyle) : null),
      listItem,
      shaded,
      run: { ...this.defaults, ...this.styleRunProps(styleId) },
    };
  }

  /** Whether a table style paints any cell background (white text in such a table is not hidden). */
  tableStyleShaded(styleId: string | undefined): boolean {
    return !!styleId && (this.inherited(styleId, (s) => (s.shaded ? true : null)) ?? false);
  }

  /** Effective properties of a run in a paragraph. */
  run(paragraph: ParagraphProps, rPr: XmlElement | undefined): RunProps {
    const charStyle = attr(child(rPr, "w:rStyle"), "w:val") ?? null;
    return { ...paragraph.run, ...this.styleRunProps(charStyle), ...this.readRunProps(rPr) };
  }

  readRunProps(rPr: XmlElement | undefined): RunProps {
    const out: RunProps = {};
    if (!rPr) return out;
    for (const el of elements(rPr)) {
      switch (el.name) {
        case "w:b":
          out.bold = isOn(attr(el, "w:val"));
          break;
        case "w:i":
          out.italic = isOn(attr(el, "w:val"));
          break;
        case "w:sz": {
          const v = Number(attr(el, "w:val"));
          if (Number.isFinite(v) && v > 0) out.halfPoints = v;
          break;
        }
        case "w:color":
          out.color = (attr(el, "w:val") ?? "auto").toUpperCase();
          break;
        case "w:vanish":
        case "w:specVanish":
          out.vanish = isOn(attr(el, "w:val"));
          break;
        case "w:rFonts": {
          const font = attr(el, "w:ascii") ?? attr(el, "w:hAnsi") ?? this.themeFont(attr(el, "w:asciiTheme") ?? attr(el, "w:hAnsiTheme"));
          if (font) out.font = font;
          break;
        }
        case "w:shd":
          out.shaded = (out.shaded ?? false) || isShading(el);
          break;
        case "w:highlight": {
          const v = (attr(el, "w:val") ?? "none").toLowerCase();
          if (v !== "none" && v !== "white") out.shaded = true;
          break;
        }
      }
    }
    return out;
  }

  private themeFont(themeRef: string | undefined): string | undefined {
    if (!themeRef) return undefined;
    return (themeRef.startsWith("major") ? this.theme.major : this.theme.minor) ?? undefined;
  }

  /** Run properties a style contributes, its `basedOn` ancestors first. */
  private styleRunProps(styleId: string | null): RunProps {
    if (!styleId) return {};
    const cached = this.resolved.get(styleId);
    if (cached) return cached;
    const chain: StyleDef[] = [];
    const seen = new Set<string>();
    for (let id: string | null = styleId; id && !seen.has(id); id = this.styles.get(id)?.basedOn ?? null) {
      seen.add(id);
      const def = this.styles.get(id);
      if (def) chain.unshift(def);
    }
    const props = Object.assign({}, ...chain.map((d) => d.rPr)) as RunProps;
    this.resolved.set(styleId, props);
    return props;
  }

  /** The first non-null value up a style's `basedOn` chain. */
  private inherited<T>(styleId: string | null, pick: (s: StyleDef) => T | null): T | null {
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = this.styles.get(id)?.basedOn ?? null) {
      seen.add(id);
      const def = this.styles.get(id);
      if (!def) return null;
      const value = pick(def);
      if (value !== null) return value;
    }
    return null;
  }
}

export function readThemeFonts(theme: XmlElement | null): ThemeFonts {
  const fontScheme = theme ? findFirst(theme, "a:fontScheme") : undefined;
  const latin = (name: string) => attr(child(child(fontScheme, name), "a:latin"), "typeface") || null;
  return { major: latin("a:majorFont"), minor: latin("a:minorFont") };
}

/** OOXML on/off values: absent or "1"/"true"/"on" is on. */
export function isOn(value: string | undefined): boolean {
  return value === undefined || !/^(0|false|off|none)$/i.test(value);
}

/** A `w:shd` that paints a non-white background. */
export function isShading(shd: XmlElement | undefined): boolean {
  if (!shd) return false;
  const fill = (attr(shd, "w:fill") ?? "auto").toUpperCase();
  const pattern = (attr(shd, "w:val") ?? "clear").toLowerCase();
  const color = (attr(shd, "w:color") ?? "auto").toUpperCase();
  if (fill !== "AUTO" && fill !== "FFFFFF") return true;
  return pattern !== "clear" && pattern !== "nil" && color !== "AUTO" && color !== "FFFFFF";
}

/** Word writes built-in style names in lower case ("heading 1"); show them as Word's UI does. */
function displayStyleName(name: string | null): string | null {
  if (!name) return null;
  return name === name.toLowerCase() ? name.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase()) : name;
}

function findFirst(node: XmlElement, name: string): XmlElement | undefined {
  for (const c of elements(node)) {
    if (c.name === name) return c;
    const found = findFirst(c, name);
    if (found) return found;
  }
  return undefined;
}
