/**
 * Gaps against a job description: required terms the resume does not show (high), preferred ones
 * (medium), required terms only listed (medium), and the years and degree the ad asks for.
 */
import type { Education } from "../../report/schema";
import type { JdAnalysis } from "../jd";
import { whereToAdd } from "./keyword-suggestions";
import { draft, listTerms, type Draft } from "./draft";

const DEGREE_RANK = { any: 0, bachelor: 1, master: 2, phd: 3 } as const;

export function jdSuggestions(jd: JdAnalysis, years: number, education: readonly Education[], hasSkillsSection: boolean): Draft[] {
  const out: Draft[] = [];
  const named = jd.title ? ` for ${jd.title}` : "";
  const missing = (importance: "required" | "preferred") =>
    jd.keywords.filter((k) => k.importance === importance && !k.found).map((k) => k.term);
  const required = missing("required");
  if (required.length > 0) {
    out.push(
      draft("high", "jd", `The job description${named} requires ${listTerms(required)}, which the resume does not show.`, whereToAdd(required, hasSkillsSection), required.join(", "), 10 + required.length),
    );
  }
  const preferred = missing("preferred");
  if (preferred.length > 0) {
    out.push(
      draft("medium", "jd", `The job description${named} also asks for ${listTerms(preferred)}, which the resume does not show.`, whereToAdd(preferred, hasSkillsSection), preferred.join(", "), preferred.length),
    );
  }
  const listed = jd.keywords.filter((k) => k.importance === "required" && k.found && k.evidence === "listed").map((k) => k.term);
  if (listed.length > 0) {
    out.push(
      draft(
        "medium",
        "jd",
        `Required by the job description but only listed, never shown in experience: ${listTerms(listed)}.`,
        "Add bullets that show each in use under a recent role or project, in the ad's wording.",
        listed.join(", "),
        listed.length,
      ),
    );
  }
  if (jd.yearsRequired !== null && years + 0.5 < jd.yearsRequired) {
    out.push(
      draft(
        "medium",
        "jd",
        `The job description asks for ${jd.yearsRequired}+ years of experience; the dated experience on the resume covers ${Math.round(years * 10) / 10}.`,
        "Make sure every relevant role, internship and research position has start and end dates; count relevant freelance or project work with dates too.",
        null,
        2,
      ),
    );
  }
  const wanted = jd.degree.level;
  if (wanted && wanted !== "any" && jd.degree.importance === "required") {
    const have = Math.max(-1, ...education.map((e) => degreeRank(e.degree)));
    if (have < DEGREE_RANK[wanted]) {
      out.push(
        draft(
          jd.degree.equivalentAccepted ? "low" : "medium",
          "jd",
          `The job description asks for a ${wanted === "phd" ? "PhD" : `${wanted}'s degree`}${have < 0 ? "; no degree was recognised on the resume" : "; the resume shows a lower degree"}.`,
          jd.degree.equivalentAccepted
            ? "The ad accepts equivalent experience: make the years and scope of your relevant work explicit."
            : "If you hold the degree, write it out in the Education section (e.g. “M.Sc. Computer Science”) with school and year.",
          jd.degree.text,
          1,
        ),
      );
    }
  }
  return out;
}

/** Degree level from its printed name; -1 when none is recognised. */
export function degreeRank(degree: string | null): number {
  if (!degree) return -1;
  const d = degree.toLowerCase();
  if (/\b(?:ph\.?\s?d|doctor(?:ate)?|dphil|sc\.?d)\b/.test(d)) return DEGREE_RANK.phd;
  if (/\b(?:master|m\.?\s?s\.?c?|m\.?\s?eng|m\.?\s?a|mba|m\.?\s?tech|msc|meng)\b/.test(d)) return DEGREE_RANK.master;
  if (/\b(?:bachelor|b\.?\s?s\.?c?|b\.?\s?eng|b\.?\s?a|b\.?\s?tech|bsc|beng|undergraduate|licence|laurea)\b/.test(d)) return DEGREE_RANK.bachelor;
  return -1;
}
