/**
 * One pass over the resume's tokens against a compiled profile. At each token the two tries are
 * walked as far as the text follows a path (bounded by the longest phrase), so the cost grows with
 * the resume, not with the number of keywords. Then, in order:
 *   1. guarded forms ("Go", "R", "CV") are kept only in the right case, standing alone, in context;
 *   2. hits lying inside one of their keyword's negative phrases ("Java Script") are dropped;
 *   3. overlapping hits of the same entry collapse to the longest ("Apache Spark" counts once).
 * Hits of different entries may overlap: "AWS SageMaker" shows both AWS and SageMaker.
 */
import type { CompiledProfile, Pattern, TrieNode } from "./compile-profile";
import { caseMatches, hasTechnicalContext, markKnownTechnology, standsAlone, type GuardInput } from "./context";
import type { Token, TokenPart } from "./tokenize";

export interface Hit {
  /** Index into `CompiledProfile.entries`. */
  entry: number;
  pattern: Pattern;
  /** Token range (inclusive). */
  first: number;
  last: number;
  /** Character range in the text. */
  start: number;
  end: number;
}

type Key = "norm" | "stem";

export function scanTokens(
  text: string,
  tokens: Token[],
  compiled: CompiledProfile,
  sectionAt: (offset: number) => string | null,
): Hit[] {
  const candidates: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const before = candidates.length;
    walk(compiled.exact, tokens, i, "norm", candidates);
    walk(compiled.stemmed, tokens, i, "stem", candidates);
    const parts = tokens[i].parts;
    // "sklearn.metrics", "PyTorch.Built" (a lost space): try the pieces when the whole did not match.
    if (candidates.length === before && parts) {
      parts.forEach((part, k) => {
        const continues = k === parts.length - 1;
        walkFromPart(compiled.exact, tokens, i, part, "norm", continues, candidates);
        walkFromPart(compiled.stemmed, tokens, i, part, "stem", continues, candidates);
      });
    }
  }
  const guarded = resolveGuards(text, tokens, compiled, candidates, sectionAt);
  return collapseOverlaps(dropNegated(guarded));
}

function walk(root: TrieNode, tokens: Token[], i: number, key: Key, out: Hit[]): void {
  let node: TrieNode | undefined = root;
  for (let j = i; j < tokens.length; j++) {
    if (j > i && !tokens[j].joinedToPrevious) return;
    node = node.children.get(tokens[j][key]);
    if (!node) return;
    for (const pattern of node.patterns) {
      out.push({ entry: pattern.entry, pattern, first: i, last: j, start: tokens[i].start, end: tokens[j].end });
    }
  }
}

function walkFromPart(
  root: TrieNode,
  tokens: Token[],
  i: number,
  part: TokenPart,
  key: Key,
  continues: boolean,
  out: Hit[],
): void {
  let node = root.children.get(part[key]);
  if (!node) return;
  const start = part.start;
  const emit = (n: TrieNode, last: number, end: number) => {
    // Guarded forms never match a piece of a dotted word ("e.g.R").
    for (const pattern of n.patterns) if (!pattern.caseForm) out.push({ entry: pattern.entry, pattern, first: i, last, start, end });
  };
  emit(node, i, part.end);
  if (!continues) return;
  for (let j = i + 1; j < tokens.length && tokens[j].joinedToPrevious; j++) {
    node = node.children.get(tokens[j][key]);
    if (!node) return;
    emit(node, j, tokens[j].end);
  }
}

function resolveGuards(
  text: string,
  tokens: Token[],
  compiled: CompiledProfile,
  candidates: Hit[],
  sectionAt: (offset: number) => string | null,
): Hit[] {
  if (!candidates.some((c) => c.pattern.caseForm)) return candidates;
  const technical = new Uint8Array(tokens.length);
  markKnownTechnology(tokens, technical);
  const plausible = candidates.map((c) => {
    const { caseForm } = c.pattern;
    return caseForm === null || (caseMatches(tokens, c.first, caseForm) && standsAlone(text, c.start, c.end));
  });
  candidates.forEach((c, n) => {
    if (c.pattern.negative || !plausible[n] || compiled.entries[c.entry].kind !== "keyword") return;
    for (let t = c.first; t <= c.last; t++) technical[t] = 1;
  });
  const input: GuardInput = { text, tokens, technical, sectionAt };
  return candidates.filter((c, n) => {
    const { caseForm, context } = c.pattern;
    if (!caseForm) return true;
    return plausible[n] && (context === null || hasTechnicalContext(input, c.first, c.last, context));
  });
}

function dropNegated(hits: Hit[]): Hit[] {
  const negatives = hits.filter((h) => h.pattern.negative);
  if (negatives.length === 0) return hits;
  return hits.filter(
    (h) =>
      !h.pattern.negative &&
      !negatives.some((n) => n.entry === h.entry && n.start <= h.start && h.end <= n.end),
  );
}

function collapseOverlaps(hits: Hit[]): Hit[] {
  const sorted = hits
    .filter((h) => !h.pattern.negative)
    .sort((a, b) => a.entry - b.entry || a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && previous.entry === hit.entry && hit.start < previous.end) continue;
    kept.push(hit);
  }
  return kept;
}
