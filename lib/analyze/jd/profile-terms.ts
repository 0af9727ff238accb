/**
 * Terms of the job description that some role profile knows: every keyword and certification of
 * every profile, found with the keyword matcher itself, so "k8s" in an ad is Kubernetes and "Go" in
 * "go-to-market" is nothing, exactly as in a resume.
 *
 * The profiles are merged into one union profile (built once per set of profiles), so the ad and
 * the resume are each scanned once, not once per profile. The focus profile comes first: where two
 * profiles know a term, its category and aliases come from the profile the user is aiming for.
 */
import type { RoleProfile } from "../../profiles/schema";
import { scanProfile, type SectionSpan } from "../keywords";

export interface Span {
  start: number;
  end: number;
}

export interface ProfileTerm {
  term: string;
  category: string;
  /** The profile whose definition (aliases, guards) is used to look for the term in the resume. */
  profile: RoleProfile;
  kind: "keyword" | "certification";
  /** Index into that profile's scan result (`keywords` or `certifications`). */
  index: number;
  /** Where the ad names it. */
  spans: Span[];
}

export const CERTIFICATION_CATEGORY = "certifications";

/** The terms of the union of `profiles` (in that order of precedence) that the ad names. */
export function findProfileTerms(text: string, profiles: readonly RoleProfile[], sections: readonly SectionSpan[] = []): ProfileTerm[] {
  const union = unionProfile(profiles);
  const terms: ProfileTerm[] = [];
  const byName = new Map<string, ProfileTerm>();
  const add = (candidate: ProfileTerm) => {
    const key = candidate.term.toLowerCase();
    if (byName.has(key)) return;
    // Two profiles may name one thing differently ("Spark" / "Apache Spark"): the same words in the
    // ad are one term.
    if (terms.some((t) => sameSpans(t.spans, candidate.spans))) return;
    byName.set(key, candidate);
    terms.push(candidate);
  };
  const scan = scanProfile(text, sections, union);
  scan.keywords.forEach((k, index) => {
    if (!k.found) return;
    add({ term: k.term, category: k.category, profile: union, kind: "keyword", index, spans: k.occurrences.map(span) });
  });
  scan.certifications.forEach((c, index) => {
    if (!c.found) return;
    add({ term: c.name, category: CERTIFICATION_CATEGORY, profile: union, kind: "certification", index, spans: c.occurrences.map(span) });
  });
  return terms;
}

function span(o: { start: number; end: number }): Span {
  return { start: o.start, end: o.end };
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i].start && s.end === b[i].end);
}

/** Recently built unions, keyed by the profiles' slugs in order; checked by identity on reuse. */
const unions = new Map<string, { members: readonly RoleProfile[]; union: RoleProfile }>();
const MAX_UNIONS = 8;

/**
 * One profile holding every keyword group and certification of `profiles`, a term named by several
 * keeping its first definition. The same object is returned for the same profiles, so the keyword
 * matcher compiles it once.
 */
export function unionProfile(profiles: readonly RoleProfile[]): RoleProfile {
  const key = profiles.map((p) => p.slug).join("\n");
  const cached = unions.get(key);
  if (cached && cached.members.every((p, i) => p === profiles[i])) return cached.union;
  const seenTerms = new Set<string>();
  const seenCerts = new Set<string>();
  const union: RoleProfile = {
    slug: "job-description-union",
    title: "All profiles",
    description: "Every keyword and certification of the role profiles, for reading job descriptions.",
    jobTitles: profiles.flatMap((p) => p.jobTitles),
    track: "technical",
    keywordGroups: profiles.flatMap((p) =>
      p.keywordGroups
        .map((g) => ({ ...g, keywords: g.keywords.filter((k) => firstTime(seenTerms, k.term)) }))
        .filter((g) => g.keywords.length > 0),
    ),
    certifications: profiles.flatMap((p) => p.certifications.filter((c) => firstTime(seenCerts, c.name))),
    portfolioSignals: [],
    sections: [],
    sourceRoles: [],
    destinationRoles: [],
  };
  if (unions.size >= MAX_UNIONS) unions.delete(unions.keys().next().value!);
  unions.set(key, { members: [...profiles], union });
  return union;
}

function firstTime(seen: Set<string>, name: string): boolean {
  const key = name.toLowerCase();
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
