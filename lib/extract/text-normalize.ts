/**
 * Text repairs every reader applies to a line before it enters the document model, with the tally
 * that becomes a finding: typographic ligatures (U+FB00–FB06) are expanded so "certiﬁed" matches
 * "certified", and words printed letter by letter ("P R O F I L E") are collapsed so a heading is
 * recognised. Readers keep one `NormalizeStats` per document and turn it into findings at the end.
 */
import { finding, type Finding } from "../warnings/finding";

const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st", // ſt, long s + t: read as "st"
  "\uFB06": "st",
};
const LIGATURE_RE = /[\uFB00-\uFB06]/g;
const HAS_LIGATURE_RE = /[\uFB00-\uFB06]/;
const WORD_WITH_LIGATURE_RE = /[\p{L}\p{N}\uFB00-\uFB06]*[\uFB00-\uFB06][\p{L}\p{N}\uFB00-\uFB06]*/gu;

/**
 * Three or more single letters or digits each followed by exactly one space ("P R O F I L E").
 * Bounded by anything that is not a letter or digit, so ordinary words never match.
 */
const SPACED_WORD_RE = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}] ){2,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
/** Below this many letters a spaced run must fill the whole line ("J R R Tolkien" is initials). */
const MIN_SPACED_LETTERS_IN_LINE = 4;
const SAMPLE_LIMIT = 3;

export interface NormalizeStats {
  /** Ligature characters expanded. */
  ligatures: number;
  /** Words as printed that contained a ligature ("eﬃcient"), first few only. */
  ligatureSamples: string[];
  /** Letter-spaced words collapsed. */
  spacedWords: number;
  /** Spaced runs as printed ("P R O F I L E"), first few only. */
  spacedSamples: string[];
}

export function newNormalizeStats(): NormalizeStats {
  return { ligatures: 0, ligatureSamples: [], spacedWords: 0, spacedSamples: [] };
}

/** Expands ligatures; counts them into `stats` when given. */
export function expandLigatures(text: string, stats?: NormalizeStats): string {
  if (!HAS_LIGATURE_RE.test(text)) return text;
  if (stats) {
    stats.ligatures += text.match(LIGATURE_RE)?.length ?? 0;
    for (const word of text.match(WORD_WITH_LIGATURE_RE) ?? []) addSample(stats.ligatureSamples, word);
  }
  return text.replace(LIGATURE_RE, (ch) => LIGATURES[ch]);
}

/**
 * Collapses letter-spaced words: "P R O F I L E" → "PROFILE", "J O H N   D O E" → "JOHN DOE".
 * Runs of 2+ spaces between collapsed words become one space. Counts into `stats` when given.
 */
export function collapseLetterSpacing(text: string, stats?: NormalizeStats): string {
  const trimmed = text.trim();
  let changed = false;
  const out = text.replace(SPACED_WORD_RE, (run) => {
    const letters = (run.length + 1) / 2;
    if (letters < MIN_SPACED_LETTERS_IN_LINE && !isWholeLineOfSpacedRuns(trimmed)) return run;
    changed = true;
    if (stats) {
      stats.spacedWords++;
      addSample(stats.spacedSamples, run);
    }
    return run.replace(/ /g, "");
  });
  if (!changed) return text;
  // Words of a spaced heading are set apart by wider gaps; once collapsed one space reads right.
  return out.replace(/(\S) {2,}(?=\S)/g, "$1 ");
}

/** Ligatures, then letter spacing: the one call readers make per line. */
export function normalizeLineText(text: string, stats?: NormalizeStats): string {
  return collapseLetterSpacing(expandLigatures(text, stats), stats);
}

/** `ligatures` and `letter_spacing` findings for a document (or a page, when `page` is given). */
export function normalizeFindings(stats: NormalizeStats, page: number | null = null): Finding[] {
  const out: Finding[] = [];
  if (stats.ligatures > 0) out.push(finding("ligatures", stats.ligatureSamples.join(", "), page, stats.ligatures));
  if (stats.spacedWords > 0) {
    out.push(finding("letter_spacing", stats.spacedSamples.map((s) => `"${s}"`).join(", "), page, stats.spacedWords));
  }
  return out;
}

function isWholeLineOfSpacedRuns(line: string): boolean {
  return /^(?:[\p{L}\p{N}] ){2,}[\p{L}\p{N}](?: {2,}(?:[\p{L}\p{N}] )*[\p{L}\p{N}])*$/u.test(line);
}

function addSample(samples: string[], sample: string): void {
  if (samples.length < SAMPLE_LIMIT && !samples.includes(sample)) samples.push(sample);
}
