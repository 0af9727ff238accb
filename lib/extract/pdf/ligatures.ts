/**
 * Typographic ligatures (U+FB00–FB06). LaTeX and InDesign print "ﬁ" as one character; an ATS that
 * does not normalise reads "certiﬁed" as a different word. The layout text expands them; the stream
 * text (what a plain ATS reads) keeps them.
 */
import { clip, finding, type Finding } from "../../warnings/finding";

const EXPANSION: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};
const LIGATURE = /[\uFB00-\uFB06]/g;
const HAS_LIGATURE = /[\uFB00-\uFB06]/;
const WORD_WITH_LIGATURE = /[\p{L}\p{N}\uFB00-\uFB06]*[\uFB00-\uFB06][\p{L}\p{N}\uFB00-\uFB06]*/u;

export function expandLigature(text: string): string {
  return HAS_LIGATURE.test(text) ? text.replace(LIGATURE, (c) => EXPANSION[c]) : text;
}

/** One finding per page that prints ligatures, from the page's stream text. */
export function ligatureFinding(streamText: string, page: number): Finding | null {
  const count = streamText.match(LIGATURE)?.length ?? 0;
  if (count === 0) return null;
  const word = streamText.match(WORD_WITH_LIGATURE)?.[0] ?? "";
  const example = word ? `, e.g. "${clip(word, 30)}" → "${word.replace(LIGATURE, (c) => EXPANSION[c])}"` : "";
  return finding("ligatures", `page ${page}: ${count} ligature${count === 1 ? "" : "s"}${example}`, page, count);
}
