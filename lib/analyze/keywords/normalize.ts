/**
 * Token normalisation shared by the profile compiler and the resume scanner, so both sides of a
 * comparison are always reduced the same way.
 *
 * - `normalizeToken`: NFKC (ligatures "ﬁ" → "fi", full-width letters), invisible joiners removed,
 *   typographic apostrophes unified, possessive "'s" dropped, lower case.
 * - `stemToken`: inflections only — Porter's step 1 (plurals, -ed, -ing, y→i) and step 5a (final e).
 *   The full Porter stemmer also strips derivational suffixes and so merges "production" with
 *   "product", "generative" with "general" and "management" with "manager", which would turn
 *   "generative AI" into a hit for "general AI"; a keyword matcher needs inflections only.
 */
import porter from "natural/lib/natural/stemmers/porter_stemmer";

const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const APOSTROPHE_RE = /[\u2018\u2019\u02BC\u2032]/g;

/** Exact identity of a token: what case-insensitive, ligature-insensitive matching compares. */
export function normalizeToken(raw: string): string {
  return displayForm(raw).toLowerCase().replace(/'s$/, "");
}

/** The token as printed, minus what never shows: NFKC, invisible joiners, curly apostrophes. */
export function displayForm(raw: string): string {
  return raw.normalize("NFKC").replace(INVISIBLE_RE, "").replace(APOSTROPHE_RE, "'");
}

/** Below this length a token is an acronym or a short word: "aws", "gans", "sas" are kept as is. */
const MIN_STEM_LENGTH = 4;
const LETTERS_RE = /^[a-z]+$/;

/**
 * Stems are memoised: a resume repeats its vocabulary, and the profile compiler stems the same
 * words across profiles. The cache is bounded so a long-lived server does not grow without end.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The inflection stem of a normalised token ("transformers" → "transformer", "tuned" → "tune"). */
export function stemToken(norm: string): string {
  if (norm.length < MIN_STEM_LENGTH || !LETTERS_RE.test(norm)) return norm;
  const cached = cache.get(norm);
  if (cached !== undefined) return cached;
  const stem = computeStem(norm);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, stem);
  return stem;
}

function computeStem(word: string): string {
  // British -is- spellings join the -iz- ones ("optimisation", "optimised" → "optimization", "optimized").
  const americanised = word.length >= 6 ? word.replace(/is(ation|ations|e|ed|es|ing)$/, "iz$1") : word;
  let stem = porter.step1b(porter.step1a(americanised));
  // Step 1b keeps "ll" ("modelling" → "modell"); British doubling must meet "modeling" → "model".
  if (/ll$/.test(stem) && /ll(ing|ed)$/.test(americanised)) stem = stem.slice(0, -1);
  stem = porter.step5a(porter.step1c(stem));
  // "analysis" and "analyses" reach "analysi" and "analys": one stem for both.
  return stem.replace(/ysi$/, "ys");
}
