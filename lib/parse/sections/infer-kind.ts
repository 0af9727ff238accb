/**
 * Guesses what a section holds from its content, for headings the tables do not know ("Where I've
 * made impact") and for text with no heading at all: dated roles → experience, degrees → education,
 * short list items → skills, a paragraph → summary.
 */
import type { SectionKind } from "../../report/schema";
import { classifyLines } from "../entries/groups";
import { hasDegree, hasSchool, titleScore } from "../entries/lexicon";
import type { ParseLine } from "../lines";
import { wordCount } from "../text";

/** `first`: the section opens the document (a summary sits at the top, nowhere else). */
export function inferKind(lines: ParseLine[], first = true): SectionKind {
  if (!lines.length) return "other";
  const entries = classifyLines(lines);
  const headers = entries.filter((l) => l.role === "header");
  const dated = headers.filter((l) => l.dates.some((d) => d.isRange));
  const degreeLines = headers.filter((l) => hasDegree(l.text) || hasSchool(l.text)).length;
  const titled = headers.filter((l) => titleScore(l.text) > 0).length;
  if (dated.length && degreeLines >= Math.max(1, titled)) return "education";
  if (dated.length && titled) return "experience";
  const words = lines.reduce((n, l) => n + wordCount(l.text), 0);
  const prose = entries.filter((l) => l.role === "prose" || l.role === "continuation").length;
  const listy = lines.filter((l) => /[,|•·;]/.test(l.text) || wordCount(l.text) <= 3).length;
  if (first && prose >= lines.length / 2 && !dated.length && words >= 12) return "summary";
  if (listy >= lines.length * 0.7 && words / lines.length <= 8) return "skills";
  return "other";
}
