/**
 * Compiles a role profile once into two token tries (one keyed by exact normalised tokens, one by
 * inflection stems) so a resume is scanned in one pass whose cost depends on the resume's length
 * and the longest phrase, not on how many keywords the profile has.
 *
 * Every keyword form, certification name and portfolio term becomes a path of token keys; the node
 * at its end holds a `Pattern` saying which entry it names and under what conditions it counts.
 */
import type { GuardContext, RoleProfile } from "../../profiles/schema";
import { tokenize } from "./tokenize";

export type EntryKind = "keyword" | "certification" | "signal";

export interface CompiledEntry {
  kind: EntryKind;
  /** Index into the profile's flat keyword list, `certifications` or `portfolioSignals`. */
  index: number;
}

export interface Pattern {
  /** Index into `CompiledProfile.entries`. */
  entry: number;
  /** The form as written in the profile. */
  form: string;
  /** Number of tokens in the form. */
  length: number;
  /** A phrase inside which hits of this entry do not count. */
  negative: boolean;
  /** Guarded forms: the printed tokens the text must reproduce (see `caseMatches`); null otherwise. */
  caseForm: string[] | null;
  /** Context a guarded form needs, or null (none, or not guarded). */
  context: GuardContext | null;
}

export interface TrieNode {
  children: Map<string, TrieNode>;
  patterns: Pattern[];
}

export interface FlatKeyword {
  term: string;
  category: string;
  importance: "required" | "preferred";
  weight: number;
}

export interface CompiledProfile {
  profile: RoleProfile;
  /** The profile's keywords in group order, with their category and effective weight. */
  keywords: FlatKeyword[];
  entries: CompiledEntry[];
  /** Paths keyed by `Token.norm`. */
  exact: TrieNode;
  /** Paths keyed by `Token.stem`. */
  stemmed: TrieNode;
  patternCount: number;
}

const cache = new WeakMap<RoleProfile, CompiledProfile>();

/** The compiled form of `profile`, built on first use and cached for the profile object's lifetime. */
export function compileProfile(profile: RoleProfile): CompiledProfile {
  let compiled = cache.get(profile);
  if (!compiled) {
    compiled = buildCompiledProfile(profile);
    cache.set(profile, compiled);
  }
  return compiled;
}

function buildCompiledProfile(profile: RoleProfile): CompiledProfile {
  const compiled: CompiledProfile = {
    profile,
    keywords: [],
    entries: [],
    exact: newNode(),
    stemmed: newNode(),
    patternCount: 0,
  };
  const add = (entry: number, form: string, stem: boolean, extra: Partial<Pattern> = {}) => {
    const tokens = tokenize(form);
    if (tokens.length === 0) throw new Error(`profile "${profile.slug}": form "${form}" has no words`);
    const useStem = stem && !extra.caseForm;
    let node = useStem ? compiled.stemmed : compiled.exact;
    for (const token of tokens) {
      const key = useStem ? token.stem : token.norm;
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = newNode()));
      node = child;
    }
    const pattern: Pattern = { entry, form, length: tokens.length, negative: false, caseForm: null, context: null, ...extra };
    // The same form listed twice (term repeated as an alias) must not double-count.
    if (!node.patterns.some((p) => p.entry === entry && p.negative === pattern.negative)) {
      node.patterns.push(pattern);
      compiled.patternCount++;
    }
  };

  for (const group of profile.keywordGroups) {
    for (const keyword of group.keywords) {
      const entry = compiled.entries.push({ kind: "keyword", index: compiled.keywords.length }) - 1;
      compiled.keywords.push({
        term: keyword.term,
        category: group.category,
        importance: keyword.importance,
        weight: keyword.weight ?? group.weight,
      });
      const guarded = new Set(keyword.guarded.map((g) => g.form));
      for (const form of [keyword.term, ...keyword.aliases, ...keyword.variants]) {
        if (!guarded.has(form)) add(entry, form, keyword.stem);
      }
      for (const g of keyword.guarded) {
        add(entry, g.form, false, { caseForm: tokenize(g.form).map((t) => t.raw), context: g.context ?? null });
      }
      for (const form of keyword.negatives) add(entry, form, keyword.stem, { negative: true });
    }
  }
  profile.certifications.forEach((cert, index) => {
    const entry = compiled.entries.push({ kind: "certification", index }) - 1;
    for (const form of [cert.name, ...cert.aliases]) add(entry, form, true);
  });
  profile.portfolioSignals.forEach((signal, index) => {
    const entry = compiled.entries.push({ kind: "signal", index }) - 1;
    for (const form of signal.terms) add(entry, form, true);
  });
  return compiled;
}

function newNode(): TrieNode {
  return { children: new Map(), patterns: [] };
}

