/**
 * Entry point of the parse stage: the document model in, the fields an ATS would fill in out.
 * (Interface fixed; the parse helper fills in the modules behind it.)
 */
import type { ExtractedDocument } from "../extract/model";
import { readingText } from "../extract/reading-text";
import type { Finding } from "../warnings/finding";
import type { Contact, Education, Experience, Section } from "../report/schema";

export interface ParsedResume {
  /** Reading-order text; section offsets index into it. */
  text: string;
  contact: Contact;
  sections: Section[];
  experience: Experience[];
  education: Education[];
  skills: string[];
  findings: Finding[];
}

export function parseResume(doc: ExtractedDocument): ParsedResume {
  const { text } = readingText(doc);
  return {
    text,
    contact: { name: null, emails: [], phones: [], location: null, links: [] },
    sections: [],
    experience: [],
    education: [],
    skills: [],
    findings: [],
  };
}
