/**
 * Walks a page's pdf.js operator list once, replaying the graphics and text state, and records every
 * character with its position, font, colour and visibility, every painted area (possible backgrounds),
 * thin rules (table borders) and image placements. Working from operators rather than pdf.js's text
 * content gives exact per-character geometry and colour, which layout, letter-spacing and hidden-text
 * checks all need. The text maths mirror pdf.js's canvas renderer (showText, moveText...).
 */
import { apply, IDENTITY, intersect, multiply, transformBox, type Box, type Matrix } from "./geometry";
import type { PdfJsFont } from "./fonts";
import type { FontInfo, Glyph, ImagePlacement, PageGraphics, Paint, PaintedRegion, Rule } from "./types";

/** pdf.js operator ids (OPS), passed in so this module does not import pdf.js itself. */
export type OpsTable = Record<string, number>;

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export interface WalkContext {
  ops: OpsTable;
  /** Viewport transform at scale 1: PDF user space → page points, origin top-left. */
  viewport: Matrix;
  pageBox: Box;
  /** Font lookup by pdf.js id (page.commonObjs). */
  font: (id: string) => { info: FontInfo; raw: PdfJsFont | null };
}

interface GraphicsState {
  ctm: Matrix;
  fill: Paint;
  stroke: Paint;
  fillAlpha: number;
  clip: Box | null;
  font: FontInfo | null;
  fontRaw: PdfJsFont | null;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  renderMode: number;
}

interface PdfJsGlyph {
  unicode?: string;
  originalCharCode?: number;
  width?: number;
  isSpace?: boolean;
  vmetric?: number[];
}

const DRAW_MOVE = 0, DRAW_LINE = 1, DRAW_CURVE = 2, DRAW_CLOSE = 3;

