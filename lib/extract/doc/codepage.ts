/**
 * Which Windows code page legacy 8-bit Word text is in. Word 6/95 files store their text in the
 * ANSI code page of the machine that wrote them (GBK on a Chinese Windows, 1251 on a Russian one)
 * and do not say so directly; the clues are the code page of the summary-information strings, the
 * character sets of the fonts and the document language.
 */
import iconv from "iconv-lite";

/** Windows font charset (LOGFONT lfCharSet) → code page. */
const CHARSET_CODEPAGE: Record<number, number> = {
  128: 932, // SHIFTJIS
  129: 949, // HANGUL
  134: 936, // GB2312
  136: 950, // CHINESEBIG5
  161: 1253, // GREEK
  162: 1254, // TURKISH
  163: 1258, // VIETNAMESE
  177: 1255, // HEBREW
  178: 1256, // ARABIC
  186: 1257, // BALTIC
  204: 1251, // RUSSIAN
  222: 874, // THAI
  238: 1250, // EASTEUROPE
};

/** Primary language id (low 10 bits of a LCID) → code page, for the languages not in 1252. */
const LANGUAGE_CODEPAGE: Record<number, number> = {
  0x01: 1256, // Arabic
  0x02: 1251, // Bulgarian
  0x05: 1250, // Czech
  0x08: 1253, // Greek
  0x0d: 1255, // Hebrew
  0x0e: 1250, // Hungarian
  0x11: 932, // Japanese
  0x12: 949, // Korean
  0x15: 1250, // Polish
  0x18: 1250, // Romanian
  0x19: 1251, // Russian
  0x1a: 1250, // Croatian / Serbian (Latin)
  0x1b: 1250, // Slovak
  0x1c: 1250, // Albanian
  0x1e: 874, // Thai
  0x1f: 1254, // Turkish
  0x20: 1256, // Urdu
  0x22: 1251, // Ukrainian
  0x23: 1251, // Belarusian
  0x24: 1250, // Slovenian
  0x25: 1257, // Estonian
  0x26: 1257, // Latvian
  0x27: 1257, // Lithuanian
  0x29: 1256, // Farsi
  0x2a: 1258, // Vietnamese
  0x2f: 1251, // Macedonian
};

/** Chinese needs the sub-language: Taiwan and Hong Kong use Big5, the mainland and Singapore GBK. */
export function codepageForLanguage(lid: number): number | null {
  const primary = lid & 0x3ff;
  if (primary === 0x04) return lid === 0x0404 || lid === 0x0c04 || lid === 0x1404 ? 950 : 936;
  return LANGUAGE_CODEPAGE[primary] ?? null;
}

export function codepageForCharset(charset: number): number | null {
  return CHARSET_CODEPAGE[charset] ?? null;
}

/** First usable clue wins; 1252 (Western) when nothing says otherwise. */
export function chooseCodepage(...clues: Array<number | null | undefined>): number {
  for (const cp of clues) if (cp && cp !== 1252 && cp !== 1200 && cp !== 65001 && iconv.encodingExists(`cp${cp}`)) return cp;
  return 1252;
}

export function decodeCodepage(bytes: Uint8Array, codepage: number): string {
  return iconv.decode(Buffer.from(bytes), iconv.encodingExists(`cp${codepage}`) ? `cp${codepage}` : "cp1252");
}
