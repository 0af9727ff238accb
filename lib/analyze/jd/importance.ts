/**
 * Whether the job description asks for a term or merely welcomes it, decided where the term is
 * written. Nearest evidence wins:
 *   1. a cue after the term in its list ("Spark or Flink is a plus", "Kubernetes (preferred)");
 *   2. a cue before it in its clause ("Nice to have: Rust", "Familiarity with dbt", "Must have: SQL");
 *   3. the heading of its part of the ad ("Requirements", "Nice to have", "Responsibilities");
 *   4. otherwise required: an ad with no cue at all lists what it needs.
 * Benefits, equal-opportunity and how-to-apply parts are not asks at all (`skip`), nor is the
 * company blurb ("About us: founded in 2015, Series B"), which is reported as its own zone.
 */
import type { Importance } from "../../profiles/schema";
import type { Clause, JdLayout } from "./layout";

export type Zone = "body" | "company" | "skip";

export interface Placement {
  importance: Importance;
  zone: Zone;
}

interface Cue {
  start: number;
  end: number;
  importance: Importance;
  /** Governs what follows (to the clause end) rather than the list before it. */
  prefix: boolean;
}

/** Cue phrases that always govern what follows them. */
const PREFIX_ONLY = [
  /\b(?:some |any )?familiarity (?:with|in|of)\b/gi,
  /\b(?:some |any )?exposure to\b/gi,
  /\bideally\b/gi,
  /\bpreferably\b/gi,
  /\bbonus points? (?:for|if)\b/gi,
  /\b(?:it(?:'s|’s| is|'d be| would be) )?(?:a )?(?:plus|bonus) if\b/gi,
  /\b(?:even )?better if\b/gi,
  /\bwould be (?:great|nice|awesome|ideal) if\b/gi,
];

/** Preferred cues placed by position: before a colon or at the clause start they lead, else they trail. */
const PREFERRED_CUES = [
  /\bnot (?:required|mandatory|a must|essential)\b/gi,
  /\b(?:strongly |highly )?preferred\b/gi,
  /\bnice[\s-]to[\s-]haves?\b/gi,
  /\bgood[\s-]to[\s-]haves?\b/gi,
  /\b(?:is |are |would be |will be )?(?:a |an )?(?:big |huge |strong |definite |major |nice |real |great |added |extra )?(?:plus|bonus)(?:es)?\b(?!\+)/gi,
  /\bpluses\b/gi,
  /\b(?:is |are |would be )?(?:an )?(?:advantage|advantageous|beneficial|desirable|desired|welcomed?|appreciated|helpful)\b/gi,
  /\boptional\b/gi,
];

