/**
 * Keyword gaps against the role profile: missing required keywords by category, with where to add
 * them; the most valuable missing preferred ones; and skills that are listed but never shown in use.
 *
 * Where to add: a tool or technology (one name: PyTorch, AWS, CI/CD) goes in the Skills section and in
 * a bullet that uses it; a practice (several words: Model Deployment, Feature Engineering) is shown,
 * not listed, so it belongs in an experience or project bullet.
 */
import type { RoleProfile } from "../../profiles/schema";
import type { KeywordMatch } from "../keywords";
import { draft, listTerms, type Draft } from "./draft";

/** Group weight from which missing required keywords are a high priority. */
const CORE_GROUP_WEIGHT = 2.5;
const MAX_PREFERRED = 6;

export function isPractice(term: string): boolean {
  return /\s/.test(term.trim());
}

export function whereToAdd(terms: readonly string[], hasSkillsSection: boolean): string {
  const practices = terms.filter(isPractice);
  const tools = terms.filter((t) => !isPractice(t));
  const parts: string[] = [];
  if (tools.length > 0) {
    parts.push(
      `${hasSkillsSection ? "list" : "add a Skills section listing"} ${listTerms(tools)} and name each in an experience or project bullet that says what you built with it and the result`,
    );
  }
  if (practices.length > 0) {
    parts.push(`show ${listTerms(practices)} in experience or project bullets: what you did, with which tools, and the outcome`);
  }
  const sentence = parts.join("; ");
  return `If you have this experience, ${sentence}. Use the exact names: an ATS matches words, not meaning.`;
}

export function keywordSuggestions(keywords: readonly KeywordMatch[], profile: RoleProfile, hasSkillsSection: boolean): Draft[] {
  const out: Draft[] = [];
  for (const group of profile.keywordGroups) {
    const missing = keywords.filter((k) => k.category === group.category && k.importance === "required" && k.evidence === "missing");
    if (missing.length === 0) continue;
    const terms = missing.map((k) => k.term);
    const priority = group.weight >= CORE_GROUP_WEIGHT ? "high" : "medium";
    out.push(
      draft(
        priority,
        "keywords",
        `Missing required ${group.label} keywords for ${profile.title}: ${listTerms(terms)}.`,
        whereToAdd(terms, hasSkillsSection),
        terms.join(", "),
        missing.reduce((sum, k) => sum + k.weight, 0),
      ),
    );
  }
  const preferred = keywords
    .map((k, i) => ({ k, i }))
    .filter(({ k }) => k.importance === "preferred" && k.evidence === "missing")
    .sort((a, b) => b.k.weight - a.k.weight || a.i - b.i)
    .slice(0, MAX_PREFERRED)
    .map(({ k }) => k.term);
  if (preferred.length > 0) {
    out.push(
      draft(
        "low",
        "keywords",
        `Preferred keywords for ${profile.title} the resume does not mention, most valued first: ${listTerms(preferred)}.`,
        whereToAdd(preferred, hasSkillsSection),
        preferred.join(", "),
        preferred.length,
      ),
    );
  }
  return out;
}

/** Skills named only in a list or summary: a ranking ATS and a recruiter give them less credit. */
export function listedOnlySuggestion(listed: readonly KeywordMatch[]): Draft[] {
  if (listed.length === 0) return [];
  const terms = listed.map((k) => k.term);
  const required = listed.filter((k) => k.importance === "required").length;
  const tool = terms.find((t) => !isPractice(t));
  const example = tool ? `“Built … with ${tool}, cutting … by …”` : `“Applied ${terms[0]} to …, improving … by …”`;
  return [
    draft(
      required >= 3 ? "high" : "medium",
      "evidence",
      `${listTerms(terms)} ${terms.length === 1 ? "appears" : "appear"} only in your skills list or summary, never in your experience or projects.`,
      `Add a bullet under a recent role or project that shows each in use, with its result (for example: ${example}). Skills shown in context count more than a list.`,
      terms.join(", "),
      required * 2 + (terms.length - required),
    ),
  ];
}
