/**
 * Keyword matching of a resume against a role profile: for every keyword (and certification and
 * portfolio signal) of the profile, whether the resume shows it, how often, in which sections, with
 * what strength of evidence, and the exact character ranges to highlight.
 */
import type { Importance, RoleProfile } from "../../profiles/schema";
import { compileProfile, type CompiledProfile } from "./compile-profile";
import { scanTokens, type Hit } from "./scan";
import { demonstrates, sectionLocator, type Evidence, type SectionSpan } from "./sections";
import { tokenize } from "./tokenize";

export interface Occurrence {
  /** Character range in the text passed in. */
  start: number;
  end: number;
  /** The words as printed. */
  text: string;
  /** Section kind the occurrence sits in, or null (text before the first heading). */
  section: string | null;
  /** In an experience/project bullet rather than a list or summary. */
  demonstrated: boolean;
}

interface Found {
  readonly found: boolean;
  readonly count: number;
  /** Distinct section kinds, in order of first appearance. */
  readonly sections: readonly string[];
  readonly occurrences: readonly Occurrence[];
}

export interface KeywordMatch extends Found {
  readonly term: string;
  readonly category: string;
  readonly importance: Importance;
  readonly weight: number;
  /** "demonstrated": used in experience/projects; "listed": only named (skills, summary…). */
  readonly evidence: Evidence;
}

export interface CertificationMatch extends Found {
  readonly name: string;
  readonly issuer: string;
  readonly importance: Importance;
}

export interface SignalMatch extends Found {
  readonly kind: string;
  readonly label: string;
  readonly importance: Importance;
  /** True when a section of a kind the signal names exists ("Publications"), with or without terms. */
  readonly bySection: boolean;
}

/** One entry per keyword, certification and signal of the profile, in profile order. */
export interface ProfileScan {
  keywords: KeywordMatch[];
  certifications: CertificationMatch[];
  signals: SignalMatch[];
}

/** Every keyword of `profile`, found or not, in profile order. */
export function matchKeywords(text: string, sections: readonly SectionSpan[], profile: RoleProfile): KeywordMatch[] {
  return scanProfile(text, sections, profile).keywords;
}

/**
 * Keywords, certifications and portfolio signals of `profile` in one scan of the text.
 *
 * Results are read-only: entries the resume does not show are shared, frozen "missing" records
 * (built once per profile), so a 10,000-keyword profile costs one array copy, not 10,000 objects.
 */
export function scanProfile(text: string, sections: readonly SectionSpan[], profile: RoleProfile): ProfileScan {
  const compiled = compileProfile(profile);
  const missing = missingResults(compiled);
  const sectionAt = sectionLocator(sections);
  const hits = scanTokens(text, tokenize(text), compiled, sectionAt);

  const byEntry = new Map<number, Hit[]>();
  for (const hit of hits) {
    const list = byEntry.get(hit.entry);
    if (list) list.push(hit);
    else byEntry.set(hit.entry, [hit]);
  }
  const keywords = missing.keywords.slice();
  const certifications = missing.certifications.slice();
  const signals = missing.signals.slice();
  for (const [n, entryHits] of byEntry) {
    const entry = compiled.entries[n];
    const found = describe(text, entryHits, sectionAt);
    if (entry.kind === "keyword") {
      const evidence: Evidence = found.occurrences.some((o) => o.demonstrated) ? "demonstrated" : "listed";
      keywords[entry.index] = { ...missing.keywords[entry.index], ...found, evidence };
    } else if (entry.kind === "certification") {
      certifications[entry.index] = { ...missing.certifications[entry.index], ...found };
    } else {
      signals[entry.index] = { ...missing.signals[entry.index], ...found };
    }
  }
  // A section of the right kind ("Publications") shows a signal even without its words.
  const presentKinds = new Set(sections.map((s) => s.kind));
  profile.portfolioSignals.forEach((signal, i) => {
    if (signal.sectionKinds.some((kind) => presentKinds.has(kind))) signals[i] = { ...signals[i], found: true, bySection: true };
  });
  return { keywords, certifications, signals };
}

interface MissingResults {
  keywords: KeywordMatch[];
  certifications: CertificationMatch[];
  signals: SignalMatch[];
}

const missingCache = new WeakMap<CompiledProfile, MissingResults>();

/** "Not found" records for every entry of a compiled profile, frozen and shared between scans. */
function missingResults(compiled: CompiledProfile): MissingResults {
  let cached = missingCache.get(compiled);
  if (cached) return cached;
  const none = (): Found => ({ found: false, count: 0, sections: Object.freeze([]), occurrences: Object.freeze([]) });
  const { profile } = compiled;
  cached = {
    keywords: compiled.keywords.map((k) => Object.freeze({ ...k, ...none(), evidence: "missing" as const })),
    certifications: profile.certifications.map((c) =>
      Object.freeze({ name: c.name, issuer: c.issuer, importance: c.importance, ...none() }),
    ),
    signals: profile.portfolioSignals.map((s) =>
      Object.freeze({ kind: s.kind, label: s.label, importance: s.importance, ...none(), bySection: false }),
    ),
  };
  missingCache.set(compiled, cached);
  return cached;
}

function describe(text: string, hits: Hit[], sectionAt: (offset: number) => string | null): Found {
  const occurrences = hits.map((hit): Occurrence => {
    const section = sectionAt(hit.start);
    return {
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      section,
      demonstrated: demonstrates(text, hit.start, section),
    };
  });
  const sections: string[] = [];
  for (const o of occurrences) if (o.section !== null && !sections.includes(o.section)) sections.push(o.section);
  return { found: occurrences.length > 0, count: occurrences.length, sections, occurrences };
}

/** The report's `match.keywords` entries (contract shape) from matcher results. */
export function toKeywordHits(matches: readonly KeywordMatch[]) {
  return matches.map(({ term, category, found, count, sections }) => ({ term, category, found, count, sections: [...sections] }));
}
