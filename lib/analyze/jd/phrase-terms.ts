/**
 * Terms of the job description that no profile knows ("Flyte", "ClickHouse", "Text Generation
 * Inference"), found by TF-IDF over candidate phrases.
 *
 * Candidates are runs of 1–3 words joined only by spaces or joiners ("/", "-", "&"), split at stop
 * words, generic job-ad words, punctuation, line breaks and at terms a profile already knows. A
 * candidate is kept when it looks like a name — mixed case ("DuckDB"), capitals ("TGI"), digits
 * ("S3"), no vowels ("dbt"), or a capitalised word that sits in a tool context ("with Flyte",
 * "Dask, Polars or Ray", a bullet of its own).
 *
 * Scoring is TF-IDF against a background of generic job-ad prose (data/generic-job-ads.json) plus
 * the ad itself, so words every ad uses ("customers", "benefits") score low even when capitalised.
 *
 * Why a cap (MAX_PHRASE_TERMS): profile terms are curated, phrase terms are guesses. An ad names a
 * handful of tools outside any dictionary; past the first fifteen or so the candidates are mostly
 * product names of the employer, places and marketing phrases, which would show up as "missing" in
 * every resume and swamp the profile terms in the match rate. Fifteen keeps the real tools of a
 * long ad (our 600-word samples yield 3–8) with room to spare.
 */
import TfIdf from "natural/lib/natural/tfidf/tfidf";
import { tokenize, type Token } from "../keywords";
import { GENERIC_WORDS, STOP_WORDS } from "./generic-words";
import background from "./data/generic-job-ads.json";
import type { Span } from "./profile-terms";

export const MAX_PHRASE_TERMS = 15;
const MAX_WORDS = 3;
/**
 * tf × normalised idf must reach this (see `score`): a name only this ad uses scores 1 per mention;
 * one found in two or more background documents ("Europe", "English") needs to be repeated.
 */
const MIN_SCORE = 0.8;
const LENGTH_BONUS = 0.2;

export interface PhraseTerm {
  /** As printed in the ad (its most frequent spelling). */
  term: string;
  /** Other forms of the same term in the ad: an acronym defined in parentheses ("TGI"). */
  aliases: string[];
  /** A single capitalised word that is also an English word ("Feast"): match its case only. */
  caseSensitive: boolean;
  spans: Span[];
  score: number;
}

export interface PhraseInput {
  text: string;
  tokens: Token[];
  /** 1 for tokens that may not be part of a phrase (known terms, headings, benefits, degree fields…). */
  excluded: Uint8Array;
  /** 1 for tokens a profile term covers: they vouch for list neighbours being technical. */
  known: Uint8Array;
  /** Whether the token at this index starts its sentence or bullet (where capitals mean nothing). */
  startsClause: (index: number) => boolean;
}

interface Candidate {
  key: string;
  words: number;
  occurrences: { first: number; last: number }[];
  technical: boolean;
}

