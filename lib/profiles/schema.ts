/**
 * Role profiles: what a resume for a role is expected to show. Profiles are data (one JSON file per
 * role in `data/`), validated by this one schema at every boundary: loading, import, seeding.
 *
 * Matching semantics (see lib/analyze/keywords): `term`, `aliases` and `variants` are all plain forms
 * matched as whole words/phrases, case-insensitively, with inflections (`stem`). Forms that are also
 * ordinary words or initials ("Go", "R", "C", "CV") go in `guarded`: they only count in the right
 * case and in a technical context (a skills list, next to other technologies, "written in Go").
 */
import { z } from "zod";
import { LINK_KINDS, SECTION_KINDS } from "../report/schema";

export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const importanceSchema = z.enum(["required", "preferred"]);
export type Importance = z.infer<typeof importanceSchema>;

const formSchema = z.string().trim().min(1);

/**
 * How a guarded form proves it is meant technically.
 * - `language`: a programming language written like a word or an initial ("Go", "R", "C"): also
 *   accepted after "in/using/with" and before "code", "packages", "developer"…
 * - `field`: an acronym of a field that is also a common noun ("CV" = computer vision or a resume):
 *   accepted in a skills list, next to other technologies, or before "models", "pipelines"…
 * A guarded form without a context only needs its case and to stand alone.
 */
export const guardContextSchema = z.enum(["language", "field"]);
export type GuardContext = z.infer<typeof guardContextSchema>;

export const guardedFormSchema = z.object({
  /**
   * Matched case-sensitively in its words that have a capital (an all-capitals spelling is also
   * accepted): "R programming" needs the capital R, "programming" may be in any case.
   */
  form: formSchema,
  /** Omitted: the case and standing alone are enough ("R Markdown" but not "r/programming"). */
  context: guardContextSchema.optional(),
});
export type GuardedForm = z.infer<typeof guardedFormSchema>;

export const keywordSchema = z.object({
  /** Canonical name shown in reports. Matched as a plain form unless it is listed in `guarded`. */
  term: formSchema,
  /** Other names for the same thing: acronyms, expansions, product renames ("NLP", "k8s"). */
  aliases: z.array(formSchema).default([]),
  /** Spellings of the same name ("scikit learn", "NodeJS", "fine tuning"). */
  variants: z.array(formSchema).default([]),
  /** Ambiguous forms that only count in context (see `guardContextSchema`). */
  guarded: z.array(guardedFormSchema).default([]),
  /**
   * Phrases inside which a hit does not count ("Java Script" for Java, "spark joy" for Spark).
   * Matched like forms; a hit of this keyword lying within one is dropped.
   */
  negatives: z.array(formSchema).default([]),
  importance: importanceSchema,
  /** Overrides the group weight for this keyword. */
  weight: z.number().positive().max(10).optional(),
  /**
   * Match inflections ("transformers" → "transformer", "fine-tuned" → "fine-tuning"). Off for
   * product names that are also English words, where "sparked" must not count as Spark.
   */
  stem: z.boolean().default(true),
});
export type Keyword = z.infer<typeof keywordSchema>;

export const keywordGroupSchema = z.object({
  /** Stable id, kebab-case ("ml-frameworks"); reported as each keyword's category. */
  category: z.string().regex(SLUG_RE),
  label: z.string().min(1),
  /** Relative weight of the group's keywords in the score (1 = ordinary). */
  weight: z.number().positive().max(10),
  keywords: z.array(keywordSchema).min(1),
});
export type KeywordGroup = z.infer<typeof keywordGroupSchema>;

export const certificationSchema = z.object({
  name: formSchema,
  issuer: z.string().min(1),
  aliases: z.array(formSchema).default([]),
  importance: importanceSchema,
  /** What it signals, for suggestions ("Validates cloud ML skills"). */
  why: z.string().min(1),
});
export type Certification = z.infer<typeof certificationSchema>;

