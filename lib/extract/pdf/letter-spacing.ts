/**
 * Letter-spaced words ("P R O F I L E", tracked all-caps names): an ATS sees one letter per word.
 * Within a fragment, a run of at least four letters each standing apart is re-read with its own
 * spacing as the unit: only gaps clearly wider than the run's letter gap (or, when the run mixes
 * both, the space characters of the content stream) separate words.
 */
import { median } from "./geometry";
import { BREAK_GAP, BREAK_NONE, BREAK_SPACE } from "./fragments";
import type { Fragment } from "./types";

const MIN_LETTERS = 4;
/**
 * Letters set this far apart (in ems) are tracked: pdftotext and pdf.js split at about 0.1 em, so
 * text tracked near that value comes out letter by letter in some ATS and whole in others.
 */
const TRACKING_EM = 0.08;
/** Longer runs are lists of characters (an alphabet sample), not a word set wide. */
const MAX_LETTERS = 40;
const LETTER = /^[\p{L}\p{N}]$/u;
const CASED_WORD = /^(\p{Lu}[\p{Lu}\p{N}]*|\p{Lu}?[\p{Ll}\p{N}]+|[\p{N}]+|[^\p{Lu}\p{Ll}]+)$/u;

export interface SpacedRun {
  /** As an ATS reads it: "J A R E D R I C H A R D S". */
  printed: string;
  /** Collapsed: "JARED RICHARDS". */
  collapsed: string;
  /** Words recovered. */
  words: number;
}

/** Collapses letter-spaced runs in place (rewrites `breaks`); returns what was collapsed. */
export function collapseLetterSpacing(fragment: Fragment): SpacedRun[] {
  const { glyphs, breaks } = fragment;
  // Tokens as a stricter extractor would cut them: at spaces, and at any gap of TRACKING_EM or more.
  const starts: number[] = [];
  for (let i = 0; i < glyphs.length; i++) {
    const gap = i > 0 ? glyphs[i].x - (glyphs[i - 1].x + glyphs[i - 1].width) : 0;
    if (i === 0 || breaks[i] !== BREAK_NONE || gap >= TRACKING_EM * Math.min(glyphs[i].size, glyphs[i - 1].size)) starts.push(i);
  }
  const runs: SpacedRun[] = [];
  let t = 0;
  while (t < starts.length) {
    // Grow a run of short tokens (one letter, or two when kerning closed a gap: "JA R E D").
    let u = t;
    let singles = 0;
    while (u < starts.length) {
      const len = (starts[u + 1] ?? glyphs.length) - starts[u];
      const letters = glyphs.slice(starts[u], starts[u] + len).every((g) => LETTER.test(g.text));
      if (!letters || len > 2) break;
      if (len === 1) singles++;
      u++;
    }
    const tokens = u - t;
    const from = starts[t];
    const to = (starts[u] ?? glyphs.length) - 1;
    if (singles >= MIN_LETTERS && singles >= 0.7 * tokens && to - from < MAX_LETTERS) {
      const run = collapseRun(fragment, from, to);
      if (run) runs.push(run);
      t = u;
    } else {
      t = Math.max(u, t + 1);
    }
  }
  return runs;
}

function collapseRun(fragment: Fragment, from: number, to: number): SpacedRun | null {
  const { glyphs, breaks } = fragment;
  const printed = glyphs.slice(from, to + 1).map((g, k) => (k > 0 && breaks[from + k] ? " " : "") + g.text).join("");
  const gaps: number[] = [];
  let spaces = 0, inferred = 0;
  for (let i = from + 1; i <= to; i++) {
    gaps.push(glyphs[i].x - (glyphs[i - 1].x + glyphs[i - 1].width));
    if (breaks[i] === BREAK_SPACE) spaces++;
    else if (breaks[i] === BREAK_GAP) inferred++;
  }
  const letterGap = median(gaps);
  const em = median(glyphs.slice(from, to + 1).map((g) => g.size));
  // Tracking made the gaps; real space characters, when the run also has gap-only breaks, are the words.
  const spacesMarkWords = spaces > 0 && inferred > 0;
  const next = breaks.slice();
  let words = 1;
  for (let i = from + 1; i <= to; i++) {
    const gap = gaps[i - from - 1];
    const wordBreak = spacesMarkWords
      ? breaks[i] === BREAK_SPACE
      : gap > letterGap * 1.6 + 0.05 * em && gap > letterGap + 0.15 * em;
    next[i] = wordBreak ? BREAK_SPACE : BREAK_NONE;
    if (wordBreak) words++;
  }
  const collapsed = glyphs.slice(from, to + 1).map((g, k) => (k > 0 && next[from + k] ? " " : "") + g.text).join("");
  // A word set wide keeps one case pattern (PROFILE, Profile); "Ā ā Ă ă" is a list of letters.
  if (!collapsed.split(" ").every((w) => CASED_WORD.test(w)) || isAlphabetSample(glyphs.slice(from, to + 1).map((g) => g.text))) return null;
  for (let i = from + 1; i <= to; i++) breaks[i] = next[i];
  return { printed, collapsed, words };
}

/** Consecutive code points ("a b c d", "α β γ δ"): a character table, not a word. */
function isAlphabetSample(letters: string[]): boolean {
  let steps = 0;
  for (let i = 1; i < letters.length; i++) {
    const d = letters[i].codePointAt(0)! - letters[i - 1].codePointAt(0)!;
    if (d >= 1 && d <= 2) steps++;
  }
  return steps >= 0.5 * (letters.length - 1);
}
