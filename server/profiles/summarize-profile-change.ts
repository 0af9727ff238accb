/**
 * One line saying what an edit changed in a role profile, for the revision history:
 * "title changed; keywords +2 (Ray, JAX) −1 (Theano); 1 keyword edited".
 */
import type { Keyword, RoleProfile } from "../../lib/profiles/schema";

const LISTED_NAMES = 3;

export function summarizeProfileChange(before: RoleProfile | null, after: RoleProfile | null): string {
  if (!before && after) return `created "${after.title}" with ${keywordCount(after)} keywords`;
  if (before && !after) return `deleted "${before.title}"`;
  if (!before || !after) return "no change";
  const parts: string[] = [];
  for (const field of ["slug", "title", "description", "track"] as const) {
    if (before[field] !== after[field]) parts.push(`${field} changed`);
  }
  const keywordsBefore = keywordsByTerm(before);
  const keywordsAfter = keywordsByTerm(after);
  const added = [...keywordsAfter.keys()].filter((term) => !keywordsBefore.has(term));
  const removed = [...keywordsBefore.keys()].filter((term) => !keywordsAfter.has(term));
  const edited = [...keywordsAfter.keys()].filter(
    (term) => keywordsBefore.has(term) && JSON.stringify(keywordsBefore.get(term)) !== JSON.stringify(keywordsAfter.get(term)),
  );
  if (added.length) parts.push(`keywords +${added.length} (${names(added)})`);
  if (removed.length) parts.push(`keywords −${removed.length} (${names(removed)})`);
  if (edited.length) parts.push(`${edited.length} keyword${edited.length === 1 ? "" : "s"} edited (${names(edited)})`);
  const groupsBefore = JSON.stringify(before.keywordGroups.map(({ category, label, weight }) => [category, label, weight]));
  const groupsAfter = JSON.stringify(after.keywordGroups.map(({ category, label, weight }) => [category, label, weight]));
  if (groupsBefore !== groupsAfter) parts.push("keyword groups changed");
  for (const field of ["jobTitles", "certifications", "portfolioSignals", "sections", "sourceRoles", "destinationRoles"] as const) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) parts.push(`${field} changed`);
  }
  return parts.length ? parts.join("; ") : "no change";
}

function keywordsByTerm(profile: RoleProfile): Map<string, Keyword & { category: string }> {
  const map = new Map<string, Keyword & { category: string }>();
  for (const group of profile.keywordGroups) {
    for (const keyword of group.keywords) map.set(keyword.term, { ...keyword, category: group.category });
  }
  return map;
}

function keywordCount(profile: RoleProfile): number {
  return profile.keywordGroups.reduce((sum, group) => sum + group.keywords.length, 0);
}

function names(terms: string[]): string {
  const shown = terms.slice(0, LISTED_NAMES).join(", ");
  return terms.length > LISTED_NAMES ? `${shown}, …` : shown;
}