export const PORTFOLIO_SIGNAL_KINDS = [
  "github",
  "kaggle",
  "publications",
  "scholar",
  "huggingface",
  "open-source",
  "patents",
  "talks",
  "blog",
  "portfolio",
  "linkedin",
  "metrics",
] as const;

export const portfolioSignalSchema = z.object({
  kind: z.enum(PORTFOLIO_SIGNAL_KINDS),
  label: z.string().min(1),
  importance: importanceSchema,
  /** Words or URL hosts in the text that show the signal ("Kaggle", "github.com"). */
  terms: z.array(formSchema).default([]),
  /** A section of one of these kinds also shows it (a "Publications" section). */
  sectionKinds: z.array(z.enum(SECTION_KINDS)).default([]),
  /** A contact link of one of these kinds also shows it (for the caller, who has the links). */
  linkKinds: z.array(z.enum(LINK_KINDS)).default([]),
  why: z.string().min(1),
});
export type PortfolioSignal = z.infer<typeof portfolioSignalSchema>;

export const expectedSectionSchema = z.object({
  kind: z.enum(SECTION_KINDS),
  importance: importanceSchema,
});
export type ExpectedSection = z.infer<typeof expectedSectionSchema>;

export const roleProfileSchema = z
  .object({
    slug: z.string().regex(SLUG_RE),
    title: z.string().min(1),
    description: z.string().min(1),
    /** Job titles that mean this role (for recognising it in experience entries and job ads). */
    jobTitles: z.array(formSchema).min(1),
    /** Whether the role is mostly hands-on technical work or people/product leadership. */
    track: z.enum(["technical", "leadership"]),
    keywordGroups: z.array(keywordGroupSchema).min(1),
    certifications: z.array(certificationSchema).default([]),
    portfolioSignals: z.array(portfolioSignalSchema).default([]),
    sections: z.array(expectedSectionSchema).default([]),
    /**
     * Roles people commonly move from into this one (slugs). The gap and timeline of each move live
     * in `lib/profiles/transitions.json`; a test keeps the two in step.
     */
    sourceRoles: z.array(z.string().regex(SLUG_RE)).default([]),
    /** Roles people commonly move on to from this one (slugs), likewise. */
    destinationRoles: z.array(z.string().regex(SLUG_RE)).default([]),
  })
  .superRefine((profile, ctx) => {
    const seenCategory = new Set<string>();
    for (const [g, group] of profile.keywordGroups.entries()) {
      if (seenCategory.has(group.category)) {
        ctx.addIssue({ code: "custom", path: ["keywordGroups", g, "category"], message: `duplicate category "${group.category}"` });
      }
      seenCategory.add(group.category);
    }
    // One form must name one keyword, or a hit could not be attributed.
    const owner = new Map<string, string>();
    for (const [g, group] of profile.keywordGroups.entries()) {
      for (const [k, keyword] of group.keywords.entries()) {
        const forms = [keyword.term, ...keyword.aliases, ...keyword.variants, ...keyword.guarded.map((x) => x.form)];
        for (const form of new Set(forms.map(formKey))) {
          const previous = owner.get(form);
          if (previous !== undefined && previous !== keyword.term) {
            ctx.addIssue({
              code: "custom",
              path: ["keywordGroups", g, "keywords", k],
              message: `form "${form}" of "${keyword.term}" already names "${previous}"`,
            });
          }
          owner.set(form, keyword.term);
        }
      }
    }
  });

export type RoleProfile = z.infer<typeof roleProfileSchema>;
/** A profile as written in JSON (defaults not yet applied). */
export type RoleProfileInput = z.input<typeof roleProfileSchema>;

/** Loose identity of a form for duplicate detection: case, spacing and joiners ignored. */
function formKey(form: string): string {
  return form.normalize("NFKC").toLowerCase().replace(/[\s\-_/]+/g, " ").trim();
}
