/**
 * Glyphs → fragments: characters on one baseline with no large gap between them, in left-to-right
 * order, with the word breaks a reader would see. A fragment never spans a column gutter, so columns
 * can be found from fragments before lines are assembled.
 */
import { isBullet } from "./bullets";
import { median } from "./geometry";
import { expandLigature } from "./ligatures";
import type { Fragment, Glyph } from "./types";

/** A gap wider than this (in ems) ends the fragment: a tab stop, a gutter or a right-aligned date. */
const FRAGMENT_GAP_EM = 1.1;
/** A gap wider than this (in ems) between two glyphs reads as a space, as in pdf.js and pdftotext. */
const SPACE_GAP_EM = 0.1;
/** Ideographic scripts set characters edge to edge: only a clear gap is a word break. */
const CJK_SPACE_GAP_EM = 0.25;
const CJK_PUNCTUATION = /^[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20]$/u;
const UPRIGHT = 0.02;
/** How far a lone bullet may sit from its text. */
const BULLET_GAP_EM = 4;

const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u{20000}-\u{2FFFF}]/u;

export const isCjk = (text: string) => CJK.test(text);

/** A space, or whitespace the font maps a glyph to. A glyph with no Unicode at all is not blank. */
const isBlank = (g: Glyph) => g.space || (g.text !== "" && g.text.trim() === "");

const UNREADABLE = /[\u0000-\u001F\u007F-\u009F]/g;

/** A glyph's text for reading: ligatures expanded, undecodable characters shown as U+FFFD. */
export function readableText(g: Glyph): string {
  if (g.text === "") return "\uFFFD";
  return expandLigature(g.text).replace(UNREADABLE, "\uFFFD");
}

export function buildFragments(glyphs: Glyph[]): Fragment[] {
  const upright: Glyph[] = [];
  const rotated: Glyph[] = [];
  for (const g of glyphs) {
    if (g.role !== "text" || g.invisible && g.text.trim() === "") continue;
    (Math.abs(g.angle) < UPRIGHT ? upright : rotated).push(g);
  }
  return [...absorbRaised(uprightFragments(upright)), ...rotatedFragments(rotated)];
}

/**
 * Raised or lowered letters set inside a word (the A and E of the LaTeX logo, a kerned superscript)
 * sit on their own baseline; put them back between the letters they belong to.
 */
function absorbRaised(frags: Fragment[]): Fragment[] {
  const absorbed = new Set<Fragment>();
  for (const s of frags) {
    if (s.glyphs.length > 3) continue;
    const host = frags.find(
      (t) =>
        t !== s && !absorbed.has(t) && t.glyphs.length > s.glyphs.length &&
        t.baseline !== s.baseline && Math.abs(t.baseline - s.baseline) <= 0.6 * t.size &&
        s.box.x0 >= t.box.x0 - 1 && s.box.x1 <= t.box.x1 + 1 &&
        s.glyphs.every((g) => t.glyphs.every((h) => Math.min(g.x + g.width, h.x + h.width) - Math.max(g.x, h.x) < 0.75 * Math.min(g.width, h.width))),
    );
    if (!host) continue;
    const before = new Map(host.glyphs.map((g, i) => [g, host.breaks[i]]));
    const previous = new Map(host.glyphs.map((g, i) => [g, host.glyphs[i - 1]]));
    const merged = [...host.glyphs, ...s.glyphs].sort((a, b) => a.x - b.x);
    host.breaks = merged.map((g, i) => {
      if (i === 0) return BREAK_NONE;
      if (before.has(g) && previous.get(g) === merged[i - 1]) return before.get(g)!;
      const gap = g.x - (merged[i - 1].x + merged[i - 1].width);
      return gap > SPACE_GAP_EM * Math.min(g.size, merged[i - 1].size) ? BREAK_GAP : BREAK_NONE;
    });
    host.glyphs = merged;
    host.box = { x0: Math.min(host.box.x0, s.box.x0), y0: Math.min(host.box.y0, s.box.y0), x1: Math.max(host.box.x1, s.box.x1), y1: Math.max(host.box.y1, s.box.y1) };
    absorbed.add(s);
  }
  return frags.filter((f) => !absorbed.has(f));
}

/** Rows of equal baseline, each cut at large gaps. Order of the content stream does not matter. */
function uprightFragments(glyphs: Glyph[]): Fragment[] {
  const sorted = [...glyphs].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: Fragment[] = [];
  let row: Glyph[] = [];
  let rowY = 0;
  const flush = () => {
    if (row.length) out.push(...splitRow(row.sort((a, b) => a.x - b.x || a.seq - b.seq)));
    row = [];
  };
  for (const g of sorted) {
    if (row.length && g.y - rowY > Math.max(0.5, 0.2 * g.size)) flush();
    if (!row.length) rowY = g.y;
    row.push(g);
  }
  flush();
  return out;
}

