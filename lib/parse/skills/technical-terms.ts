/**
 * Technical terms named anywhere in the resume ("built the ingestion service in Go on Kubernetes"),
 * recognised with the role profiles' keyword dictionaries: every technical keyword of every built-in
 * profile, plus the everyday tools of other jobs (general-terms.ts), merged into one dictionary,
 * compiled once and matched with the keyword matcher (whole words, aliases, inflections, guarded
 * short forms only in a technical context). Each distinct printed form is reported once, at its
 * first occurrence.
 *
 * lib/analyze/keywords depends on nothing in lib/parse, so using it here makes no cycle.
 */
import { compileProfile, scanProfile, tokenize, type SectionSpan } from "../../analyze/keywords";
import { builtinProfiles } from "../../profiles/load-profiles";
import type { Keyword, RoleProfile } from "../../profiles/schema";
import { isNetworkName } from "../contact/links";
import { generalTerms } from "./general-terms";

export interface TermHit {
  /** The term as printed. */
  text: string;
  /** Offset of its first occurrence in the text. */
  start: number;
}

/**
 * Groups of soft skills and activities (leadership, communication, strategy, product and research
 * practice): their terms are not technical skills. A term listed in any of them stays out, even if
 * another profile lists it among technical ones ("Agile", "Mentoring").
 */
const SOFT_CATEGORIES = new Set([
  "product", "collaboration", "research", "leadership", "people-leadership", "strategy", "planning-delivery", "business",
]);

let dictionary: RoleProfile | null = null;

/** One profile holding every technical keyword of the built-in profiles, merged by term. */
function technicalDictionary(): RoleProfile {
  if (dictionary) return dictionary;
  const soft = new Set<string>();
  const merged = new Map<string, Keyword>();
  const profiles = builtinProfiles();
  for (const group of profiles.flatMap((p) => p.keywordGroups)) {
    if (SOFT_CATEGORIES.has(group.category)) for (const k of group.keywords) soft.add(k.term.toLowerCase());
  }
  const technical = profiles.flatMap((p) => p.keywordGroups).filter((g) => !SOFT_CATEGORIES.has(g.category));
  for (const keywords of [...technical.map((g) => g.keywords), generalTerms()]) {
    for (const k of keywords) {
      const key = k.term.toLowerCase();
      if (soft.has(key)) continue;
      const known = merged.get(key);
      merged.set(key, known ? mergeKeywords(known, k) : { ...k, weight: undefined });
    }
  }
  const base = profiles[0];
  dictionary = {
    ...base,
    slug: "technical-terms",
    title: "Technical terms",
    keywordGroups: [{ category: "technical", label: "Technical terms", weight: 1, keywords: [...merged.values()] }],
    certifications: [],
    portfolioSignals: [],
  };
  compileProfile(dictionary);
  return dictionary;
}

function mergeKeywords(a: Keyword, b: Keyword): Keyword {
  const union = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  const guarded = [...a.guarded, ...b.guarded.filter((g) => !a.guarded.some((h) => h.form === g.form))];
  return {
    ...a,
    aliases: union(a.aliases, b.aliases),
    variants: union(a.variants, b.variants),
    guarded,
    negatives: union(a.negatives, b.negatives),
    stem: a.stem && b.stem,
  };
}

/** Technical terms in `text`, each printed form once (its first occurrence), in order of appearance. */
export function technicalTerms(text: string, sections: readonly SectionSpan[]): TermHit[] {
  const { keywords } = scanProfile(maskIdeographs(text), sections, technicalDictionary());
  const hits = keywords.flatMap((k) =>
    k.occurrences.flatMap((o) => {
      const name = skillName(o.text.replace(/\s+/g, " "), k.term);
      if (!name || inAddress(text, o.start, o.end) || networkLabel(name, o.start, sections)) return [];
      return [{ text: name, start: o.start, end: o.end }];
    }),
  );
  // A name inside a longer one ("BI" in "Power BI") is part of it.
  const whole = hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  // One entry per name, whatever its case or inflection ("audit" and "audits", "Distributed Systems").
  const first = new Map<string, TermHit>();
  for (const h of whole.sort((a, b) => a.start - b.start)) {
    const key = inflectionKey(h.text);
    if (!first.has(key)) first.set(key, { text: h.text, start: h.start });
  }
  return [...first.values()];
}

/** Lower case, hyphens as spaces, a plural "s" off each word. */
function inflectionKey(text: string): string {
  return text.toLowerCase().replace(/[-_]/g, " ").split(/\s+/).map((w) => (w.length > 3 ? w.replace(/(?:es|s)$/, "") : w)).join(" ");
}

/**
 * The skill the printed words name, or null. Usually the words as printed: the keyword's name in any
 * case or number, a single word, a name with capitals, digits or symbols ("GitHub Actions", "k8s"). Another
 * inflection of a name of several words ("financial reports", "A/B tested") is listed under the name
 * itself ("Financial Reporting", "A/B Testing"). A lower-case phrase that only paraphrases the
 * keyword ("deploying predictive models" for Model Deployment) is evidence for a role match, not a
 * skill to list.
 */
function skillName(printed: string, term: string): string | null {
  if (inflectionKey(printed) === inflectionKey(term)) return printed;
  if (/\s/.test(printed) && stemKey(printed) === stemKey(term)) return term;
  // Capitals past the first letter: a sentence may start with a paraphrase ("Deployed the model").
  if (!/\s/.test(printed) || /.\p{Lu}|[\d/+#&]/u.test(printed)) return printed;
  return null;
}

function stemKey(text: string): string {
  return tokenize(text).map((t) => t.stem).join(" ");
}

/**
 * "GitHub" or "Kaggle" in the contact lines (outside every section but a contact one) labels a
 * profile link; named in a section it is a tool the candidate used.
 */
function networkLabel(name: string, at: number, sections: readonly SectionSpan[]): boolean {
  if (!isNetworkName(name)) return false;
  return !sections.some((s) => s.kind !== "personal" && s.start <= at && at < s.end);
}

/** A hit inside a URL, e-mail address or file name ("github" in github.com/jane) names a site, not a skill. */
function inAddress(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  while (to < text.length && !/\s/.test(text[to])) to++;
  return /@|:\/\/|^www\.|[\w-]\.(?:com|org|net|io|dev|me|co|html?|php)(?:[/?#:]|$)/i.test(text.slice(from, to).replace(/[),.;]+$/, ""));
}

const IDEOGRAPHIC = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF\u3000-\u303F\uFF00-\uFFEF]/g;

/**
 * Chinese, Japanese and Korean text sets Latin names against its own characters with no space
 * ("Reactを使用した"): blanking those characters (one space each, so offsets stay put) lets the
 * whole-word matcher see the name.
 */
function maskIdeographs(text: string): string {
  return text.replace(IDEOGRAPHIC, " ");
}