export function findPhraseTerms(input: PhraseInput): PhraseTerm[] {
  const { text, tokens } = input;
  const usable = usableTokens(input);
  const technical = technicalTokens(input, usable);
  const candidates = new Map<string, Candidate>();
  for (const [from, to] of runs(text, tokens, usable)) {
    for (let first = from; first <= to; first++) {
      for (let last = first; last <= Math.min(to, first + MAX_WORDS - 1); last++) {
        // A generic word is only ever part of a name ("Great Expectations"), never one alone.
        if (first === last && isGeneric(tokens[first])) continue;
        const key = keyOf(tokens, first, last);
        let c = candidates.get(key);
        if (!c) candidates.set(key, (c = { key, words: last - first + 1, occurrences: [], technical: false }));
        c.occurrences.push({ first, last });
        if (isTechnicalOccurrence(input, technical, first, last)) c.technical = true;
      }
    }
  }
  const acronyms = acronymsOf(text, tokens, candidates);
  for (const [acronymKey, phraseKey] of acronyms) {
    const acronym = candidates.get(acronymKey);
    const phrase = candidates.get(phraseKey);
    if (!acronym || !phrase) continue;
    phrase.occurrences.push(...acronym.occurrences);
    phrase.technical = true;
    candidates.delete(acronymKey);
  }

  // Only names: a plain lower-case phrase ("catalogue enrichment") is left to the profiles' curated
  // dictionaries, because TF-IDF over one short document cannot tell a domain phrase from filler.
  const scored = score([...candidates.values()].filter((c) => c.technical));
  // Greedy, best first: a candidate sharing a word with a better one is a piece or an extension of it.
  const taken = new Uint8Array(tokens.length);
  const chosen: { candidate: Candidate; score: number }[] = [];
  for (const entry of scored) {
    if (entry.score < MIN_SCORE || chosen.length >= MAX_PHRASE_TERMS) break;
    const { occurrences } = entry.candidate;
    if (occurrences.some((o) => overlaps(taken, o.first, o.last))) continue;
    for (const o of occurrences) taken.fill(1, o.first, o.last + 1);
    chosen.push(entry);
  }
  const aliasOf = new Map([...acronyms].map(([a, p]) => [p, a]));
  return chosen.map(({ candidate, score }) => {
    const spellings = candidate.occurrences
      .filter((o) => o.last - o.first + 1 === candidate.words)
      .map((o) => text.slice(tokens[o.first].start, tokens[o.last].end));
    const term = mostFrequent(spellings);
    const acronym = aliasOf.get(candidate.key);
    const aliases = acronym ? [printedAcronym(text, tokens, candidate, acronym)] : [];
    return {
      term,
      aliases,
      caseSensitive: candidate.words === 1 && /^\p{Lu}\p{Ll}+$/u.test(term),
      spans: candidate.occurrences
        .map((o) => ({ start: tokens[o.first].start, end: tokens[o.last].end }))
        .sort((a, b) => a.start - b.start),
      score,
    };
  });
}

/**
 * tf × (idf / idf of a term only this ad uses), longer names slightly favoured so
 * "Text Generation Inference" beats "Text Generation". The idf comes from natural's TfIdf over the
 * background documents plus this ad as the last document.
 */
function score(candidates: Candidate[]): { candidate: Candidate; score: number }[] {
  const tfidf = new TfIdf({ documents: backgroundDocuments().slice() });
  tfidf.addDocument(candidates.flatMap((c) => c.occurrences.map(() => c.key)));
  const maxIdf = 1 + Math.log(tfidf.documents.length / 2);
  return candidates
    .map((candidate) => {
      const idf = tfidf.idf(candidate.key) / maxIdf;
      const length = 1 + LENGTH_BONUS * (candidate.words - 1);
      return { candidate, score: candidate.occurrences.length * idf * length };
    })
    .sort((a, b) => b.score - a.score || a.candidate.occurrences[0].first - b.candidate.occurrences[0].first);
}

let backgroundCache: Record<string, number>[] | null = null;

/** The background corpus as natural's frequency maps, built once: every 1–3-word run of each text. */
function backgroundDocuments(): Record<string, number>[] {
  if (!backgroundCache) {
    const tfidf = new TfIdf();
    for (const doc of background.documents) tfidf.addDocument(ngramKeys(doc));
    backgroundCache = tfidf.documents;
  }
  return backgroundCache;
}

function ngramKeys(doc: string): string[] {
  const tokens = tokenize(doc);
  const usable = tokens.map((t) => !GENERIC_STOP.has(t.norm) && /\p{L}/u.test(t.norm));
  const keys: string[] = [];
  for (const [from, to] of runs(doc, tokens, usable)) {
    for (let first = from; first <= to; first++) {
      for (let last = first; last <= Math.min(to, first + MAX_WORDS - 1); last++) keys.push(keyOf(tokens, first, last));
    }
  }
  return keys;
}

