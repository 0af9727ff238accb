/**
 * Bullet glyphs: which leading characters mark a list item, and which of them are unusual enough
 * that an ATS may drop or mangle them.
 */
import type { ParseLine } from "./lines";
import { isPrivateUse } from "./text";

/**
 * Glyphs every ATS reads as a bullet: the bullet characters themselves (•, ◦, ‣, ⁃, ∙, the solid
 * round ● word processors print), the middle dot, dashes, asterisks. Squares, hollow circles, arrows,
 * check marks and stars are shapes that happen to be used as bullets: parsers that split lists on
 * bullet characters do not know them.
 */
export const COMMON_BULLETS = new Set(["•", "·", "-", "–", "—", "*", "◦", "●", "∙", "‣", "⁃"]);

/**
 * Leading characters taken as a bullet: the common set, arrows, check marks, stars, dingbats
 * (U+2700–27BF), geometric shapes (U+25A0–25FF) and private-use icon glyphs.
 */
const BULLET_LIKE = /^(?:[•·\-–—*▪◦○●■□∙‣⁃▫◾◽>»›→⇒➔➜➢➤►▶▸▹◆◇❖✓✔✗✘★☆♦♣♠❯❱⦿⚫⚬]|[\u2700-\u27BF]|[\u25A0-\u25FF]|[\u2190-\u21FF]|[\uE000-\uF8FF])/u;

export interface BulletMark {
  glyph: string;
  /** The text after the glyph, trimmed. */
  rest: string;
}

/** The bullet glyph a line starts with and the text after it; null when the line has none. */
export function leadingBullet(text: string): BulletMark | null {
  const trimmed = text.trimStart();
  const m = BULLET_LIKE.exec(trimmed) ?? symbolFallback(trimmed);
  if (!m) return null;
  const glyph = m[0];
  const rest = trimmed.slice(glyph.length);
  // A hyphen or dash only counts with a space after it ("- Built"), never "-5%" or "–2019".
  if (/^[-–—*]$/.test(glyph) && !/^\s/.test(rest)) return null;
  if (!rest.trim() && glyph !== "•") return { glyph, rest: "" };
  return { glyph, rest: rest.trim() };
}

/**
 * Any other lone symbol followed by a space ("{ Achievement", "␣ Item") is a bullet whose glyph came
 * through a symbol font wrongly; an opening bracket only when nothing closes it on the line.
 */
function symbolFallback(text: string): RegExpExecArray | null {
  const m = /^[\p{S}\p{Po}\p{Ps}](?=\s+\S)/u.exec(text);
  if (!m) return null;
  if (/["'“”‘’„«#@$%&\\/§¶.,:;!?]/u.test(m[0])) return null;
  const closers: Record<string, string> = { "{": "}", "(": ")", "[": "]", "【": "】", "（": "）", "「": "」" };
  if (closers[m[0]] && text.includes(closers[m[0]])) return null;
  return m;
}

/** A glyph outside the common set: squares, arrows, check marks, stars, icon-font glyphs. */
export function isUnusualBullet(glyph: string): boolean {
  // U+FFFD is a glyph the font could not decode: garbled text (reported as such), not a bullet choice.
  if (glyph === "\uFFFD") return false;
  return !COMMON_BULLETS.has(glyph) && (isPrivateUse(glyph) || /\S/u.test(glyph));
}

/**
 * A list item whose bullet is drawn with an icon font (a LaTeX template's marvosym or Font Awesome
 * circle): the reader marks the glyph as a "bullet" icon span, and an ATS reads a stray letter
 * ("{ Achievement") or nothing in its place. Returns the icon font's name, or null.
 */
export function leadingIconBullet(line: Pick<ParseLine, "spans">): string | null {
  const first = line.spans.find((s) => s.icon !== null || s.text.trim() !== "");
  return first?.icon === "bullet" ? (first.fontName ?? "an icon font") : null;
}
