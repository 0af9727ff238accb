/**
 * Entry point of the parse stage: the document model in, the fields an ATS would fill in out.
 *
 * Order matters: headings are found first (the name line is never one), then the name, then the
 * sections, whose kinds tell the contact finder where contact details live and the entry parsers
 * which lines are experience, education and skills.
 */
import type { ExtractedDocument } from "../extract/model";
import type { Finding } from "../warnings/finding";
import type { Contact, Education, Experience, Section } from "../report/schema";
import { extractContact } from "./contact";
import { findName } from "./contact/name";
import { parseEducation } from "./education";
import { parseExperience } from "./experience";
import { bulletFindings, contactFindings, dateFindings, headingFindings } from "./findings";
import { parseLines, type ParsedText } from "./lines";
import { buildSections, findHeadings, jobLines, linesOfKind } from "./sections";
import { collectSkills } from "./skills";

export interface ParsedResume {
  /** Reading-order text; section offsets index into it. */
  text: string;
  /** `text` with hidden spans (white, tiny, off-page, hidden runs) blanked; same offsets. */
  visibleText: string;
  contact: Contact;
  sections: Section[];
  experience: Experience[];
  education: Education[];
  skills: string[];
  findings: Finding[];
}

/**
 * Lines that belong to no section: the name, page headers and footers, and running heads that repeat
 * the name ("John Doe – 2/2", "Mickey Mouse … Page 2 of 6").
 */
function notContent(parsed: ParsedText, name: string | null, nameLines: Set<number>): Set<number> {
  const out = new Set(nameLines);
  const key = name?.toLowerCase();
  for (const l of parsed.lines) {
    if (l.source === "header" || l.source === "footer") out.add(l.index);
    else if (key && !nameLines.has(l.index) && l.text.toLowerCase().startsWith(key) && l.text.length <= key.length + 16) out.add(l.index);
  }
  return out;
}

export function parseResume(doc: ExtractedDocument): ParsedResume {
  const parsed = parseLines(doc);
  const firstGuess = findHeadings(parsed, new Set());
  const name = findName(parsed, doc.metadata, firstGuess[0]?.line ?? parsed.lines.length);
  const nameLines = new Set(name.lines);
  // The line right under the name is a headline ("Business Woman & Proud Geek"), not a section,
  // unless its wording is a known heading.
  const headline = name.lines.length ? Math.max(...name.lines) + 1 : -1;
  const headings = firstGuess.filter(
    (h) => !nameLines.has(h.line) && !(h.line === headline && !h.primary && (h.match === "hint" || h.match === "typography")),
  );
  const sections = buildSections(parsed, headings, notContent(parsed, name.name, nameLines));

  const linesIn = (kinds: string[]) =>
    new Set(sections.filter((s) => kinds.includes(s.kind)).flatMap((s) => s.contentLines));
  const afterName = headings.find((h) => h.line > (name.lines[0] ?? -1));
  const contact = extractContact(parsed, name, {
    firstHeading: headings[0]?.line ?? Math.min(parsed.lines.length, 15),
    nextHeadingAfterName: afterName?.line ?? parsed.lines.length,
    personal: linesIn(["personal"]),
    references: linesIn(["references"]),
    othersWork: linesIn(["experience", "projects", "publications", "volunteering"]),
  });

  const experience = parseExperience(jobLines(parsed, sections));
  const education = parseEducation(linesOfKind(parsed, sections, "education"));
  const skills = collectSkills(parsed.visibleText, sections, linesOfKind(parsed, sections, "skills"));

  const findings = [
    ...contactFindings(contact, parsed.lines.length > 0),
    ...headingFindings(parsed, sections),
    ...dateFindings(parsed, sections),
    ...bulletFindings(parsed.lines, new Set(sections.flatMap((s) => s.headingLines))),
  ];
  return {
    text: parsed.text,
    visibleText: parsed.visibleText,
    contact,
    sections: sections.map(({ kind, heading, start, end, detectedBy }) => ({ kind, heading, start, end, detectedBy })),
    experience,
    education,
    skills,
    findings,
  };
}
