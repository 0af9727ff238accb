/**
 * What a text box's shape says about its looks: whether it paints a background (white text on a
 * filled box is visible, not hidden) and how big it is (a tall narrow box is a sidebar).
 */
import { attr, child, elements, type XmlElement } from "./xml";

const EMU_PER_POINT = 12700;

/** Near-white text colours (each channel ≥ F0) vanish on a white page as surely as FFFFFF. */
export function isWhite(color: string | undefined): boolean {
  if (!color || !/^[0-9A-F]{6}$/.test(color)) return false;
  return [0, 2, 4].every((i) => parseInt(color.slice(i, i + 2), 16) >= 0xf0);
}

/** A DrawingML shape paints a background unless it says noFill (theme style fills count). */
export function drawingFilled(wsp: XmlElement): boolean {
  const spPr = child(wsp, "wps:spPr");
  if (child(spPr, "a:noFill")) return false;
  const solid = child(spPr, "a:solidFill");
  if (solid) {
    const rgb = attr(child(solid, "a:srgbClr"), "val");
    const scheme = attr(child(solid, "a:schemeClr"), "val");
    return rgb ? !isWhite(rgb.toUpperCase()) : scheme ? !/^(bg1|lt1)$/.test(scheme) : true;
  }
  if (child(spPr, "a:gradFill") || child(spPr, "a:pattFill") || child(spPr, "a:blipFill")) return true;
  const fillRef = child(child(wsp, "wps:style"), "a:fillRef");
  return fillRef ? Number(attr(fillRef, "idx") ?? 0) > 0 : false;
}

/** The VML shape around a v:textbox paints a background when filled with a non-white colour. */
export function vmlFilled(pict: XmlElement): boolean {
  const shape = elements(pict).find((el) => el.name.startsWith("v:") && el.name !== "v:shapetype");
  if (!shape) return false;
  if (/^(f|false)$/i.test(attr(shape, "filled") ?? "")) return false;
  const color = (attr(shape, "fillcolor") ?? "").replace(/^#/, "").toUpperCase();
  return color !== "" && color !== "WHITE" && !(color.length === 6 && isWhite(color));
}

/** Width and height in EMU from a VML shape's CSS-like style ("width:150pt;height:600pt"). */
export function vmlSize(pict: XmlElement): { cx: number; cy: number } {
  const shape = elements(pict).find((el) => el.name.startsWith("v:") && el.name !== "v:shapetype");
  const style = attr(shape, "style") ?? "";
  const read = (prop: string) => {
    const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([\\d.]+)(pt|in|px)?`, "i").exec(style);
    if (!m) return 0;
    const n = Number(m[1]);
    const unit = (m[2] ?? "px").toLowerCase();
    return n * (unit === "in" ? 72 : unit === "px" ? 0.75 : 1) * EMU_PER_POINT;
  };
  return { cx: read("width"), cy: read("height") };
}
