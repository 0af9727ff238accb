/**
 * The report: the one shape every shell (API, CLI, pages) produces and reads.
 * `../shared/contract.md` fixes the fields outside tools read; we may add, never rename or drop.
 */
import { z } from "zod";
import { WARNING_CODES } from "../warnings/finding";
import { INPUT_ERROR_CODES } from "../errors";

export const REPORT_VERSION = 1;

export const SECTION_KINDS = [
  "summary",
  "experience",
  "education",
  "skills",
  "projects",
  "certifications",
  "publications",
  "awards",
  "volunteering",
  "languages",
  "interests",
  "references",
  "courses",
  "activities",
  "personal",
  "other",
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const LINK_KINDS = ["linkedin", "github", "portfolio", "kaggle", "scholar", "other"] as const;

/** `YYYY-MM`, `YYYY` or `present`. */
export const resumeDateSchema = z.string().regex(/^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/);

export const severitySchema = z.enum(["high", "medium", "low", "info"]);

/** A character range of `ats.text`: `start` inclusive, `end` exclusive. */
export const textRangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const warningSchema = z.object({
  code: z.enum(WARNING_CODES),
  severity: severitySchema,
  message: z.string(),
  evidence: z.string(),
  page: z.number().int().positive().nullable(),
  count: z.number().int().positive(),
});

export const fileInfoSchema = z.object({
  name: z.string(),
  format: z.enum(["pdf", "docx", "doc"]),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
});

export const linkSchema = z.object({ kind: z.enum(LINK_KINDS), url: z.string() });

export const contactSchema = z.object({
  name: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  location: z.string().nullable(),
  links: z.array(linkSchema),
});

export const sectionSchema = z.object({
  kind: z.enum(SECTION_KINDS),
  heading: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** How the heading was recognised: printed heading, or inferred from content with no heading. */
  detectedBy: z.enum(["heading", "inferred"]),
});

export const experienceSchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  start: resumeDateSchema.nullable(),
  end: resumeDateSchema.nullable(),
  bullets: z.array(z.string()),
});

export const educationSchema = z.object({
  degree: z.string().nullable(),
  school: z.string().nullable(),
  start: resumeDateSchema.nullable(),
  end: resumeDateSchema.nullable(),
});

export const breakdownSchema = z.object({
  factor: z.string(),
  points: z.number(),
  max: z.number(),
  why: z.string(),
});

export const keywordHitSchema = z.object({
  term: z.string(),
  category: z.string(),
  found: z.boolean(),
  count: z.number().int().nonnegative(),
  sections: z.array(z.string()),
  /** The profile's importance of the term (set by our analysis; other tools may omit it). */
  importance: z.enum(["required", "preferred"]).optional(),
  /** "demonstrated": used in experience/projects; "listed": only named (skills, summary); "missing". */
  evidence: z.enum(["demonstrated", "listed", "missing"]).optional(),
  /** Where the matcher found it in `ats.text` (aliases and stems included), for highlighting. */
  occurrences: z.array(textRangeSchema).optional(),
});

export const jdKeywordSchema = z.object({
  term: z.string(),
  importance: z.enum(["required", "preferred"]),
  found: z.boolean(),
  sections: z.array(z.string()),
});

/**
 * Career move from the role the resume shows today to the scored profile (lib/analyze/transition).
 * Lives under `match` because it is relative to `match.profile`; null when the resume already shows
 * the target role, or shows no role at all.
 */
export const transitionSchema = z.object({
  currentRole: z.object({ slug: z.string(), title: z.string(), confidence: z.number().min(0).max(1) }),
  targetRole: z.object({ slug: z.string(), title: z.string() }),
  /** "into": a move the career guide describes into the target; "out-of": a move on from it; "other": no guide facts. */
  direction: z.enum(["into", "out-of", "other"]),
  /** What the current role already brings (guide wording), when the guide says. */
  brings: z.string().nullable(),
  /** What must be learnt (guide wording), when the guide says. */
  gap: z.string().nullable(),
  timeline: z.object({ minMonths: z.number().int().positive(), maxMonths: z.number().int().positive() }).nullable(),
  /** Target-role keywords the resume already demonstrates (or lists), strongest first. */
  transferable: z.array(z.string()),
  /** Keywords of the gap (or the target's required ones) the resume does not yet demonstrate. */
  toLearn: z.array(z.string()),
});

