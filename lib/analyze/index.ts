/**
 * The analysis stage: a parsed resume and its warnings in; the report's `match` (score, breakdown,
 * keywords, JD comparison, career transition) and ranked `suggestions` out. Pure and deterministic:
 * "today" is an option, so recency is reproducible.
 *
 * `transition` is returned on its own and inside `match` (where the report keeps it, because it is
 * relative to `match.profile`).
 */
import type { ParsedResume } from "../parse";
import type { RoleProfile } from "../profiles/schema";
import type { Match, Suggestion, Transition, Warning } from "../report/schema";
import { runChecks } from "./checks";
import { analyzeJobDescription, toJdMatch, type JdAnalysis } from "./jd";
import { scanProfile, toKeywordHits, type KeywordMatch } from "./keywords";
import { resumeFacts } from "./resume-facts";
import { scoreResume } from "./score";
import { buildSuggestions } from "./suggestions";
import { detectRole, planTransition } from "./transition";

export interface AnalyzeResumeOptions {
  /** The role scored against. */
  profile: RoleProfile;
  /** Every known profile: for detecting the role the resume shows today, and the JD's vocabulary. */
  profiles: readonly RoleProfile[];
  /** Job description text; blank is the same as none. */
  jobDescription?: string;
  /** Pages of the document (0 when the format has none: estimated from the words). */
  pages: number;
  /** "Today" for recency and experience spans; defaults to now. */
  today?: Date;
}

export interface Analysis {
  match: Match;
  suggestions: Suggestion[];
  transition: Transition | null;
}

export type ResumeInput = Pick<ParsedResume, "text" | "contact" | "sections" | "experience" | "education"> &
  Partial<Pick<ParsedResume, "visibleText">>;

export function analyzeResume(parsed: ResumeInput, warnings: readonly Warning[], options: AnalyzeResumeOptions): Analysis {
  const today = options.today ?? new Date();
  const { profile } = options;
  // Keywords count only where a reader can see them: hidden text (keyword stuffing) earns nothing;
  // the hidden_text warning says so. Offsets are the same in both texts, so highlights still line up.
  const readable = parsed.visibleText ?? parsed.text;
  const scan = scanProfile(readable, parsed.sections, profile);
  const checks = runChecks(parsed.experience, scan.keywords);
  const facts = resumeFacts(parsed, profile, options.pages, today);
  const jd = jobDescription({ text: readable, sections: parsed.sections }, options);
  // An ad with no recognisable terms says nothing about fit: it does not move the score.
  const jdMatchRate = jd && jd.keywords.length > 0 ? jd.matchRate : null;
  const scored = scoreResume({
    contact: parsed.contact,
    sections: parsed.sections,
    experience: parsed.experience,
    education: parsed.education,
    warnings,
    profile,
    keywords: scan.keywords,
    signals: scan.signals,
    statements: checks.statements,
    facts,
    today,
    jdMatchRate,
  });
  const current = detectRole(
    { text: readable, sections: parsed.sections, experience: parsed.experience, today, scans: new Map([[profile.slug, scan]]) },
    options.profiles,
  );
  const transition = planTransition(current, profile, scan.keywords);
  const match: Match = {
    profile: profile.slug,
    algorithm: scored.algorithm,
    score: scored.score,
    breakdown: scored.breakdown,
    keywords: keywordHits(scan.keywords),
    categories: profile.keywordGroups.map(({ category, label }) => ({ category, label })),
    ...(jd ? { jd: toJdMatch(jd) } : {}),
    transition,
  };
  const suggestions = buildSuggestions({
    contact: parsed.contact,
    sections: parsed.sections,
    experience: parsed.experience,
    education: parsed.education,
    warnings,
    profile,
    scan,
    checks,
    completeness: scored.completeness,
    facts,
    transition,
    jd,
    today,
  });
  return { match, suggestions, transition };
}

/** `resume` is the text keywords are matched in (the visible text), with its sections. */
function jobDescription(resume: Pick<ResumeInput, "text" | "sections">, options: AnalyzeResumeOptions): JdAnalysis | null {
  const text = options.jobDescription;
  if (!text || !text.trim()) return null;
  return analyzeJobDescription(text, resume, { profiles: options.profiles, focus: options.profile });
}

/** The report's keyword entries: the contract's fields plus importance, evidence and where it was found. */
function keywordHits(keywords: readonly KeywordMatch[]): Match["keywords"] {
  return toKeywordHits(keywords).map((hit, i) => ({
    ...hit,
    importance: keywords[i].importance,
    evidence: keywords[i].evidence,
    occurrences: keywords[i].occurrences.map(({ start, end }) => ({ start, end })),
  }));
}
