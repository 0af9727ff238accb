/**
 * Sections: detected headings turned into spans of the reading text, each with a kind. A heading
 * the tables do not know gets its kind from its hint words or its content and is reported as
 * non-standard. Text before the first heading is not a section.
 */
import type { Section, SectionKind } from "../../report/schema";
import type { ParseLine, ParsedText } from "../lines";
import { detectHeadings, type DetectedHeading } from "./detect-headings";
import { inferKind } from "./infer-kind";
import { inferUntitledExperience } from "./infer-sections";

export interface SectionSpan extends Section {
  /** Heading line(s) and content lines, as indexes into `ParsedText.lines`. */
  headingLines: number[];
  contentLines: number[];
  /** The heading is not one the synonym tables know. */
  nonstandard: boolean;
}

export function findHeadings(parsed: ParsedText, exclude: Set<number>): DetectedHeading[] {
  return detectHeadings(parsed).filter((h) => !exclude.has(h.line));
}

export function buildSections(parsed: ParsedText, headings: DetectedHeading[], exclude: Set<number>): SectionSpan[] {
  const { lines } = parsed;
  const spans: SectionSpan[] = [];
  headings.forEach((h, i) => {
    const nextLine = headings[i + 1]?.line ?? lines.length;
    const content: number[] = [];
    for (let k = h.lastLine + 1; k < nextLine; k++) if (!exclude.has(k)) content.push(k);
    const contentLines = content.map((k) => lines[k]);
    const nonstandard = h.match === "hint" || h.match === "typography";
    const kind: SectionKind = h.kind ?? inferKind(contentLines, i === 0);
    const last = contentLines[contentLines.length - 1] ?? lines[h.lastLine];
    spans.push({
      kind,
      heading: h.text,
      start: lines[h.line].start,
      end: last.end,
      detectedBy: "heading",
      headingLines: range(h.line, h.lastLine),
      contentLines: content,
      nonstandard,
    });
  });
  const inferred = spans.some((s) => s.kind === "experience") ? null : inferUntitledExperience(parsed, headings[0]?.line ?? lines.length, exclude);
  if (inferred) spans.unshift(inferred);
  return spans.sort((a, b) => a.start - b.start);
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** The lines of every section of a kind, one array per section. */
export function linesOfKind(parsed: ParsedText, sections: SectionSpan[], kind: SectionKind): ParseLine[][] {
  return sections.filter((s) => s.kind === kind).map((s) => s.contentLines.map((i) => parsed.lines[i]));
}

/** "Leadership Experience", "Erfahrung im Ehrenamt": an activities heading that names positions held. */
const POSITIONS = /experience|erfahrung|expérience|experiencia|experiência|esperienz|ervaring|erfarenhet|経験|经历|經歷/iu;

/**
 * The lines of the sections whose entries are jobs: experience sections, and activities sections
 * whose heading calls them experience ("Leadership Experience" lists positions held).
 */
export function jobLines(parsed: ParsedText, sections: SectionSpan[]): ParseLine[][] {
  return sections
    .filter((s) => s.kind === "experience" || (s.kind === "activities" && POSITIONS.test(s.heading)))
    .map((s) => s.contentLines.map((i) => parsed.lines[i]));
}