export const matchSchema = z.object({
  profile: z.string(),
  /** Version of the scoring algorithm (lib/analyze/score), so scores are compared like with like. */
  algorithm: z.string(),
  score: z.number().min(0).max(100),
  breakdown: z.array(breakdownSchema),
  keywords: z.array(keywordHitSchema),
  /** The profile's keyword groups in order: each `category` slug with its display label (optional for older reports). */
  categories: z.array(z.object({ category: z.string(), label: z.string() })).optional(),
  jd: z
    .object({
      title: z.string().nullable(),
      matchRate: z.number().min(0).max(100),
      keywords: z.array(
        jdKeywordSchema.extend({
          /** Times the resume shows it. */
          count: z.number().int().nonnegative(),
          /** The profile group's category; null for a term only this ad names (TF-IDF phrase). */
          category: z.string().nullable(),
          /** Known to a role profile, or found by TF-IDF in this ad. */
          source: z.enum(["profile", "phrase"]),
          /** Times the ad names it. */
          mentions: z.number().int().positive(),
          /** Where the resume shows it, as ranges of `ats.text`. */
          occurrences: z.array(textRangeSchema).optional(),
        }),
      ),
      /** Years of experience the ad asks for (its largest required figure), or null. */
      yearsRequired: z.number().int().nonnegative().nullable(),
      /** The lowest degree the ad accepts; all null when it names none. */
      degree: z.object({
        level: z.enum(["bachelor", "master", "phd", "any"]).nullable(),
        text: z.string().nullable(),
        importance: z.enum(["required", "preferred"]).nullable(),
        /** "or equivalent experience": experience may stand in for the degree. */
        equivalentAccepted: z.boolean(),
      }),
    })
    .optional(),
  transition: transitionSchema.nullable(),
});

export const suggestionSchema = z.object({
  priority: z.enum(["high", "medium", "low"]),
  category: z.string(),
  message: z.string(),
  /** What the suggestion is about, quoted from the resume or named (a bullet, a term, a warning's evidence). */
  evidence: z.string().nullable(),
  /** The concrete edit to make. */
  action: z.string(),
});

/**
 * Text of `ats.text` that came from outside the body: page headers and footers, text boxes,
 * tables, footnotes (what many ATS drop or misplace). `box` is where it sits on its page, as
 * fractions of the page's width and height (origin top-left); null without geometry (DOCX, DOC).
 */
export const textRegionSchema = textRangeSchema.extend({
  source: z.enum(["header", "footer", "textbox", "table", "footnote"]),
  page: z.number().int().positive().nullable(),
  box: z
    .object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1), width: z.number().min(0).max(1), height: z.number().min(0).max(1) })
    .nullable(),
});

export const reportSchema = z.object({
  version: z.literal(REPORT_VERSION),
  file: fileInfoSchema,
  ats: z.object({
    /** Reading-order text the parser used; `sections[].start/end` index into it. */
    text: z.string(),
    /** Content-stream order: what a layout-unaware ATS reads (shows scrambled columns). */
    streamText: z.string(),
    warnings: z.array(warningSchema),
    /** Non-body text (see textRegionSchema), in text order. Absent in reports made before it existed. */
    regions: z.array(textRegionSchema).optional(),
    /** The range of `ats.text` each page contributed; only for formats with pages (PDF). */
    pages: z.array(textRangeSchema.extend({ page: z.number().int().positive() })).optional(),
  }),
  contact: contactSchema,
  sections: z.array(sectionSchema),
  experience: z.array(experienceSchema),
  education: z.array(educationSchema),
  skills: z.array(z.string()),
  /** Filled by the analysis stage; null until a profile is scored. */
  match: matchSchema.nullable(),
  suggestions: z.array(suggestionSchema),
});

export type Report = z.infer<typeof reportSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type Education = z.infer<typeof educationSchema>;
export type ResumeLink = z.infer<typeof linkSchema>;
export type Match = z.infer<typeof matchSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type BreakdownItem = z.infer<typeof breakdownSchema>;
export type TextRange = z.infer<typeof textRangeSchema>;
export type TextRegion = z.infer<typeof textRegionSchema>;
export type KeywordHit = z.infer<typeof keywordHitSchema>;

export const errorReportSchema = z.object({
  file: z.object({ name: z.string(), bytes: z.number().int().nonnegative() }),
  error: z.object({ code: z.enum(Object.keys(INPUT_ERROR_CODES) as [keyof typeof INPUT_ERROR_CODES]), message: z.string() }),
});
export type ErrorReport = z.infer<typeof errorReportSchema>;
