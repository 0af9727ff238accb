/**
 * The report's skills: the items of the skills sections as printed, plus the technical terms the
 * profile dictionaries recognise anywhere else in the text (a skill used in a bullet is still a
 * skill), de-duplicated case-insensitively, in order of first appearance.
 */
import type { SectionSpan } from "../../analyze/keywords";
import { skillItems } from "./section-items";
import { technicalTerms } from "./technical-terms";
import type { ParseLine } from "../lines";

export { extractSkills, skillItems, type SkillItem } from "./section-items";
export { technicalTerms } from "./technical-terms";

export function collectSkills(text: string, sections: readonly SectionSpan[], skillLines: ParseLine[][]): string[] {
  const found = [...skillItems(skillLines), ...technicalTerms(text, sections)].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { text: item } of found) {
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
