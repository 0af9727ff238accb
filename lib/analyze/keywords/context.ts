/**
 * When an ambiguous form ("Go", "R", "C", "CV") counts. A guarded form must be printed in its case,
 * stand alone (not glued into "R&D", "C-suite", "go-to-market", "Objective-C", "J. R. Smith"), and
 * show a technical context:
 *   1. it sits in a skills section, or after a skills-like label on its line ("Languages: … R");
 *   2. a list separator (",", "/", "|", "•", "and", "or") links it to a technical neighbour —
 *      another keyword of the profile, a well-known technology, or another guarded form;
 *   3. cue words: for a language, "in/using/with Go" or "Go code/services/packages…"; for a field
 *      acronym, "CV models/pipelines/research…".
 */
import type { GuardContext } from "../../profiles/schema";
import type { Token } from "./tokenize";

/**
 * Well-known technologies, so a list neighbour counts as technical even when the profile does not
 * list it ("Fortran, C"). Single normalised tokens; ambiguous ones (go, r, c, cv) are left out.
 */
const TECH_TOKENS = new Set(
  (
    "python java javascript typescript js ts sql nosql scala kotlin swift rust ruby php perl matlab julia " +
    "bash shell powershell haskell lua dart fortran cobol html css c++ c# f# golang sas spss stata " +
    "latex excel vba linux unix git docker kubernetes k8s aws gcp azure spark hadoop pytorch tensorflow " +
    "keras sklearn numpy pandas scipy jax opencv react angular vue node.js nodejs django flask spring " +
    ".net dotnet graphql postgresql postgres mysql mongodb redis kafka airflow tableau ml ai nlp dl rl llm llms " +
    "gpu cuda mpi openmp assembly verilog vhdl objective-c elixir erlang clojure ocaml groovy solidity"
  ).split(" "),
);

const LIST_SEPARATORS = new Set([",", "/", "|", ";", "·", "•", "&", "+", "\u2022", "\u25AA", "\u25CF"]);
const CONJUNCTIONS = new Set(["and", "or", "&"]);
/** A guarded form glued to one of these is part of another word ("R&D", "C-suite", "go-to"). */
const GLUE_BEFORE = new Set(["-", "\u2010", "\u2011", "_", "@", "&", "'", "\u2019", ".", "\\", "#", "+"]);
const GLUE_AFTER = new Set(["-", "\u2010", "\u2011", "_", "@", "&", "'", "\u2019", "\\"]);
const SKILL_LABEL_RE = /(language|programming|skill|tool|technolog|stack|framework|software|platform|librar|coding)/i;

const LANGUAGE_BEFORE = new Set(["in", "using", "with", "via"]);
const LANGUAGE_AFTER = new Set(
  (
    "code codebase codebases programming language packages package scripts script scripting services service " +
    "microservices modules module developer developers development library libraries backend backends api apis " +
    "sdk runtime compiler toolchain shiny markdown studio routines programs extensions bindings binaries " +
    "applications app apps tooling ecosystem engineer engineers"
  ).split(" "),
);
const FIELD_AFTER = new Set(
  (
    "model models pipeline pipelines task tasks research system systems application applications algorithm " +
    "algorithms engineer engineers team problems projects techniques architectures backbone backbones datasets " +
    "benchmarks workloads"
  ).split(" "),
);

export interface GuardInput {
  text: string;
  tokens: Token[];
  /** 1 where a token is known to be technical (a keyword hit or a well-known technology). */
  technical: Uint8Array;
  /** Section kind at a text offset, or null. */
  sectionAt: (offset: number) => string | null;
}

/** Marks well-known technology tokens in `technical`. */
export function markKnownTechnology(tokens: Token[], technical: Uint8Array): void {
  tokens.forEach((token, i) => {
    if (TECH_TOKENS.has(token.norm)) technical[i] = 1;
  });
}

/**
 * Printed case matches: each word of the form that has a capital is printed exactly so, or in
 * capitals (all-caps resumes); words of the form in lower case may be printed in any case.
 */
export function caseMatches(tokens: Token[], first: number, caseForm: string[]): boolean {
  return caseForm.every((form, k) => {
    const raw = tokens[first + k].raw;
    return form === form.toLowerCase() || raw === form || raw === form.toUpperCase();
  });
}

/** Not glued into a longer word by a hyphen, ampersand, apostrophe, initial's dot… */
export function standsAlone(text: string, start: number, end: number): boolean {
  if (start > 0 && GLUE_BEFORE.has(text[start - 1])) return false;
  if (end < text.length && GLUE_AFTER.has(text[end])) return false;
  // "R." is an initial when a word follows the dot directly ("R.Smith"); "…, R." ends a list.
  if (text[end] === "." && end + 1 < text.length && /[\p{L}\p{N}]/u.test(text[end + 1])) return false;
  return true;
}

/** Whether a guarded hit spanning tokens first..last has the technical context its form needs. */
export function hasTechnicalContext(input: GuardInput, first: number, last: number, context: GuardContext): boolean {
  const { text, tokens, technical } = input;
  const start = tokens[first].start;
  if (input.sectionAt(start) === "skills") return true;
  if (afterSkillLabel(text, start)) return true;
  for (const dir of [-1, 1] as const) {
    const j = listNeighbour(input, dir < 0 ? first : last, dir);
    if (j >= 0 && technical[j]) return true;
  }
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (context === "language") {
    if (before && LANGUAGE_BEFORE.has(before.norm) && onlySpaces(text, before.end, start)) return true;
    if (after && LANGUAGE_AFTER.has(after.norm) && onlySpaces(text, tokens[last].end, after.start)) return true;
  } else if (after && FIELD_AFTER.has(after.norm) && onlySpaces(text, tokens[last].end, after.start)) {
    return true;
  }
  return false;
}

/** The token linked to token i by a list separator on the side `dir`, or -1. */
function listNeighbour(input: GuardInput, i: number, dir: -1 | 1): number {
  const { tokens, text } = input;
  const j = i + dir;
  if (j < 0 || j >= tokens.length) return -1;
  const gap = dir < 0 ? text.slice(tokens[j].end, tokens[i].start) : text.slice(tokens[i].end, tokens[j].start);
  if (/\n[^\S\n]*\n/.test(gap)) return -1;
  const separator = gap.replace(/[\s()[\]{}]/g, "");
  if (LIST_SEPARATORS.has(separator)) return j;
  if (separator === "" && CONJUNCTIONS.has(tokens[j].norm)) {
    const k = j + dir;
    if (k < 0 || k >= tokens.length) return -1;
    const gap2 = dir < 0 ? text.slice(tokens[k].end, tokens[j].start) : text.slice(tokens[j].end, tokens[k].start);
    const separator2 = gap2.replace(/[\s()[\]{}]/g, "");
    return (separator2 === "" || separator2 === ",") && !/\n[^\S\n]*\n/.test(gap2) ? k : -1;
  }
  return -1;
}

/** "Languages: Python, R" — the hit follows a skills-like label on its own line. */
function afterSkillLabel(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const prefix = text.slice(lineStart, start);
  const colon = prefix.indexOf(":");
  return colon >= 0 && colon <= 40 && SKILL_LABEL_RE.test(prefix.slice(0, colon));
}

function onlySpaces(text: string, from: number, to: number): boolean {
  return /^[^\S\n]+$/.test(text.slice(from, to));
}