function splitRow(row: Glyph[]): Fragment[] {
  const out: Fragment[] = [];
  let glyphs: Glyph[] = [];
  let breaks: number[] = [];
  let pendingSpace = false;
  let prev: Glyph | null = null;
  const flush = () => {
    if (glyphs.length) out.push(makeFragment(glyphs, breaks, false));
    glyphs = [];
    breaks = [];
    pendingSpace = false;
    prev = null;
  };
  for (const g of row) {
    const p: Glyph | null = prev;
    if (p && isDuplicate(p, g)) {
      // The same character overprinted a hair to the side: fake bold or a shadow. Keep one.
      p.stroked = true;
      continue;
    }
    if (isBlank(g)) {
      if (glyphs.length) pendingSpace = true;
      continue;
    }
    if (p) {
      const gap = g.x - (p.x + p.width);
      const em = Math.max(p.size, g.size);
      // A bullet set apart by a tab stays with its text (Word hangs bullets at their own indent).
      const bulletOnly = glyphs.length === 1 && (isBullet(glyphs[0].text) || glyphs[0].font.dingbat);
      if (gap < -0.6 * em || (gap > FRAGMENT_GAP_EM * em && !(bulletOnly && gap < BULLET_GAP_EM * em))) flush();
    }
    const last: Glyph | null = prev;
    if (!last) {
      glyphs.push(g);
      breaks.push(BREAK_NONE);
    } else {
      const gap = g.x - (last.x + last.width);
      const em = Math.min(last.size, g.size);
      // Full-width punctuation ("、", "。") is often set narrower than its advance: a small gap after it is no space.
      const threshold = isCjk(last.text) && isCjk(g.text) ? (CJK_PUNCTUATION.test(last.text) ? 2 * CJK_SPACE_GAP_EM : CJK_SPACE_GAP_EM) : SPACE_GAP_EM;
      glyphs.push(g);
      breaks.push(pendingSpace ? BREAK_SPACE : gap > threshold * em ? BREAK_GAP : BREAK_NONE);
    }
    pendingSpace = false;
    prev = g;
  }
  flush();
  return out;
}

export const BREAK_NONE = 0;
/** A gap we inferred from positions. */
export const BREAK_GAP = 1;
/** A space character in the content stream. */
export const BREAK_SPACE = 2;

function isDuplicate(a: Glyph, b: Glyph): boolean {
  return a.text === b.text && !b.space && Math.abs(a.x - b.x) < Math.max(0.6, 0.25 * a.width) && Math.abs(a.y - b.y) < 0.6;
}

/** Rotated or vertical text: consecutive glyphs in stream order that continue one another. */
function rotatedFragments(glyphs: Glyph[]): Fragment[] {
  const out: Fragment[] = [];
  let run: Glyph[] = [];
  let breaks: number[] = [];
  let pendingSpace = false;
  const flush = () => {
    if (run.length) out.push(makeFragment(run, breaks, true));
    run = [];
    breaks = [];
    pendingSpace = false;
  };
  for (const g of [...glyphs].sort((a, b) => a.seq - b.seq)) {
    const p = run[run.length - 1];
    if (p) {
      const dist = Math.hypot(g.x - p.x, g.y - p.y);
      if (Math.abs(g.angle - p.angle) > UPRIGHT || dist > p.width + 1.5 * p.size) flush();
    }
    if (isBlank(g)) {
      if (run.length) pendingSpace = true;
      continue;
    }
    breaks.push(run.length && pendingSpace ? BREAK_SPACE : BREAK_NONE);
    run.push(g);
    pendingSpace = false;
  }
  flush();
  return out;
}

function makeFragment(glyphs: Glyph[], breaks: number[], rotated: boolean): Fragment {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const g of glyphs) {
    if (rotated) {
      x0 = Math.min(x0, g.x - g.size); x1 = Math.max(x1, g.x + g.size);
      y0 = Math.min(y0, g.y - g.size); y1 = Math.max(y1, g.y + g.size);
    } else {
      x0 = Math.min(x0, g.x); x1 = Math.max(x1, g.x + g.width);
      y0 = Math.min(y0, g.y - g.font.ascent * g.size); y1 = Math.max(y1, g.y - g.font.descent * g.size);
    }
  }
  const sizes = glyphs.map((g) => g.size);
  return {
    glyphs,
    breaks,
    box: { x0, y0, x1, y1 },
    baseline: median(glyphs.map((g) => g.y)),
    size: median(sizes),
    rotated,
    icons: [],
  };
}
