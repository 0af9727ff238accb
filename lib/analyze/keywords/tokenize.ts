/**
 * Splits text into word tokens that keep their offsets into the original string (for highlighting
 * and section attribution), their printed form (for case-sensitive forms such as "Go") and their
 * normalised and stemmed keys (for lookup).
 *
 * What stays inside one token: letters, digits and marks; a trailing "++" or "#" ("C++", "C#");
 * inner dots and apostrophes between word characters ("Node.js", "ASP.NET", "O'Reilly"); a leading
 * dot before a letter when nothing word-like precedes it (".NET"); invisible soft hyphens and
 * zero-width joiners. Everything else separates tokens — so "R" is never found inside "React", nor
 * "ML" inside "HTML".
 */
import { displayForm, normalizeToken, stemToken } from "./normalize";

export interface Token {
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** As printed, NFKC-normalised (case kept). */
  raw: string;
  /** Case- and ligature-insensitive key. */
  norm: string;
  /** Inflection stem of `norm`. */
  stem: string;
  /**
   * True when only a phrase joiner separates this token from the previous one: spaces or a single
   * line break, a hyphen or dash, "/", "_", "&", "+". A phrase never spans a comma, a full stop or
   * a blank line.
   */
  joinedToPrevious: boolean;
  /** Pieces of a dotted token ("sklearn.metrics" → "sklearn", "metrics"), or null. */
  parts: TokenPart[] | null;
}

export interface TokenPart {
  start: number;
  end: number;
  raw: string;
  norm: string;
  stem: string;
}

const W = "[\\p{L}\\p{N}\\p{M}\\u00AD\\u200B-\\u200D\\u2060]";
const TOKEN_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])\\.(?=\\p{L}))?${W}+(?:[.'\u2019]${W}+)*(?:\\+\\+|#(?![\\p{L}\\p{N}]))?`,
  "gu",
);
/** Gap between two tokens of one phrase. */
const JOINER_RE = /^[^\S\n]*(?:\n[^\S\n]*)?(?:[-\u2010-\u2015/_&+][^\S\n]*(?:\n[^\S\n]*)?)?$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const raw = displayForm(m[0]);
    const norm = normalizeToken(m[0]);
    if (!norm) continue;
    tokens.push({
      start,
      end,
      raw,
      norm,
      stem: stemToken(norm),
      joinedToPrevious: previousEnd >= 0 && JOINER_RE.test(text.slice(previousEnd, start)),
      parts: dottedParts(m[0], start, norm),
    });
    previousEnd = end;
  }
  return tokens;
}

function dottedParts(printed: string, start: number, norm: string): TokenPart[] | null {
  if (!/[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(norm)) return null;
  const parts: TokenPart[] = [];
  let offset = 0;
  for (const piece of printed.split(".")) {
    const pieceNorm = normalizeToken(piece);
    if (pieceNorm) {
      parts.push({
        start: start + offset,
        end: start + offset + piece.length,
        raw: displayForm(piece),
        norm: pieceNorm,
        stem: stemToken(pieceNorm),
      });
    }
    offset += piece.length + 1;
  }
  return parts.length > 1 ? parts : null;
}
