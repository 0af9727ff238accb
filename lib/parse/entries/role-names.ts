/**
 * Title and employer among the text parts of a role's header: decided by word lists where they
 * speak, and by the order the document itself uses where they do not.
 */
import { wordCount } from "../text";
import type { Part } from "./groups";
import { companyScore, endsWithLegalSuffix, endsWithTitleWord, titleScore } from "./lexicon";

export interface RoleNames {
  title: Part | null;
  company: Part | null;
  /** Both decided by word lists (not by order): the entry can teach the document's order. */
  decided: boolean;
}

/** Position of a part in its header, for comparing orders. */
export function order(p: Part): number {
  return p.line * 100 + p.at;
}

/**
 * "Software Developer Tech Company Inc." (fields joined by a plain space): cut after the title's
 * head noun when an employer follows, or after a legal-form suffix when a title follows.
 */
function splitJoined(part: Part): [Part, Part] | null {
  const words = part.text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const left = words.slice(0, i).join(" ");
    const right = words.slice(i).join(" ");
    if (!/^[\p{Lu}\d]/u.test(right) || wordCount(right) > 6) continue;
    const titleFirst = endsWithTitleWord(left) && titleScore(right) === 0 && companyScore(right) > 0;
    const companyFirst = endsWithLegalSuffix(left) && titleScore(right) > 0;
    if (titleFirst || companyFirst) {
      return [
        { ...part, text: left },
        { ...part, text: right, at: part.at + 0.5, sep: " " },
      ];
    }
  }
  return null;
}

/**
 * Title and employer by word lists. `parts` may be replaced: a lone part that joins a title and an
 * employer with a plain space is split in two.
 */
export function namesByScore(input: Part[]): RoleNames & { parts: Part[] } {
  let parts = input;
  if (parts.length === 1) parts = splitJoined(parts[0]) ?? parts;
  if (!parts.length) return { title: null, company: null, decided: false, parts };
  const margin = (p: Part) => titleScore(p.text) - (wordCount(p.text) <= 6 ? companyScore(p.text) : 0);
  const scored = parts.map((p) => ({ p, m: margin(p) }));
  const bestTitle = scored.reduce((a, b) => (b.m > a.m ? b : a));
  const title = bestTitle.m > 0 ? bestTitle.p : null;
  const others = scored.filter((s) => s.p !== title);
  const bestCompany = others.length ? others.reduce((a, b) => (b.m < a.m ? b : a)) : null;
  let company = bestCompany && bestCompany.m < 0 ? bestCompany.p : null;
  if (parts.length === 1) return { title, company, decided: false, parts };
  if (title && !company) company = others[0]?.p ?? null;
  let t = title;
  if (!t && company) t = scored.find((s) => s.p !== company)?.p ?? null;
  return { title: t ? extendTitle(t, parts, company) : null, company, decided: !!(t && company), parts };
}

/**
 * "Director of IT – Hybrid Cloud and Enterprise IT Automation": a dash-joined qualifier right after
 * the title on the same line belongs to the title when it is not the employer or a place.
 */
function extendTitle(title: Part, parts: Part[], company: Part | null): Part {
  const next = parts.find((p) => p.line === title.line && p.at === title.at + 1);
  if (!next || next === company || !/^[–—-]$/.test(next.sep) || companyScore(next.text) > 0) return title;
  return { ...title, text: `${title.text} ${next.sep} ${next.text}` };
}

/** Title and employer by position, for headers the word lists say nothing about. */
export function namesByOrder(parts: Part[], titleFirst: boolean): RoleNames {
  if (!parts.length) return { title: null, company: null, decided: false };
  // A lone unknown part: an employer name more often than a bare title.
  if (parts.length === 1) return { title: null, company: parts[0], decided: false };
  const [a, b] = parts;
  return { title: titleFirst ? a : b, company: titleFirst ? b : a, decided: false };
}
