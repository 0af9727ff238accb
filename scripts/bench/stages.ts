/**
 * One resume through the pipeline with each stage timed: the same steps as
 * lib/report/analyze-file.ts, split where the stages meet.
 *   extract: bytes → document model (format sniffing, reader)
 *   parse:   document model → contact, sections, experience, education, skills
 *   analyze: warnings, keyword matching, score, suggestions, text layout (and the JD, when given)
 */
import { analyzeResume } from "../../lib/analyze";
import { extractDocument } from "../../lib/extract";
import { parseResume } from "../../lib/parse";
import { DEFAULT_ROLE } from "../../lib/profiles/default-role";
import { builtinProfiles, getProfile } from "../../lib/profiles/load-profiles";
import { textLayout } from "../../lib/report/text-layout";
import { toWarnings } from "../../lib/warnings/messages";

export interface StageTimes {
  extract: number;
  parse: number;
  analyze: number;
  total: number;
}

export async function timeStages(bytes: Uint8Array, jobDescription?: string): Promise<StageTimes> {
  const profile = getProfile(DEFAULT_ROLE)!;
  const t0 = performance.now();
  const doc = await extractDocument(bytes);
  const t1 = performance.now();
  const parsed = parseResume(doc);
  const t2 = performance.now();
  const warnings = toWarnings([...doc.findings, ...parsed.findings]);
  analyzeResume(parsed, warnings, { profile, profiles: builtinProfiles(), jobDescription, pages: doc.pageCount });
  textLayout(doc, parsed.text);
  const t3 = performance.now();
  return { extract: t1 - t0, parse: t2 - t1, analyze: t3 - t2, total: t3 - t0 };
}