/** Background runs split at stop words only, so they hold generic phrases ("customer experience"). */
const GENERIC_STOP = new Set(["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "as", "is", "are", "be", "we", "you", "our", "your"]);

function keyOf(tokens: Token[], first: number, last: number): string {
  let key = tokens[first].stem;
  for (let i = first + 1; i <= last; i++) key += ` ${tokens[i].stem}`;
  return key;
}

/** Maximal runs [from, to] of usable tokens joined without punctuation or a line break. */
function runs(text: string, tokens: Token[], usable: boolean[]): [number, number][] {
  const out: [number, number][] = [];
  let from = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const continues =
      i < tokens.length && usable[i] && from >= 0 && tokens[i].joinedToPrevious && !text.slice(tokens[i - 1].end, tokens[i].start).includes("\n");
    if (continues) continue;
    if (from >= 0) out.push([from, i - 1]);
    from = i < tokens.length && usable[i] ? i : -1;
  }
  return out;
}

/**
 * Tokens that may be part of a phrase: not excluded, not generic — except a capitalised generic word
 * opening a name mid-sentence, joined to a capitalised word that is not generic ("checked with Great
 * Expectations"): the name needs it. A name never ends in a generic word ("Amazing Customers").
 */
function usableTokens({ text, tokens, excluded, startsClause }: PhraseInput): boolean[] {
  const usable = tokens.map((t, i) => !excluded[i] && !isGeneric(t));
  const capitalised = (i: number) => /^\p{Lu}/u.test(tokens[i].raw);
  const joined = (a: number, b: number) =>
    b < tokens.length && a >= 0 && tokens[b].joinedToPrevious && !text.slice(tokens[a].end, tokens[b].start).includes("\n");
  return usable.map((ok, i) => {
    if (ok || excluded[i] || STOP_WORDS.has(tokens[i].norm) || !capitalised(i) || startsClause(i)) return ok;
    if (!/\p{L}{2}/u.test(tokens[i].norm)) return false;
    return joined(i, i + 1) && usable[i + 1] && capitalised(i + 1);
  });
}

function isGeneric(token: Token): boolean {
  if (GENERIC_WORDS.has(token.norm) || GENERIC_WORDS.has(token.stem)) return true;
  if (!/\p{L}/u.test(token.norm) || token.norm.length < 2) return true;
  // Web addresses and e-mail domains ("acme.com", "careers.acme.io").
  return /\.(com|io|org|net|ai|co|dev|app|jobs)$/.test(token.norm);
}

/** Looks like a name on its own: mixed case, capitals, digits, no vowels, inner dots or ++/#. */
function strongLook(raw: string): boolean {
  if (/\p{Ll}\p{Lu}/u.test(raw)) return true; // DuckDB, gRPC, ClickHouse
  if (/^\p{Lu}{2,}$/u.test(raw.replace(/[^\p{L}]/gu, "")) && raw.length <= 8) return true; // TGI, ETL
  if (/^\p{L}/u.test(raw) && /\d/.test(raw)) return true; // S3, EC2 (not "3D", "24h")
  if (/^[a-z]{2,5}$/.test(raw) && !/[aeiouy]/.test(raw)) return true; // dbt, npm
  return /\p{L}[.#+]|\+\+$/u.test(raw);
}

const TOOL_CUES = new Set(["with", "using", "use", "via", "like", "including", "include", "includes", "as", "e.g", "i.e", "especially", "particularly", "preferably", "ideally", "on"]);
const LIST_GAP_RE = /^\s*(?:[,/&|+(]\s*)*(?:\)\s*)?$/;
const CONJUNCTIONS = new Set(["or", "and", "plus", "nor"]);

/**
 * Which tokens look technical: strong-looking ones, capitalised words after a tool cue or alone on
 * a bullet, and — spread along lists — capitalised words next to a technical or known one. A list
 * of capitalised words with nothing technical in it ("Acme, Stripe and Google") stays plain.
 */
function technicalTokens(input: PhraseInput, usable: boolean[]): Uint8Array {
  const { text, tokens, known, startsClause } = input;
  const tech = new Uint8Array(tokens.length);
  const capital = tokens.map((t, i) => usable[i] && /^\p{Lu}/u.test(t.raw));
  tokens.forEach((t, i) => {
    if (!usable[i]) return;
    if (strongLook(t.raw)) tech[i] = 1;
    else if (/^\p{Lu}/u.test(t.raw) && i > 0 && TOOL_CUES.has(tokens[i - 1].norm) && !text.slice(tokens[i - 1].end, t.start).includes("\n")) tech[i] = 1;
    else if (/^\p{Lu}/u.test(t.raw) && startsClause(i) && bulletItemEnds(text, tokens, i, usable)) tech[i] = 1;
  });
  // A known term vouches for list neighbours ("Spark, Dask"); a word merely next to it ("Run
  // offline evaluation") is not a list item. Within a name, one technical word vouches for the next.
  // A capital that opens the sentence is vouched for only through a list ("Dask, Spark").
  const vouched = (i: number) =>
    listNeighbours(text, tokens, i).some(
      ({ index, separated }) => (separated && (tech[index] === 1 || known[index] === 1)) || (!separated && tech[index] === 1 && !startsClause(i)),
    );
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < tokens.length; i++) if (!tech[i] && capital[i] && vouched(i)) tech[i] = 1;
    for (let i = tokens.length - 1; i >= 0; i--) if (!tech[i] && capital[i] && vouched(i)) tech[i] = 1;
  }
  return tech;
}

