/**
 * The whole pipeline for one file: bytes → extract → parse → (analyze) → report.
 * Pure: no I/O beyond the bytes given, no Next.js, no database. Every shell calls this.
 */
import { analyzeResume } from "../analyze";
import { InputError } from "../errors";
import { extractDocument } from "../extract";
import { parseResume } from "../parse";
import { DEFAULT_ROLE } from "../profiles/default-role";
import { builtinProfiles, getProfile } from "../profiles/load-profiles";
import type { RoleProfile } from "../profiles/schema";
import { finding, type Finding } from "../warnings/finding";
import { toWarnings } from "../warnings/messages";
import { REPORT_VERSION, type Report } from "./schema";
import { textLayout } from "./text-layout";

export interface AnalyzeOptions {
  fileName: string;
  /** Role profile slug, e.g. "ml-engineer"; DEFAULT_ROLE when absent, so every report is scored. */
  role?: string;
  /**
   * The profile itself, used instead of looking `role` up among the shipped ones: the web app
   * scores with the profile as stored (and edited) in its database, and previews unsaved edits.
   * Validated by the caller (lib/profiles/schema.ts).
   */
  profile?: RoleProfile;
  jobDescription?: string;
  /** "Today" for the recency factor (tests); defaults to now. */
  today?: Date;
}

export { DEFAULT_ROLE };

/** Above this a resume is unusually heavy (most ATS accept up to 2–5 MB). */
const LARGE_FILE_BYTES = 2 * 1024 * 1024;
/** More pages than this is long for a resume. */
const LONG_DOCUMENT_PAGES = 2;

export async function analyzeFile(bytes: Uint8Array, options: AnalyzeOptions): Promise<Report> {
  const profile = options.profile ?? resolveProfile(options.role);
  const doc = await extractDocument(bytes);
  const parsed = parseResume(doc);
  const findings: Finding[] = [...doc.findings, ...parsed.findings, ...fileFindings(bytes.length, doc.pageCount)];
  const warnings = toWarnings(findings);
  const { match, suggestions } = analyzeResume(parsed, warnings, {
    profile,
    profiles: builtinProfiles(),
    jobDescription: options.jobDescription,
    pages: doc.pageCount,
    today: options.today,
  });
  const layout = textLayout(doc, parsed.text);
  return {
    version: REPORT_VERSION,
    file: { name: options.fileName, format: doc.format, bytes: bytes.length, pages: doc.pageCount },
    ats: {
      text: parsed.text,
      streamText: doc.streamText,
      warnings,
      ...(layout ? { regions: layout.regions } : {}),
      ...(layout?.pages ? { pages: layout.pages } : {}),
    },
    contact: parsed.contact,
    sections: parsed.sections,
    experience: parsed.experience,
    education: parsed.education,
    skills: parsed.skills,
    match,
    suggestions,
  };
}

/** Checked before any work: an unknown slug is the caller's mistake (HTTP 400, CLI exit 64). */
function resolveProfile(role: string | undefined): RoleProfile {
  const slug = role ?? DEFAULT_ROLE;
  const profile = getProfile(slug);
  if (!profile) throw new InputError("unknown_role", `"${slug}"`);
  return profile;
}

function fileFindings(bytes: number, pages: number): Finding[] {
  const out: Finding[] = [];
  if (pages > LONG_DOCUMENT_PAGES) out.push(finding("long_document", `${pages} pages`, null, pages));
  if (bytes > LARGE_FILE_BYTES) out.push(finding("file_size", `${(bytes / 1024 / 1024).toFixed(1)} MB`));
  return out;
}