/** Required cues that always lead: a modal "must", "you'll need", "we need". */
const REQUIRED_PREFIX_ONLY = [
  /\bmust(?![\s-]*haves?\b)\b/gi,
  /\b(?:what )?you(?:'ll|’ll| will)? need\b/gi,
  /\bwe need\b/gi,
  /\bminimum qualifications?\b/gi,
];

/** Required cues placed by position ("Required: SQL", "SQL is required", "Python is a must"). */
const REQUIRED_CUES = [
  /\b(?:is |are )?(?:a )?must[\s-]*haves?\b/gi,
  /\b(?:is |are )a must\b/gi,
  /\b(?:is |are )?(?:required|mandatory|essential|necessary)\b/gi,
  /\brequirements?\b/gi,
];

export interface ImportanceLocator {
  /** Where the text at `offset` sits: importance and zone. */
  at(offset: number): Placement;
}

/** Sentences that are boilerplate wherever they stand: equal opportunity, benefits, how to apply. */
const SKIP_CLAUSE_RE =
  /\b(?:equal (?:employment )?opportunit|do(?:es)? not discriminate|without regard to|committed to (?:equity|diversity|inclusion|creating an inclusive)|accommodations? (?:is|are) available|reasonable accommodations?|we offer\b|what we offer|how to apply|to apply,|^\W*apply (?:at|via|here|now|online|through|by)\b|send (?:us )?your (?:cv|resume|résumé)|salary range|pay range|compensation range|base salary)|^\s*(?:benefits|perks)\s*:/i;

/** Phrases of the ad about itself: a profile term inside ("hiring") is not an ask. */
const BOILERPLATE_RE =
  /\b(?:(?:we(?:'re|’re| are)|is|are|now|currently|actively)\s+(?:hiring|recruiting)|hiring\s+(?:process|manager|managers|team|decisions?)|equal\s+opportunity|affirmative\s+action)\b/gi;

export function importanceLocator(layout: JdLayout): ImportanceLocator {
  const boilerplate = [...layout.text.matchAll(BOILERPLATE_RE)].map((m) => [m.index, m.index + m[0].length]);
  const skipClause = new Map<Clause, boolean>();
  const isSkipClause = (clause: Clause) => {
    let skip = skipClause.get(clause);
    if (skip === undefined) skipClause.set(clause, (skip = SKIP_CLAUSE_RE.test(layout.text.slice(clause.start, clause.end))));
    return skip;
  };
  const cueCache = new Map<Clause, Cue[]>();
  const cuesOf = (clause: Clause) => {
    let cues = cueCache.get(clause);
    if (!cues) cueCache.set(clause, (cues = findCues(layout.text, clause)));
    return cues;
  };
  return {
    at(offset) {
      if (boilerplate.some(([s, e]) => offset >= s && offset < e)) return { importance: "preferred", zone: "skip" };
      const clause = layout.clauseAt(offset);
      if (!clause) return { importance: "required", zone: "body" };
      const zone: Zone = clause.part === "skip" || isSkipClause(clause) ? "skip" : clause.part === "company" ? "company" : "body";
      const cued = cueImportance(layout.text, clause, cuesOf(clause), offset);
      if (cued) return { importance: cued, zone };
      return { importance: clause.part === "preferred" || clause.part === "company" ? "preferred" : "required", zone };
    },
  };
}

function findCues(text: string, clause: Clause): Cue[] {
  const body = text.slice(clause.start, clause.end);
  const cues: Cue[] = [];
  const add = (re: RegExp, importance: Importance, prefixOnly: boolean) => {
    for (const m of body.matchAll(re)) {
      const start = clause.start + m.index;
      const end = start + m[0].length;
      if (cues.some((c) => start < c.end && c.start < end)) continue;
      const leading = /^[\s(\[*•\-–—]*$/.test(body.slice(0, m.index));
      const labelled = /^\s*[:\-–—]/.test(body.slice(m.index + m[0].length));
      cues.push({ start, end, importance, prefix: prefixOnly || leading || labelled });
    }
  };
  // "not required" before "required"; prefix-only phrases before the bare "plus"/"bonus".
  add(PREFERRED_CUES[0], "preferred", false);
  for (const re of PREFIX_ONLY) add(re, "preferred", true);
  for (const re of PREFERRED_CUES.slice(1)) add(re, "preferred", false);
  for (const re of REQUIRED_CUES) add(re, "required", false);
  for (const re of REQUIRED_PREFIX_ONLY) add(re, "required", true);
  return cues.sort((a, b) => a.start - b.start);
}

function cueImportance(text: string, clause: Clause, cues: Cue[], offset: number): Importance | null {
  // 1. A trailing cue whose list reaches back to the term.
  for (const cue of cues) {
    if (cue.prefix || cue.start < offset) continue;
    const floor = cues.filter((c) => c.end <= cue.start).reduce((m, c) => Math.max(m, c.end), clause.start);
    if (offset >= trailingScopeStart(text, floor, cue.start)) return cue.importance;
    break;
  }
  // 2. The nearest leading cue before it.
  let lead: Cue | null = null;
  for (const cue of cues) if (cue.prefix && cue.end <= offset) lead = cue;
  return lead ? lead.importance : null;
}

/** Words that make a comma-separated piece a statement rather than a list item. */
const STATEMENT_WORDS = /\b(experience|experienced|skills?|knowledge|understanding|proficiency|proficient|strong|solid|deep|years?|ability|background|expertise|degree)\b/i;

/**
 * Start of the list a trailing cue closes: its own comma piece, extended back over earlier pieces
 * that look like list items (at most three words, no "experience"/"skills"…). So in "Python, SQL
 * and Spark preferred" all three are preferred, but in "Strong Python skills, Scala a plus" only
 * Scala is.
 */
function trailingScopeStart(text: string, floor: number, cueStart: number): number {
  let start = Math.max(floor, text.lastIndexOf(",", cueStart - 1) + 1);
  while (start > floor) {
    const comma = start - 1;
    const previous = Math.max(floor, text.lastIndexOf(",", comma - 1) + 1);
    const piece = text.slice(previous, comma).replace(/^\s*(?:and|or)\s+/i, "").trim();
    const words = piece.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 3 || STATEMENT_WORDS.test(piece)) break;
    start = previous;
  }
  return start;
}