export function hexToPaint(hex: unknown): Paint {
  if (typeof hex !== "string" || !/^#[0-9a-f]{6}$/i.test(hex)) return [0, 0, 0];
  const n = parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

export function walkOperators(list: OperatorList, ctx: WalkContext): PageGraphics {
  const OPS = ctx.ops;
  const glyphs: Glyph[] = [];
  const regions: PaintedRegion[] = [];
  const rules: Rule[] = [];
  const images: ImagePlacement[] = [];
  let pathCount = 0;

  let gs: GraphicsState = {
    ctm: ctx.viewport, fill: [0, 0, 0], stroke: [0, 0, 0], fillAlpha: 1, clip: null, font: null, fontRaw: null,
    fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, renderMode: 0,
  };
  const stack: GraphicsState[] = [];
  // Text object state, as in pdf.js's canvas: the text matrix plus an offset accumulated by Td/T*/Tj.
  let tm: Matrix = IDENTITY;
  let tx = 0, ty = 0, lineX = 0, lineY = 0;
  let pendingClip = false;

  const save = () => stack.push({ ...gs });
  const restore = () => {
    const prev = stack.pop();
    if (prev) gs = prev;
  };
  const moveText = (x: number, y: number) => {
    tx = lineX += x;
    ty = lineY += y;
  };
  const setFont = (id: string, size: number) => {
    const f = ctx.font(id);
    gs.font = f.info;
    gs.fontRaw = f.raw;
    gs.fontSize = size;
  };
  const addImage = (m: Matrix, raster: boolean) => {
    const box = clipped(transformBox(m, 0, 0, 1, 1), gs.clip);
    if (!box) return;
    images.push({ box, raster, paintIndex: regions.length });
    regions.push({ box, paint: "pattern", kind: "image" });
  };

  const showText = (items: unknown[]) => {
    const font = gs.font;
    if (!font || gs.fontSize === 0) return;
    const raw = gs.fontRaw;
    const fontMatrix = raw?.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0];
    const direction = gs.fontSize < 0 ? -1 : 1;
    const fontSize = Math.abs(gs.fontSize);
    const hScale = gs.hScale * direction;
    const advanceScale = fontSize * fontMatrix[0];
    const vertical = Boolean(raw?.vertical);
    const m = multiply(gs.ctm, tm);
    const xScale = Math.hypot(m[0], m[1]);
    const size = fontSize * Math.hypot(m[2], m[3]) * type3Scale(raw, fontSize);
    const angle = vertical ? Math.PI / 2 : Math.atan2(m[1], m[0]);
    const slanted = Math.abs(m[1]) < 1e-6 && Math.abs(m[2]) > 0.1 * Math.abs(m[3]);
    const mode = gs.renderMode;
    const invisible = (mode & 3) === 3 || (gs.fillAlpha === 0 && (mode & 3) !== 1);
    const color = (mode & 3) === 1 ? gs.stroke : gs.fill;
    const stroked = (mode & 3) === 2;
    let x = 0;
    for (const item of items) {
      if (typeof item === "number") {
        x += (vertical ? 1 : -1) * item * fontSize / 1000;
        continue;
      }
      const g = item as PdfJsGlyph | null;
      if (!g) continue;
      const width = (g.width ?? 0) * advanceScale;
      const text = g.unicode ?? "";
      // pdf.js's isSpace means "single-byte code 32", which gets word spacing; in subset fonts that
      // code may well draw an "8". Whether it reads as a space is the Unicode's business.
      const space = text === "" ? Boolean(g.isSpace) : text.trim() === "";
      const spacing = (g.isSpace ? gs.wordSpacing : 0) + gs.charSpacing;
      const [px, py] = vertical
        ? apply(m, tx, ty + gs.rise - x)
        : apply(m, tx + x * hScale, ty + gs.rise);
      glyphs.push({
        text, x: px, y: py, width: Math.abs(width * hScale) * xScale, size, angle, font, space, color,
        invisible, slanted, stroked, seq: glyphs.length, paintIndex: regions.length,
        role: font.icon ? "icon" : "text",
        code: typeof g.originalCharCode === "number" ? g.originalCharCode : null,
        glyphName: glyphName(raw, g.originalCharCode),
        link: null,
        hidden: false,
      });
      const vWidth = vertical && g.vmetric ? -g.vmetric[0] * advanceScale : width;
      x += vertical ? vWidth - spacing * direction : width + spacing * direction;
    }
    if (vertical) ty -= x;
    else tx += x * hScale;
  };

  const paintPath = (args: unknown[]) => {
    const [paintOp, bufs, minMax] = args as [number, (Float32Array | null)[] | null, Float32Array | null];
    const buf = bufs?.[0] ?? null;
    const box = minMax ? transformBox(gs.ctm, minMax[0], minMax[1], minMax[2], minMax[3]) : null;
    if (pendingClip) {
      pendingClip = false;
      if (box) gs.clip = gs.clip ? intersect(gs.clip, box) ?? { ...box, x1: box.x0, y1: box.y0 } : box;
    }
    if (!box || paintOp === OPS.endPath) return;
    pathCount++;
    const fills = paintOp === OPS.fill || paintOp === OPS.eoFill || paintOp === OPS.fillStroke ||
      paintOp === OPS.eoFillStroke || paintOp === OPS.closeFillStroke || paintOp === OPS.closeEOFillStroke;
    const strokes = !fills || paintOp === OPS.fillStroke || paintOp === OPS.eoFillStroke ||
      paintOp === OPS.closeFillStroke || paintOp === OPS.closeEOFillStroke;
    if (fills && gs.fill !== null && gs.fillAlpha > 0) {
      const visible = clipped(box, gs.clip);
      if (visible) {
        regions.push({ box: visible, paint: gs.fill, kind: "fill" });
        const w = visible.x1 - visible.x0, h = visible.y1 - visible.y0;
        if (h <= 2 && w >= 4) rules.push({ x0: visible.x0, x1: visible.x1, y0: (visible.y0 + visible.y1) / 2, y1: (visible.y0 + visible.y1) / 2, horizontal: true });
        else if (w <= 2 && h >= 4) rules.push({ x0: (visible.x0 + visible.x1) / 2, x1: (visible.x0 + visible.x1) / 2, y0: visible.y0, y1: visible.y1, horizontal: false });
      }
    }
    if (strokes && buf && gs.stroke !== null) strokeSegments(buf, gs.ctm, rules);
  };

  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save: save(); break;
      case OPS.restore: restore(); break;
      case OPS.transform: gs.ctm = multiply(gs.ctm, args as number[]); break;
      case OPS.paintFormXObjectBegin: {
        save();
        const [matrix, bbox] = args as [ArrayLike<number> | null, ArrayLike<number> | null];
        if (matrix) gs.ctm = multiply(gs.ctm, matrix);
        if (bbox) {
          const b = transformBox(gs.ctm, bbox[0], bbox[1], bbox[2], bbox[3]);
          gs.clip = gs.clip ? intersect(gs.clip, b) ?? { ...b, x1: b.x0, y1: b.y0 } : b;
        }
        break;
      }
      case OPS.paintFormXObjectEnd: restore(); break;
      case OPS.setFillRGBColor: gs.fill = hexToPaint(args[0]); break;
      case OPS.setStrokeRGBColor: gs.stroke = hexToPaint(args[0]); break;
      case OPS.setFillColorN: gs.fill = "pattern"; break;
      case OPS.setStrokeColorN: gs.stroke = "pattern"; break;
      case OPS.setFillTransparent: gs.fill = null; break;
      case OPS.setStrokeTransparent: gs.stroke = null; break;
      case OPS.setGState:
        for (const entry of (args[0] ?? []) as [string, unknown][]) {
          if (entry[0] === "ca" && typeof entry[1] === "number") gs.fillAlpha = entry[1];
          else if (entry[0] === "Font" && Array.isArray(entry[1])) setFont(String(entry[1][0]), Number(entry[1][1]));
        }
        break;
      case OPS.setFont: setFont(String(args[0]), Number(args[1])); break;
      case OPS.setCharSpacing: gs.charSpacing = Number(args[0]) || 0; break;
      case OPS.setWordSpacing: gs.wordSpacing = Number(args[0]) || 0; break;
      case OPS.setHScale: gs.hScale = (Number(args[0]) || 100) / 100; break;
      case OPS.setLeading: gs.leading = -(Number(args[0]) || 0); break;
      case OPS.setTextRise: gs.rise = Number(args[0]) || 0; break;
      case OPS.setTextRenderingMode: gs.renderMode = Number(args[0]) || 0; break;
      case OPS.beginText: tm = IDENTITY; tx = ty = lineX = lineY = 0; break;
      case OPS.setTextMatrix: {
        const m = (args.length === 1 ? args[0] : args) as ArrayLike<number>;
        tm = [m[0], m[1], m[2], m[3], m[4], m[5]];
        tx = ty = lineX = lineY = 0;
        break;
      }
      case OPS.moveText: moveText(Number(args[0]), Number(args[1])); break;
      case OPS.setLeadingMoveText: gs.leading = Number(args[1]); moveText(Number(args[0]), Number(args[1])); break;
      case OPS.nextLine: moveText(0, gs.leading); break;
      case OPS.showText: showText((args[0] ?? []) as unknown[]); break;
      case OPS.clip:
      case OPS.eoClip: pendingClip = true; break;
      case OPS.constructPath: paintPath(args); break;
      case OPS.shadingFill: {
        const box = gs.clip ?? ctx.pageBox;
        regions.push({ box, paint: "pattern", kind: "shading" });
        break;
      }
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
        addImage(gs.ctm, true);
        break;
      case OPS.paintImageMaskXObject:
        addImage(gs.ctm, false);
        break;
      case OPS.paintSolidColorImageMask: {
        const box = clipped(transformBox(gs.ctm, 0, 0, 1, 1), gs.clip);
        if (box) regions.push({ box, paint: gs.fill, kind: "fill" });
        break;
      }
      case OPS.paintImageXObjectRepeat: {
        const [, sx, sy, positions] = args as [unknown, number, number, ArrayLike<number>];
        for (let k = 0; k + 1 < (positions?.length ?? 0); k += 2) {
          addImage(multiply(gs.ctm, [sx, 0, 0, sy, positions[k], positions[k + 1]]), true);
        }
        break;
      }
      case OPS.paintImageMaskXObjectRepeat: {
        const [, sx, skx, sky, sy, positions] = args as [unknown, number, number, number, number, ArrayLike<number>];
        for (let k = 0; k + 1 < (positions?.length ?? 0); k += 2) {
          addImage(multiply(gs.ctm, [sx, skx, sky, sy, positions[k], positions[k + 1]]), false);
        }
        break;
      }
      case OPS.paintImageMaskXObjectGroup:
        for (const img of (args[0] ?? []) as { transform?: number[] }[]) {
          if (img?.transform) addImage(multiply(gs.ctm, img.transform), false);
        }
        break;
      case OPS.paintInlineImageXObjectGroup:
        for (const entry of (args[1] ?? []) as { transform?: number[] }[]) {
          if (entry?.transform) addImage(multiply(gs.ctm, entry.transform), true);
        }
        break;
      default:
        break;
    }
  }
  return { glyphs, regions, rules, images, pathCount };
}

