/**
 * Sections with no printed heading. The one that matters to an ATS is experience: a run of dated
 * roles before the first heading (or in a document with no headings at all) is reported as an
 * experience section `detectedBy: "inferred"`, with an empty heading.
 */
import { findEmails } from "../contact/emails";
import { findPhones } from "../contact/phones";
import { classifyLines } from "../entries/groups";
import { titleScore, companyScore } from "../entries/lexicon";
import type { ParsedText } from "../lines";
import type { SectionSpan } from "./index";

/** Fewest dated roles that make an untitled block an experience section. */
const MIN_ROLES = 2;

export function inferUntitledExperience(parsed: ParsedText, firstHeading: number, exclude: Set<number>): SectionSpan | null {
  const region = parsed.lines.slice(0, firstHeading).filter((l) => !exclude.has(l.index));
  const body = region.filter((l) => !findEmails(l.raw).length && !findPhones(l.raw).length);
  if (body.length < 4) return null;
  const entries = classifyLines(body);
  const roles = entries.filter(
    (l, i) =>
      l.role === "header" &&
      l.dates.some((d) => d.isRange) &&
      [entries[i - 1], l, entries[i + 1]].some((n) => n && n.role === "header" && titleScore(n.text) + companyScore(n.text) > 0),
  );
  if (roles.length < MIN_ROLES) return null;
  // Start at the header run that holds the first role.
  const at = entries.indexOf(roles[0]);
  let first = at;
  while (first > 0 && first > at - 3 && entries[first - 1].role === "header") first--;
  const content = entries.slice(first).map((l) => l.line.index);
  const firstLine = parsed.lines[content[0]];
  const lastLine = parsed.lines[content[content.length - 1]];
  return {
    kind: "experience",
    heading: "",
    start: firstLine.start,
    end: lastLine.end,
    detectedBy: "inferred",
    headingLines: [],
    contentLines: content,
    nonstandard: false,
  };
}
