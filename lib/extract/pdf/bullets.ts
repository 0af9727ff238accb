/** Bullet characters as PDFs print them, including Symbol/Wingdings codes in the private-use area. */
const BULLET =
  /^[\u2022\u2023\u2043\u2219\u25AA-\u25AB\u25CF\u25CB\u25E6\u25A0\u25A1\u25B8\u25BA\u25B6\u27A2\u27A4\u2794\u2756\u2713\u2714\u2605\u2666\u00B7\u25C6\u25C7\u2B29\u2B1D\u25FE\u25FD\u2013\u2014*\-\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF06E\uF0A8\uF0E8\uF0FE\uF0B2]/u;

/** The line starts with a bullet glyph. */
export const startsWithBullet = (text: string) => BULLET.test(text.trimStart());

/** A single glyph that is a bullet. */
export const isBullet = (text: string) => text.length <= 2 && BULLET.test(text);
