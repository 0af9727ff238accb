/**
 * Figures about the resume as a whole that several factors and suggestions read: words, years of
 * dated experience, pages against what is expected, and how long ago the latest role ended.
 */
import type { RoleProfile } from "../profiles/schema";
import type { Experience, Section } from "../report/schema";
import { experienceYears, latestExperienceEnd, monthOf } from "./resume-dates";
import { countedPages, expectedPages } from "./score/length-factor";

export interface ResumeFacts {
  words: number;
  years: number;
  /** Pages as printed (estimated from words for formats without pages). */
  pages: number;
  expectedPages: number;
  /** A publications section on a profile that values publications: an academic CV may run longer. */
  academic: boolean;
  /** Months since the latest experience ended (0 = current); null without dated experience. */
  monthsSinceLatest: number | null;
}

export function resumeFacts(
  resume: { text: string; sections: readonly Pick<Section, "kind">[]; experience: readonly Experience[] },
  profile: RoleProfile,
  pages: number,
  today: Date,
): ResumeFacts {
  const words = resume.text.split(/\s+/).filter(Boolean).length;
  const years = experienceYears(resume.experience, today);
  const academic =
    resume.sections.some((s) => s.kind === "publications") && profile.sections.some((s) => s.kind === "publications");
  const latest = latestExperienceEnd(resume.experience, today);
  return {
    words,
    years,
    pages: countedPages(pages, words),
    expectedPages: expectedPages(years, academic),
    academic,
    monthsSinceLatest: latest === null ? null : Math.max(0, monthOf(today) - latest),
  };
}
