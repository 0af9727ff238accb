/**
 * Career-transition plan: from the role the resume shows today to the scored role.
 *
 * - "into": the target is the career guide's role (transitions.json `target`) and the current role one
 *   of its common sources: the guide's gap, timeline, and its focus terms still to learn;
 * - "out-of": the current role is the guide's role and the target one of its destinations: what the
 *   destination requires (the guide gives no timeline for these moves);
 * - "other": no guide facts; what to learn is the target's required keywords the resume lacks.
 * Transferable skills are the target's keywords the resume already shows, demonstrated first.
 * Null when the resume shows the target role already, or no role at all.
 */
import type { RoleProfile } from "../../profiles/schema";
import { loadTransitions, type Transitions } from "../../profiles/transitions";
import type { Transition } from "../../report/schema";
import type { KeywordMatch } from "../keywords";
import type { DetectedRole } from "./detect-role";

export { detectRole, MIN_CONFIDENCE, TITLE_SHARE, type DetectedRole, type RoleEvidence } from "./detect-role";
export { indexTitles, matchTitle, normalizeTitle } from "./title-match";

const MAX_TRANSFERABLE = 10;
const MAX_TO_LEARN = 8;

export function planTransition(
  current: DetectedRole | null,
  target: RoleProfile,
  targetKeywords: readonly KeywordMatch[],
  transitions: Transitions = loadTransitions(),
): Transition | null {
  if (!current || current.slug === target.slug) return null;
  const base = {
    currentRole: { slug: current.slug, title: current.title, confidence: current.confidence },
    targetRole: { slug: target.slug, title: target.title },
    transferable: transferable(targetKeywords),
  };
  const into = transitions.target === target.slug ? transitions.into.find((t) => t.from === current.slug) : undefined;
  if (into) {
    return {
      ...base,
      direction: "into",
      brings: into.brings,
      gap: into.gap,
      timeline: { minMonths: into.timelineMonths.min, maxMonths: into.timelineMonths.max },
      toLearn: notDemonstrated(into.focus, targetKeywords),
    };
  }
  const out = transitions.target === current.slug ? transitions.outOf.find((t) => t.to === target.slug) : undefined;
  if (out) {
    return {
      ...base,
      direction: "out-of",
      brings: null,
      gap: `${out.summary} ${out.requires}`,
      timeline: null,
      toLearn: notDemonstrated(out.focus, targetKeywords),
    };
  }
  const required = targetKeywords
    .filter((k) => k.importance === "required" && k.evidence !== "demonstrated")
    .sort((a, b) => b.weight - a.weight || evidenceRank(a) - evidenceRank(b))
    .map((k) => k.term);
  return { ...base, direction: "other", brings: null, gap: null, timeline: null, toLearn: required.slice(0, MAX_TO_LEARN) };
}

/** Target keywords the resume shows: demonstrated before listed, required before preferred, by weight. */
function transferable(keywords: readonly KeywordMatch[]): string[] {
  return keywords
    .map((k, i) => ({ k, i }))
    .filter(({ k }) => k.found)
    .sort(
      (a, b) =>
        evidenceRank(a.k) - evidenceRank(b.k) ||
        (a.k.importance === b.k.importance ? 0 : a.k.importance === "required" ? -1 : 1) ||
        b.k.weight - a.k.weight ||
        a.i - b.i,
    )
    .slice(0, MAX_TRANSFERABLE)
    .map(({ k }) => k.term);
}

/** Focus terms the resume does not demonstrate (missing, or only listed), in the guide's order. */
function notDemonstrated(focus: readonly string[], keywords: readonly KeywordMatch[]): string[] {
  const byTerm = new Map(keywords.map((k) => [k.term, k]));
  return focus.filter((term) => byTerm.get(term)?.evidence !== "demonstrated");
}

function evidenceRank(k: KeywordMatch): number {
  return k.evidence === "demonstrated" ? 0 : k.evidence === "listed" ? 1 : 2;
}
