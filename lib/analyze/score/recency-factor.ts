/**
 * Recency: how long ago the most recent experience ended. A current job (or one ended within
 * FRESH_MONTHS) earns the full factor; it falls linearly to nothing at STALE_MONTHS. Without dated
 * experience, a graduation date stands in (a student's latest activity); with neither, there is
 * nothing to show the resume is current.
 */
import type { Education, Experience } from "../../report/schema";
import { latestEducationEnd, latestExperienceEnd, monthOf } from "../resume-dates";
import { factor, plural, type FactorResult } from "./factor";

const FRESH_MONTHS = 6;
const STALE_MONTHS = 60;

export function recencyFactor(experience: readonly Experience[], education: readonly Education[], today: Date): FactorResult {
  const job = latestExperienceEnd(experience, today);
  const latest = job ?? latestEducationEnd(education, today);
  if (latest === null) return factor("recency", 0, "No dated experience or education found, so the resume does not show it is current.");
  const ago = Math.max(0, monthOf(today) - latest);
  const what = job !== null ? "The most recent experience" : "No dated experience; the latest education";
  const share = ago <= FRESH_MONTHS ? 1 : 1 - (ago - FRESH_MONTHS) / (STALE_MONTHS - FRESH_MONTHS);
  const when = ago === 0 ? "is current" : `ended ${plural(ago, "month")} ago`;
  const scale = `full credit within ${FRESH_MONTHS} months, none after ${STALE_MONTHS / 12} years`;
  return factor("recency", share, `${what} ${when} (${scale}).`);
}
