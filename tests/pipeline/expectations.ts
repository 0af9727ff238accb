/**
 * Hand-checked expectations for the committed fixture resumes (tests/fixtures/expected/<format>/*.json):
 * what a person sees in each file, field by field. A field the pipeline still gets wrong is written
 * `{ "expected": <the right value>, "knownIssue": "why" }`, so the right answer stays on record and
 * the gap is reported, not hidden.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Report } from "../../lib/report/schema";
import { LINK_KINDS, SECTION_KINDS } from "../../lib/report/schema";
import { WARNING_CODES, type WarningCode } from "../../lib/warnings/finding";

export const FIXTURES = path.resolve(__dirname, "../fixtures");
export const FORMATS = ["pdf", "docx", "doc"] as const;
export type Format = (typeof FORMATS)[number];

/** A value, or the right value with the reason the pipeline does not produce it yet. */
const known = <T extends z.ZodType>(value: T) =>
  z.union([z.strictObject({ expected: value, knownIssue: z.string().min(10) }), value]);

const date = z.string().nullable();
const entry = {
  experience: z.strictObject({
    title: z.string().nullable(),
    company: z.string().nullable(),
    location: z.string().nullable(),
    start: date,
    end: date,
    /** How many bullet or description lines the entry has. */
    bullets: z.number().int().nonnegative(),
  }),
  education: z.strictObject({ degree: z.string().nullable(), school: z.string().nullable(), start: date, end: date }),
};

const expectationSchema = z.strictObject({
  /** `<format>/<file name>` under tests/fixtures. */
  fixture: z.string().regex(/^(pdf|docx|doc)\/[\w.-]+$/),
  /** Set when the input is built by the test (see generated-fixtures.ts), not read from disk. */
  generated: z.string().optional(),
  /** What a person sees in the file, in a sentence. */
  note: z.string(),
  pages: known(z.number().int().nonnegative()),
  contact: z.strictObject({
    name: known(z.string().nullable()),
    emails: known(z.array(z.string())),
    phones: known(z.array(z.string())),
    location: known(z.string().nullable()),
    links: known(z.array(z.strictObject({ kind: z.enum(LINK_KINDS), url: z.string() }))),
  }),
  sections: known(z.array(z.strictObject({ kind: z.enum(SECTION_KINDS), heading: z.string() }))),
  experience: known(z.array(entry.experience)),
  education: known(z.array(entry.education)),
  /** Compared as a set. */
  skills: known(z.array(z.string())),
  /** The exact set of warning codes: every one listed is reported, every other one is not. */
  warnings: known(z.array(z.enum(WARNING_CODES))),
});

export type FixtureExpectation = z.infer<typeof expectationSchema>;

/** The fields compared, flattened: "contact.name", "sections", ... */
export const FIELDS = [
  "pages",
  "contact.name",
  "contact.emails",
  "contact.phones",
  "contact.location",
  "contact.links",
  "sections",
  "experience",
  "education",
  "skills",
  "warnings",
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldExpectation {
  field: Field;
  expected: unknown;
  /** Why the pipeline does not produce `expected` yet; absent when it should today. */
  knownIssue?: string;
}

export function loadExpectations(): FixtureExpectation[] {
  const out: FixtureExpectation[] = [];
  for (const format of FORMATS) {
    const dir = path.join(FIXTURES, "expected", format);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      const parsed = expectationSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
      if (!parsed.success) throw new Error(`${format}/${file}: ${z.prettifyError(parsed.error)}`);
      const e = parsed.data;
      const base = path.basename(e.fixture).replace(/\.[^.]+$/, "");
      if (!e.fixture.startsWith(`${format}/`) || `${base}.json` !== file) {
        throw new Error(`${format}/${file} describes ${e.fixture}: name it after the fixture`);
      }
      out.push(e);
    }
  }
  return out;
}

/** Every compared field of an expectation, with its known issue where it has one. */
export function fieldExpectations(e: FixtureExpectation): FieldExpectation[] {
  return FIELDS.map((field) => {
    const value = field.startsWith("contact.") ? e.contact[field.slice(8) as keyof FixtureExpectation["contact"]] : e[field as Exclude<Field, `contact.${string}`>];
    if (value !== null && typeof value === "object" && "knownIssue" in value) {
      return { field, expected: normalise(field, value.expected), knownIssue: value.knownIssue };
    }
    return { field, expected: normalise(field, value) };
  });
}

/** The report's value for each field, in the shape of the expectations. */
export function observe(report: Report): Record<Field, unknown> {
  return {
    pages: report.file.pages,
    "contact.name": report.contact.name,
    "contact.emails": report.contact.emails,
    "contact.phones": report.contact.phones,
    "contact.location": report.contact.location,
    "contact.links": report.contact.links.map(({ kind, url }) => ({ kind, url })),
    sections: report.sections.map(({ kind, heading }) => ({ kind, heading })),
    experience: report.experience.map((x) => ({
      title: x.title,
      company: x.company,
      location: x.location,
      start: x.start,
      end: x.end,
      bullets: x.bullets.length,
    })),
    education: report.education.map(({ degree, school, start, end }) => ({ degree, school, start, end })),
    skills: normalise("skills", report.skills),
    warnings: normalise("warnings", [...new Set(report.ats.warnings.map((w) => w.code))]),
  };
}

/** Sets are compared sorted; everything else as is. */
function normalise(field: Field, value: unknown): unknown {
  if ((field === "skills" || field === "warnings") && Array.isArray(value)) return [...value].sort();
  return value;
}

/** The warning codes an expectation says the pipeline reports today (none while that is a known issue). */
export function reportedCodes(e: FixtureExpectation): WarningCode[] {
  return "knownIssue" in e.warnings ? [] : e.warnings;
}
