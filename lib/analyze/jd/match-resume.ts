/**
 * Looks for the ad's terms in the resume with the keyword matcher (whole words, aliases, stems,
 * ligatures, guards, sections), so a term counts in the resume exactly as it would for a profile.
 * Profile terms are looked up with their own profile's definitions — one scan per profile that
 * contributed a term; phrase terms become a small throw-away profile of their own.
 */
import type { RoleProfile } from "../../profiles/schema";
import { scanProfile, type Evidence, type ProfileScan, type SectionSpan } from "../keywords";
import type { PhraseTerm } from "./phrase-terms";
import type { ProfileTerm } from "./profile-terms";

export interface ResumeInput {
  text: string;
  sections: readonly SectionSpan[];
}

export interface TermInResume {
  found: boolean;
  count: number;
  /** Section kinds, in order of first appearance. */
  sections: string[];
  /** Used in experience/projects, only listed, or missing. */
  evidence: Evidence;
  /** Character ranges of the resume text that show it (for highlighting). */
  occurrences: { start: number; end: number }[];
}

const MISSING: TermInResume = Object.freeze({ found: false, count: 0, sections: [], evidence: "missing", occurrences: [] }) as TermInResume;

const ranges = (occurrences: readonly { start: number; end: number }[]) => occurrences.map(({ start, end }) => ({ start, end }));

export function matchProfileTerms(resume: ResumeInput, terms: readonly ProfileTerm[]): TermInResume[] {
  const scans = new Map<RoleProfile, ProfileScan>();
  return terms.map((t) => {
    let scan = scans.get(t.profile);
    if (!scan) scans.set(t.profile, (scan = scanProfile(resume.text, resume.sections, t.profile)));
    const hit = t.kind === "keyword" ? scan.keywords[t.index] : scan.certifications[t.index];
    if (!hit.found) return { ...MISSING, sections: [], occurrences: [] };
    const evidence: Evidence = "evidence" in hit ? hit.evidence : hit.occurrences.some((o) => o.demonstrated) ? "demonstrated" : "listed";
    return { found: true, count: hit.count, sections: [...hit.sections], evidence, occurrences: ranges(hit.occurrences) };
  });
}

export function matchPhraseTerms(resume: ResumeInput, phrases: readonly PhraseTerm[]): TermInResume[] {
  if (phrases.length === 0) return [];
  const scan = scanProfile(resume.text, resume.sections, phraseProfile(phrases));
  return scan.keywords.map((hit) =>
    hit.found
      ? { found: true, count: hit.count, sections: [...hit.sections], evidence: hit.evidence, occurrences: ranges(hit.occurrences) }
      : { ...MISSING, sections: [], occurrences: [] },
  );
}

/**
 * The phrase terms as a profile the matcher can compile. A single capitalised word ("Flyte",
 * "Feast") is guarded: it counts only as printed, so "a feast of data" is not the tool. Single
 * words are not stemmed (product names); phrases are ("Great Expectations suites").
 */
function phraseProfile(phrases: readonly PhraseTerm[]): RoleProfile {
  return {
    slug: "job-description-phrases",
    title: "Job description phrases",
    description: "Terms of one job description that no role profile knows.",
    jobTitles: ["job description"],
    track: "technical",
    keywordGroups: [
      {
        category: "job-description",
        label: "Job description",
        weight: 1,
        keywords: phrases.map((p) => ({
          term: p.term,
          aliases: p.aliases,
          variants: [],
          guarded: p.caseSensitive ? [{ form: p.term }] : [],
          negatives: [],
          importance: "required" as const,
          stem: !p.caseSensitive && /\s/.test(p.term),
        })),
      },
    ],
    certifications: [],
    portfolioSignals: [],
    sections: [],
    sourceRoles: [],
    destinationRoles: [],
  };
}
