/**
 * Career-transition facts for the flagship role, from the ML engineer career guide: which roles
 * people move from (the gap, what to study, how long it takes), where ML engineers move on to
 * (requirements, pay), which skills carry over, and how to position a resume. The suggestions stage
 * reads this; `focus`/`terms` name keywords of the profiles so advice can point at missing ones.
 *
 * Kept outside `data/` on purpose: every file there is a role profile (the seed reads them all).
 */
import { z } from "zod";
import raw from "./transitions.json";
import { SLUG_RE } from "./schema";

const slug = z.string().regex(SLUG_RE);
const citations = z.array(z.number().int().positive()).default([]);
const salary = z.object({
  min: z.number().int().positive(),
  max: z.number().int().positive(),
  /** "$150,000-$250,000+": the top of the range is open. */
  openEnded: z.boolean(),
});
const months = z
  .object({ min: z.number().int().positive(), max: z.number().int().positive() })
  .refine((m) => m.min <= m.max, "min must not exceed max");

export const transitionIntoSchema = z.object({
  from: slug,
  /** What people from this role already bring. */
  brings: z.string().min(1),
  /** What they must learn. */
  gap: z.string().min(1),
  /** Keyword terms of the target profile that make up the gap. */
  focus: z.array(z.string().min(1)).min(1),
  timelineMonths: months,
  citations,
});

export const transitionOutSchema = z.object({
  to: slug,
  summary: z.string().min(1),
  requires: z.string().min(1),
  /** Keyword terms of the destination profile to show. */
  focus: z.array(z.string().min(1)).min(1),
  salaryUsd: salary.nullable(),
  citations,
});

export const transitionsSchema = z.object({
  target: slug,
  source: z.object({
    title: z.string(),
    updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    citations: z.array(z.object({ id: z.number().int().positive(), text: z.string(), url: z.url() })),
  }),
  into: z.array(transitionIntoSchema),
  keyGaps: z.array(z.object({ label: z.string(), terms: z.array(z.string()).min(1) })),
  outOf: z.array(transitionOutSchema),
  transferableSkills: z.array(
    z.object({
      skill: z.string(),
      value: z.enum(["very-high", "high"]),
      valuedIn: z.string(),
      /** `slug` is null where no profile exists for the destination ("Platform Engineer"). */
      topDestination: z.object({ title: z.string(), slug: slug.nullable() }),
      terms: z.array(z.string()),
    }),
  ),
  positioning: z.array(
    z.object({
      direction: z.enum(["into", "out-of"]),
      audience: z.enum(["all", "management", "research"]),
      advice: z.string(),
      /** Portfolio signal kinds the advice is about. */
      signals: z.array(z.string()),
      terms: z.array(z.string()),
    }),
  ),
  compensation: z.object({
    currency: z.literal("USD"),
    levels: z.array(salary.extend({ level: z.enum(["entry", "mid", "senior"]) })),
    note: z.string(),
    citations,
  }),
  facts: z.array(z.object({ text: z.string(), citations })),
});

export type Transitions = z.infer<typeof transitionsSchema>;
export type TransitionInto = z.infer<typeof transitionIntoSchema>;
export type TransitionOut = z.infer<typeof transitionOutSchema>;

let cached: Transitions | null = null;

/** The shipped transition facts, validated once. */
export function loadTransitions(): Transitions {
  cached ??= transitionsSchema.parse(raw);
  return cached;
}

/** The move from `from` into the target role, if the guide describes it. */
export function transitionInto(from: string): TransitionInto | undefined {
  return loadTransitions().into.find((t) => t.from === from);
}

/** The move from the target role on to `to`, if the guide describes it. */
export function transitionOutTo(to: string): TransitionOut | undefined {
  return loadTransitions().outOf.find((t) => t.to === to);
}
