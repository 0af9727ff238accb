/**
 * Finds strings the report quotes back in its own `ats.text`, so a page can point at them: a
 * warning's evidence excerpts, the contact details. Matching is word by word (letters and digits,
 * case and compatibility forms folded), so line breaks, " | " separators, ligatures and
 * punctuation between words do not stop a match, and an excerpt cut short with "…" still matches
 * by its beginning.
 */
import type { TextRange } from "./schema";

interface Word {
  key: string;
  /** As printed, for preferring a same-case match ("MARIA SANTOS" over the e-mail's "maria.santos"). */
  raw: string;
  start: number;
  end: number;
}

/** Occurrences returned per searched piece at most (a header repeated on every page, a bullet glyph). */
const MAX_HITS_PER_PIECE = 12;
/** Longest label before ": " that is taken to be a description ("header on pages 1, 2: …"). */
const MAX_LABEL_CHARS = 60;
/** A piece needs this many letters or digits to be searched: "OR" alone would match anywhere. */
const MIN_PIECE_CHARS = 4;
/** A shortened excerpt still has to agree on this many words. */
const MIN_PREFIX_WORDS = 3;

/** Words and their offsets; computed once per text and reused for every search in it. */
export class TextIndex {
  readonly words: Word[];
  private digitText: string | null = null;
  private digitOffsets: number[] = [];

  constructor(readonly text: string) {
    this.words = wordsOf(text);
  }

