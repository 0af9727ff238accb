/**
 * Text helpers shared by the parse modules: icon stripping, letter-spacing repair and the
 * normalised keys used for table look-ups. None of them change the reading text itself.
 */

/** Private-use code points: icon fonts (Font Awesome, Wingdings fallbacks) land here. */
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}\uFFFD]/gu;

export function isPrivateUse(ch: string): boolean {
  return /^[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]$/u.test(ch);
}

/** Removes icon glyphs and collapses the whitespace they leave behind. */
export function stripIcons(text: string): string {
  return text.replace(PRIVATE_USE, " ").replace(/\s+/g, " ").trim();
}

/**
 * Like `stripIcons`, but a tab or a run of three or more spaces — a printed gap between fields, such
 * as a right-aligned date — becomes one tab instead of one space.
 */
export function stripIconsKeepGaps(text: string): string {
  return text
    .replace(PRIVATE_USE, " ")
    .replace(/[ \u00A0]*(?:\t|[ \u00A0]{3,})[\s]*/g, "\t")
    .replace(/[ \u00A0]+/g, " ")
    .trim();
}

/**
 * Undoes letter-spacing for matching: "S K I L L S" → "SKILLS", and tracked small caps that extract as
 * "E XPERIENCE" (a capital, a space, then the rest of the word) → "EXPERIENCE". Words separated by
 * two or more spaces stay apart. Only applied when every word of the line shows the pattern, so
 * ordinary text such as "A DAY OF MY LIFE" is left alone.
 */
export function collapseLetterSpacing(text: string): string {
  const groups = text.trim().split(/\s{2,}/);
  const fixed = groups.map((group) => {
    const tokens = group.split(" ").filter(Boolean);
    if (tokens.length >= 3 && tokens.every((t) => [...t].length === 1 && /\p{L}/u.test(t))) return tokens.join("");
    return group;
  });
  let out = fixed.join(" ");
  const tokens = out.split(" ").filter(Boolean);
  if (tokens.length >= 2 && tokens.length % 2 === 0) {
    const words: string[] = [];
    for (let i = 0; i < tokens.length; i += 2) {
      const [head, rest] = [tokens[i], tokens[i + 1]];
      if (!/^\p{Lu}$/u.test(head) || !/^[\p{Lu}&'’-]{2,}$/u.test(rest)) return out;
      words.push(head + rest);
    }
    out = words.join(" ");
  }
  return out;
}

/** Lower-cased, accents kept, punctuation turned into single spaces: the key for table look-ups. */
export function matchKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/[^\p{L}\p{N}'+#]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** `matchKey` without diacritics ("expérience" → "experience"). */
export function foldKey(text: string): string {
  return matchKey(text).normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");
}

const CJK = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]/u;
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Share of the letters-bearing words (3+ letters) that start with a capital; null when none. */
export function capitalisedShare(text: string): number | null {
  const words = text.split(/\s+/).filter((w) => /^\P{L}*\p{L}{3,}/u.test(w));
  if (!words.length) return null;
  const caps = words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
  return caps / words.length;
}

/** True when the text has at least `min` letters and none of them is lower case. */
export function isAllCaps(text: string, min = 3): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < min) return false;
  return letters.every((ch) => ch === ch.toUpperCase() && ch !== ch.toLowerCase());
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
