/**
 * Per-statement findings on experience bullets: the facts behind the impact factor and the wording
 * suggestions. A "statement" is a bullet, or one sentence of a bullet written as a paragraph
 * ("Led a team of… Designed… Improved…"), since each sentence is read as its own claim.
 */
import type { Experience } from "../../report/schema";
import { fillerPhrases, firstPersonWord, hasMeasurableResult, looksEnglish, startsWithStrongVerb, weakOpener } from "./phrases";

export interface Statement {
  text: string;
  /** Index of the experience entry in the report, and its title for messages. */
  entry: number;
  title: string | null;
  company: string | null;
  /** Whether the wording checks apply (English statements only; others are counted, not judged). */
  judged: boolean;
  measurable: boolean;
  /** Opens with a strong action verb ("Built", "Reduced"). */
  strongVerb: boolean;
  /** The weak opener used ("Responsible for", "Helped"), or null. */
  weakOpener: string | null;
  /** The first-person word used ("I", "my"), or null. */
  firstPerson: string | null;
  filler: string[];
}

/** A sentence this short is a fragment of the one before ("e.g.", "Inc."), not a claim of its own. */
const MIN_SENTENCE_WORDS = 4;
/** Statements shorter than this are labels or stray lines, not bullets to judge. */
const MIN_STATEMENT_WORDS = 3;

export function checkBullets(experience: readonly Experience[]): Statement[] {
  const out: Statement[] = [];
  experience.forEach((entry, index) => {
    for (const bullet of entry.bullets) {
      for (const text of splitStatements(bullet)) {
        if (wordCount(text) < MIN_STATEMENT_WORDS) continue;
        out.push(checkStatement(text, index, entry));
      }
    }
  });
  return out;
}

export function checkStatement(text: string, entry: number, source: Pick<Experience, "title" | "company">): Statement {
  const judged = looksEnglish(text);
  return {
    text,
    entry,
    title: source.title,
    company: source.company,
    judged,
    measurable: hasMeasurableResult(text),
    strongVerb: judged && startsWithStrongVerb(text),
    weakOpener: judged ? weakOpener(text) : null,
    firstPerson: judged ? firstPersonWord(text) : null,
    filler: judged ? fillerPhrases(text) : [],
  };
}

/** Sentences of a paragraph bullet; a one-sentence bullet is returned whole. */
export function splitStatements(bullet: string): string[] {
  const text = bullet.replace(/\s+/g, " ").trim();
  if (!text) return [];
  const parts = text.split(/(?<=[a-z0-9)%][.!?])\s+(?=[A-Z])/);
  const out: string[] = [];
  for (const part of parts) {
    if (out.length > 0 && wordCount(part) < MIN_SENTENCE_WORDS) out[out.length - 1] += ` ${part}`;
    else out.push(part);
  }
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