/** The glyph's name in the font's encoding ("github" in LaTeX's re-encoded Font Awesome), if any. */
function glyphName(font: PdfJsFont | null, code: number | undefined): string | null {
  if (code == null) return null;
  const name = font?.differences?.[code];
  return typeof name === "string" && name ? name : null;
}

/** Type 3 fonts drawn at size 1 carry their real size in the font matrix (as pdf.js's text layer reads it). */
function type3Scale(font: PdfJsFont | null, fontSize: number): number {
  const fm = font?.fontMatrix;
  if (!font?.isType3Font || fontSize > 1 || !fm || (fm[0] === 0.001 && fm[3] === 0.001)) return 1;
  const height = font.bbox ? font.bbox[3] - font.bbox[1] : 0;
  return height > 0 ? Math.abs(height * fm[3]) : 1;
}

function clipped(box: Box, clip: Box | null): Box | null {
  return clip ? intersect(box, clip) : box;
}

/** Horizontal and vertical straight segments of a stroked path, in page space. */
function strokeSegments(buf: Float32Array, ctm: Matrix, out: Rule[]): void {
  let sx = 0, sy = 0, cx = 0, cy = 0;
  const segment = (x0: number, y0: number, x1: number, y1: number) => {
    const [ax, ay] = apply(ctm, x0, y0);
    const [bx, by] = apply(ctm, x1, y1);
    const dx = Math.abs(bx - ax), dy = Math.abs(by - ay);
    if (dy < 0.5 && dx >= 2) out.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: (ay + by) / 2, y1: (ay + by) / 2, horizontal: true });
    else if (dx < 0.5 && dy >= 2) out.push({ x0: (ax + bx) / 2, x1: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by), horizontal: false });
  };
  for (let k = 0; k < buf.length; ) {
    switch (buf[k++]) {
      case DRAW_MOVE: sx = cx = buf[k++]; sy = cy = buf[k++]; break;
      case DRAW_LINE: { const x = buf[k++], y = buf[k++]; segment(cx, cy, x, y); cx = x; cy = y; break; }
      case DRAW_CURVE: k += 4; cx = buf[k++]; cy = buf[k++]; break;
      case DRAW_CLOSE: segment(cx, cy, sx, sy); cx = sx; cy = sy; break;
      default: return;
    }
  }
}
