/**
 * Career-level suggestions: the transition plan (what to learn, how long the guide says it takes,
 * what to lead with), and length and recency when those factors lost points.
 */
import type { Transition } from "../../report/schema";
import { draft, listTerms, type Draft } from "./draft";

export function transitionSuggestion(t: Transition | null): Draft[] {
  if (!t) return [];
  const timeline = t.timeline ? ` The guide puts this move at ${t.timeline.minMonths}–${t.timeline.maxMonths} months of focused study.` : "";
  const gap = t.gap ? ` The gap: ${t.gap}` : "";
  const message = `The resume reads as ${t.currentRole.title} (confidence ${Math.round(t.currentRole.confidence * 100)}%) moving to ${t.targetRole.title}.${gap}${timeline}`;
  const parts: string[] = [];
  if (t.toLearn.length > 0) parts.push(`Build and show ${listTerms(t.toLearn)} in projects with results`);
  if (t.transferable.length > 0) parts.push(`lead with what transfers: ${listTerms(t.transferable.slice(0, 5))}`);
  const action = parts.length > 0 ? `${parts.join("; ")}.` : `Show the work you have done towards ${t.targetRole.title} in projects with results.`;
  return [draft("medium", "transition", message, action, t.currentRole.title, t.direction === "other" ? 1 : 2)];
}

export interface LengthFacts {
  pages: number;
  expectedPages: number;
  words: number;
  /** Below this many words the text is too thin to match (the length factor's threshold). */
  minWords: number;
}

export function lengthSuggestion({ pages, expectedPages, words, minWords }: LengthFacts): Draft[] {
  if (pages > expectedPages) {
    return [
      draft(
        "low",
        "length",
        `The resume runs to ${pages} pages; for its experience ${expectedPages === 1 ? "one page is" : `${expectedPages} pages are`} expected.`,
        "Shorten older roles to a line each, drop bullets that do not match the role, and remove the references line and personal details.",
        `${pages} pages`,
        pages - expectedPages,
      ),
    ];
  }
  if (words < minWords) {
    return [
      draft(
        "medium",
        "length",
        `The resume has only ${words} words of text an ATS can read.`,
        "Add bullets for each role (what you did, with which tools, the result) and a skills section; if the text is in images or text boxes, move it into the body.",
        null,
        1,
      ),
    ];
  }
  return [];
}

/** `undated`: the resume has experience entries but none with a readable date. */
export function recencySuggestion(monthsAgo: number | null, undated: boolean): Draft[] {
  if (undated) {
    return [
      draft(
        "medium",
        "recency",
        "No experience entry has dates an ATS can read.",
        "Give every role a start and end date in one format (e.g. “Jan 2021 – Present”) on the line with the title or company.",
        null,
        1,
      ),
    ];
  }
  if (monthsAgo !== null && monthsAgo > 6) {
    return [
      draft(
        "low",
        "recency",
        `The most recent experience ended ${monthsAgo} months ago.`,
        "Add what you have done since, with dates: projects, courses, freelance or volunteer work related to the role.",
        null,
        1,
      ),
    ];
  }
  return [];
}
