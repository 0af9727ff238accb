/**
 * Length: pages against experience. Recruiters expect one page below ten years of experience and two
 * above; a research CV with publications may run one page longer. Each page over costs more than the
 * one before. A resume of a few lines is penalised too: it gives an ATS little to match.
 */
import type { ResumeFacts } from "../resume-facts";
import { factor, plural, type FactorResult } from "./factor";

const LONG_CAREER_YEARS = 10;
/** Share kept per page over the expected length: one over keeps 60%, two 30%, more nothing. */
const OVER_SHARE = [1, 0.6, 0.3, 0];
export const MIN_WORDS = 150;
/** Words per page, to estimate pages when the format has none. */
const WORDS_PER_PAGE = 550;

/** Pages as printed, or estimated from the words when the format has no pages. */
export function countedPages(pages: number, words: number): number {
  return pages > 0 ? pages : Math.max(1, Math.ceil(words / WORDS_PER_PAGE));
}

export function expectedPages(years: number, academic: boolean): number {
  return (years >= LONG_CAREER_YEARS ? 2 : 1) + (academic ? 1 : 0);
}

/** `pages` already counted (countedPages), `expected` from expectedPages. */
export function lengthFactor({ pages: counted, expectedPages: expected, words, years }: Pick<ResumeFacts, "pages" | "expectedPages" | "words" | "years">): FactorResult {
  const over = Math.max(0, counted - expected);
  let share = OVER_SHARE[Math.min(over, OVER_SHARE.length - 1)];
  const yearsText = `${Math.round(years * 10) / 10} years of dated experience`;
  let why =
    over === 0
      ? `${plural(counted, "page")} for ${yearsText}: within the expected ${plural(expected, "page")}.`
      : `${plural(counted, "page")} for ${yearsText}: ${plural(over, "page")} over the expected ${expected}.`;
  if (words < MIN_WORDS) {
    share *= 0.5;
    why += ` Only ${plural(words, "word")} of text: too little for an ATS to match.`;
  }
  return factor("length", share, why);
}
