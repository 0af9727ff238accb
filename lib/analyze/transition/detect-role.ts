/**
 * The role a resume shows today, among the known profiles. Two kinds of evidence, equally weighted:
 *
 * - titles: each experience entry votes for the profile its title names (title-match.ts), the most
 *   recent entry with weight 1, the one before 1/2, then 1/4…, so a career changer is read by where
 *   they are now; the vote is the share of all titled entries' weight;
 * - keywords: the profile's keyword fit (the score's coverage curve, 0..1) from one scan per profile.
 *
 * Leadership profiles (managers, directors, CTOs) count their keywords only with a title naming them.
 * A role is detected only when its combined evidence reaches MIN_CONFIDENCE: a resume with no known
 * title and few technical keywords (an accountant's) shows no profile at all.
 */
import type { RoleProfile } from "../../profiles/schema";
import type { Experience, Section } from "../../report/schema";
import { scanProfile, type ProfileScan } from "../keywords";
import { byRecency } from "../resume-dates";
import { keywordCoverage } from "../score";
import { indexTitles, matchTitle } from "./title-match";

export const TITLE_SHARE = 0.5;
export const MIN_CONFIDENCE = 0.2;
/** Each older entry counts this much of the one after it. */
const RECENCY_DECAY = 0.5;

export interface RoleEvidence {
  slug: string;
  title: string;
  /** Share of recency-weighted titled entries naming the role, 0..1. */
  titles: number;
  /** Keyword fit to the profile, 0..1. */
  keywords: number;
  combined: number;
}

export interface DetectedRole {
  slug: string;
  title: string;
  /** The combined evidence of the detected role, 0..1. */
  confidence: number;
  /** Every profile's evidence, strongest first. */
  ranking: RoleEvidence[];
  /** The scan of each profile, by slug, for reuse (transferable skills, gaps). */
  scans: Map<string, ProfileScan>;
}

export interface DetectInput {
  text: string;
  sections: readonly Pick<Section, "kind" | "start" | "end">[];
  experience: readonly Experience[];
  today: Date;
  /** Scans already made (the target profile's), reused by slug. */
  scans?: ReadonlyMap<string, ProfileScan>;
}

export function detectRole(input: DetectInput, profiles: readonly RoleProfile[]): DetectedRole | null {
  if (profiles.length === 0) return null;
  const titleVotes = voteTitles(input.experience, profiles, input.today);
  const scans = new Map<string, ProfileScan>();
  const ranking = profiles.map((profile): RoleEvidence => {
    const scan = input.scans?.get(profile.slug) ?? scanProfile(input.text, input.sections, profile);
    scans.set(profile.slug, scan);
    const titles = titleVotes.get(profile.slug) ?? 0;
    // Leadership roles are held, not skilled into: their keywords (mentoring, strategy, hiring) fill
    // any senior resume, so without a title that names the role they prove nothing.
    const keywords = profile.track === "leadership" && titles === 0 ? 0 : keywordCoverage(scan.keywords).fit;
    return { slug: profile.slug, title: profile.title, titles, keywords, combined: TITLE_SHARE * titles + (1 - TITLE_SHARE) * keywords };
  });
  ranking.sort((a, b) => b.combined - a.combined || b.titles - a.titles || a.slug.localeCompare(b.slug));
  const best = ranking[0];
  if (best.combined < MIN_CONFIDENCE) return null;
  return { slug: best.slug, title: best.title, confidence: round2(best.combined), ranking, scans };
}

/** Recency-weighted share of titled entries naming each profile. */
function voteTitles(experience: readonly Experience[], profiles: readonly RoleProfile[], today: Date): Map<string, number> {
  const index = indexTitles(profiles);
  const votes = new Map<string, number>();
  let total = 0;
  let weight = 1;
  for (const entry of byRecency(experience, today)) {
    if (!entry.title?.trim()) continue;
    total += weight;
    const hit = matchTitle(entry.title, index);
    if (hit) votes.set(hit.slug, (votes.get(hit.slug) ?? 0) + weight * hit.strength);
    weight *= RECENCY_DECAY;
  }
  if (total > 0) for (const [slug, v] of votes) votes.set(slug, v / total);
  return votes;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