/** A bullet that is just this name (and at most two more capitalised words): "- Great Expectations". */
function bulletItemEnds(text: string, tokens: Token[], i: number, usable: boolean[]): boolean {
  let j = i;
  while (j + 1 < tokens.length && j - i < 2 && tokens[j + 1].joinedToPrevious && usable[j + 1] && /^\p{Lu}/u.test(tokens[j + 1].raw) && !text.slice(tokens[j].end, tokens[j + 1].start).includes("\n")) j++;
  const lineEnd = text.indexOf("\n", tokens[j].end);
  return /^[\s.;,]*$/.test(text.slice(tokens[j].end, lineEnd < 0 ? text.length : lineEnd));
}

interface Neighbour {
  index: number;
  /** Linked by a separator or conjunction, not just a space. */
  separated: boolean;
}

/** Tokens linked to token i by a list separator, a conjunction or only a space. */
function listNeighbours(text: string, tokens: Token[], i: number): Neighbour[] {
  const out: Neighbour[] = [];
  for (const dir of [-1, 1]) {
    const j = i + dir;
    if (j < 0 || j >= tokens.length) continue;
    const gap = dir < 0 ? text.slice(tokens[j].end, tokens[i].start) : text.slice(tokens[i].end, tokens[j].start);
    if (gap.includes("\n") || !LIST_GAP_RE.test(gap)) continue;
    if (!CONJUNCTIONS.has(tokens[j].norm)) {
      out.push({ index: j, separated: gap.trim() !== "" });
      continue;
    }
    const k = j + dir;
    if (k < 0 || k >= tokens.length) continue;
    const gap2 = dir < 0 ? text.slice(tokens[k].end, tokens[j].start) : text.slice(tokens[j].end, tokens[k].start);
    if (!gap2.includes("\n") && LIST_GAP_RE.test(gap2)) out.push({ index: k, separated: true });
  }
  return out;
}

/**
 * A single technical word is a name; a longer candidate is one when it holds a technical word and
 * its other words are capitalised too ("Text Generation Inference") — a capital that only opens
 * the sentence ("Querying ClickHouse") does not count.
 */
function isTechnicalOccurrence(input: PhraseInput, tech: Uint8Array, first: number, last: number): boolean {
  const { tokens, startsClause } = input;
  let any = false;
  for (let i = first; i <= last; i++) {
    if (tech[i]) any = true;
    else if (first === last || !/^[\p{Lu}\d]/u.test(tokens[i].raw) || startsClause(i)) return false;
  }
  return any;
}

/**
 * "Text Generation Inference (TGI)": the acronym in parentheses after a phrase whose initials it
 * spells is the same term. Returns acronym key → phrase key.
 */
function acronymsOf(text: string, tokens: Token[], candidates: Map<string, Candidate>): Map<string, string> {
  const out = new Map<string, string>();
  tokens.forEach((t, i) => {
    if (i < 2 || !/^\p{Lu}{2,6}s?$/u.test(t.raw)) return;
    if (!/\(\s*$/.test(text.slice(tokens[i - 1].end, t.start)) || !/^\s*\)/.test(text.slice(t.end))) return;
    const letters = t.raw.replace(/s$/, "").toLowerCase();
    const first = i - letters.length;
    if (first < 0) return;
    const initials = tokens.slice(first, i).map((x) => x.norm[0]).join("");
    if (initials !== letters) return;
    const phraseKey = keyOf(tokens, first, i - 1);
    const acronymKey = t.stem;
    if (candidates.has(phraseKey) && candidates.has(acronymKey)) out.set(acronymKey, phraseKey);
  });
  return out;
}

function printedAcronym(text: string, tokens: Token[], candidate: Candidate, acronymKey: string): string {
  for (const o of candidate.occurrences) {
    if (o.first === o.last && tokens[o.first].stem === acronymKey) return tokens[o.first].raw;
  }
  return acronymKey.toUpperCase();
}

function overlaps(taken: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (taken[i]) return true;
  return false;
}

function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}