  /**
   * Every place the words of `needle` appear in sequence (the last word may be cut short). When
   * some places agree better with the needle — same case, same kind of gaps between the words (a
   * space, not the "." of an e-mail) — only the best agreeing ones are returned.
   */
  find(needle: string, { truncated = false, limit = MAX_HITS_PER_PIECE } = {}): TextRange[] {
    const needleWords = wordsOf(needle);
    const keys = needleWords.map((w) => w.key);
    if (keys.length === 0) return [];
    const needleGaps = gapsOf(needle, needleWords);
    const out: (TextRange & { agreement: number })[] = [];
    const { words } = this;
    for (let i = 0; i + keys.length <= words.length && out.length < limit; i++) {
      let ok = true;
      for (let k = 0; k < keys.length; k++) {
        const key = words[i + k].key;
        const last = k === keys.length - 1;
        if (key !== keys[k] && !(last && truncated && key.startsWith(keys[k]))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const matched = words.slice(i, i + keys.length);
      const sameCase = needleWords.every((w, k) => matched[k].raw === w.raw || (truncated && k === keys.length - 1));
      const gaps = gapsOf(this.text, matched);
      const sameGaps = gaps.every((g, k) => g === needleGaps[k]);
      out.push({ start: matched[0].start, end: matched[matched.length - 1].end, agreement: (sameCase ? 2 : 0) + (sameGaps ? 1 : 0) });
      i += keys.length - 1;
    }
    const best = Math.max(...out.map((r) => r.agreement));
    return out.filter((r) => r.agreement === best).map(({ start, end }) => ({ start, end }));
  }

  /** A phone number by its digits alone, however it is punctuated in the text. */
  findDigits(value: string, limit = MAX_HITS_PER_PIECE): TextRange[] {
    const digits = value.replace(/\D/g, "");
    if (digits.length < 5) return [];
    this.buildDigits();
    const hay = this.digitText as string;
    const out: TextRange[] = [];
    for (let at = hay.indexOf(digits); at >= 0 && out.length < limit; at = hay.indexOf(digits, at + digits.length)) {
      const start = this.digitOffsets[at];
      const end = this.digitOffsets[at + digits.length - 1] + 1;
      // Digits of one number only: no more than a few separator characters between two of them.
      if (end - start <= digits.length * 3) out.push({ start, end });
    }
    return out;
  }

  /** Literal occurrences (symbols such as a bullet glyph, which have no words). */
  findLiteral(needle: string, limit = MAX_HITS_PER_PIECE): TextRange[] {
    const out: TextRange[] = [];
    if (!needle) return out;
    for (let at = this.text.indexOf(needle); at >= 0 && out.length < limit; at = this.text.indexOf(needle, at + needle.length)) {
      out.push({ start: at, end: at + needle.length });
    }
    return out;
  }

  private buildDigits(): void {
    if (this.digitText !== null) return;
    let digits = "";
    for (let i = 0; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        digits += this.text[i];
        this.digitOffsets.push(i);
      }
    }
    this.digitText = digits;
  }
}

/**
 * Where a warning's evidence shows in the text: each quoted excerpt ("…") it names, or else the
 * evidence itself after a short descriptive label ("header: …"), whole or piece by piece (split at
 * commas and slashes). Empty when it quotes nothing the text contains (a count, an image size).
 */
export function locateEvidence(index: TextIndex, evidence: string): TextRange[] {
  // The last excerpt may be cut off before its closing quote ('right starts "EDUCATION B.S. Com…').
  const quoted = [...evidence.matchAll(/["“]([^"”]+)(?:["”]|$)/g)].map((m) => m[1]);
  const pieces = quoted.length > 0 ? quoted : [stripLabel(evidence)];
  const out: TextRange[] = [];
  for (const piece of pieces) {
    let found = findPiece(index, piece, false);
    // Unquoted lists ("Certiﬁcations, Certiﬁed, eﬃcient", "Jan 2020 / 06/2016"): each item.
    if (found.length === 0 && quoted.length === 0) {
      found = piece.split(/\s*[,;]\s+|\s+\/\s+/).flatMap((part) => findPiece(index, part, false));
    }
    if (found.length === 0) found = findPiece(index, piece, true);
    out.push(...found);
  }
  return mergeRanges(out);
}

/** Where each of the given contact values (name, e-mails, phones, location) shows in the text. */
export function locateContactValue(index: TextIndex, value: string, kind: "phone" | "text"): TextRange[] {
  const byWords = index.find(value);
  if (kind !== "phone") return byWords;
  // A phone's leading "+" is no word character, but it is part of the number.
  return (byWords.length > 0 ? byWords : index.findDigits(value)).map((r) =>
    r.start > 0 && index.text[r.start - 1] === "+" ? { start: r.start - 1, end: r.end } : r,
  );
}

/** `shortened`: when the whole piece is not there, its first words (at least half of them). */
function findPiece(index: TextIndex, raw: string, shortened: boolean): TextRange[] {
  const piece = raw.trim();
  const truncated = /(?:…|\.\.\.)$/.test(piece);
  const clean = piece.replace(/(?:…|\.\.\.)$/, "").trim();
  const letters = clean.replace(/[^\p{L}\p{N}]/gu, "").length;
  if (letters === 0) {
    // A symbol on its own ("➤"): find it as printed.
    return clean.length > 0 && clean.length <= 4 ? index.findLiteral(clean) : [];
  }
  if (letters < MIN_PIECE_CHARS) return [];
  // Letter-spaced as printed ("R I V E R A"); the reading text has the word put back together.
  const text = /^(?:\p{L} )+\p{L}$/u.test(clean) ? clean.replace(/ /g, "") : clean;
  if (!shortened) return index.find(text, { truncated });
  // The text differs further on (a glyph the file maps badly): its first words still point there.
  const words = wordsOf(text);
  for (let n = words.length - 1; n >= Math.max(MIN_PREFIX_WORDS, Math.ceil(words.length / 2)); n--) {
    const prefix = index.find(text.slice(0, words[n - 1].end));
    if (prefix.length > 0) return prefix;
  }
  return [];
}

function stripLabel(evidence: string): string {
  const colon = evidence.indexOf(": ");
  return colon > 0 && colon <= MAX_LABEL_CHARS ? evidence.slice(colon + 2) : evidence;
}

/** Sorted, overlapping or touching ranges joined. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** What separates consecutive words, folded to "space" for any run of white space or bars. */
function gapsOf(text: string, words: readonly Word[]): string[] {
  const out: string[] = [];
  for (let k = 1; k < words.length; k++) {
    const gap = text.slice(words[k - 1].end, words[k].start);
    out.push(/^[\s|]+$/.test(gap) ? " " : gap.trim());
  }
  return out;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}\uFB00-\uFB06]+/gu)) {
    const raw = m[0].normalize("NFKC");
    out.push({ key: raw.toLowerCase(), raw, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
