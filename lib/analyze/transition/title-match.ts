/**
 * Which role profile a printed job title names: the profile whose job title phrase is the longest
 * whole-word match inside it ("Senior Data Scientist" → data-scientist through "Data Scientist", not
 * research-scientist through "Scientist"). Titles no profile names may still say "software" by their
 * head noun ("Python Developer", "Programmer"): those count at half strength.
 */
import type { RoleProfile } from "../../profiles/schema";

export interface TitleMatch {
  slug: string;
  /** 1 for a profile job title, HEAD_NOUN_STRENGTH for a head-noun guess. */
  strength: number;
  /** The phrase that matched. */
  phrase: string;
}

/** Words that make a title a software role when no profile title matches. */
const SOFTWARE_HEAD_NOUNS = /\b(?:developer|programmer|coder|software|sde)\b/;
const SOFTWARE_SLUG = "software-engineer";
const HEAD_NOUN_STRENGTH = 0.5;

export function normalizeTitle(title: string): string {
  return ` ${title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[–—\-/,.()|:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
}

export interface TitleIndex {
  phrases: { phrase: string; slug: string }[];
  slugs: Set<string>;
}

/** Job-title phrases of all profiles, longest first (so the first hit is the most specific). */
export function indexTitles(profiles: readonly RoleProfile[]): TitleIndex {
  const phrases = profiles.flatMap((p) => p.jobTitles.map((t) => ({ phrase: normalizeTitle(t), slug: p.slug })));
  phrases.sort((a, b) => b.phrase.length - a.phrase.length || a.slug.localeCompare(b.slug));
  return { phrases, slugs: new Set(profiles.map((p) => p.slug)) };
}

export function matchTitle(title: string | null, index: TitleIndex): TitleMatch | null {
  if (!title) return null;
  const text = normalizeTitle(title);
  for (const { phrase, slug } of index.phrases) {
    // Case matters for short acronyms ("MLE", "SDE", "CTO"): they must be printed in capitals.
    if (text.includes(phrase) && (phrase.trim().length > 3 || acronymPrinted(title, phrase.trim()))) {
      return { slug, strength: 1, phrase: phrase.trim() };
    }
  }
  if (index.slugs.has(SOFTWARE_SLUG) && SOFTWARE_HEAD_NOUNS.test(text)) {
    return { slug: SOFTWARE_SLUG, strength: HEAD_NOUN_STRENGTH, phrase: SOFTWARE_HEAD_NOUNS.exec(text)![0] };
  }
  return null;
}

function acronymPrinted(title: string, phrase: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}])${phrase.toUpperCase()}(?:$|[^\\p{L}])`, "u").test(title);
}
