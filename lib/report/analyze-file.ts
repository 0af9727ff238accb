/**
 * The whole pipeline for one file: bytes → extract → parse → (analyze) → report.
 * Pure: no I/O beyond the bytes given, no Next.js, no database. Every shell calls this.
 */
import { extractDocument } from "../extract";
import { parseResume } from "../parse";
import { finding, type Finding } from "../warnings/finding";
import { toWarnings } from "../warnings/messages";
import { REPORT_VERSION, type Report } from "./schema";

export interface AnalyzeOptions {
  fileName: string;
  /** Role profile slug, e.g. "ml-engineer". */
  role?: string;
  jobDescription?: string;
}

/** Above this a resume is unusually heavy (most ATS accept up to 2–5 MB). */
const LARGE_FILE_BYTES = 2 * 1024 * 1024;
/** More pages than this is long for a resume. */
const LONG_DOCUMENT_PAGES = 2;

export async function analyzeFile(bytes: Uint8Array, options: AnalyzeOptions): Promise<Report> {
  const doc = await extractDocument(bytes);
  const parsed = parseResume(doc);
  const findings: Finding[] = [...doc.findings, ...parsed.findings, ...fileFindings(bytes.length, doc.pageCount)];
  return {
    version: REPORT_VERSION,
    file: { name: options.fileName, format: doc.format, bytes: bytes.length, pages: doc.pageCount },
    ats: { text: parsed.text, streamText: doc.streamText, warnings: toWarnings(findings) },
    contact: parsed.contact,
    sections: parsed.sections,
    experience: parsed.experience,
    education: parsed.education,
    skills: parsed.skills,
    match: null,
    suggestions: [],
  };
}

function fileFindings(bytes: number, pages: number): Finding[] {
  const out: Finding[] = [];
  if (pages > LONG_DOCUMENT_PAGES) out.push(finding("long_document", `${pages} pages`, null, pages));
  if (bytes > LARGE_FILE_BYTES) out.push(finding("file_size", `${(bytes / 1024 / 1024).toFixed(1)} MB`));
  return out;
}
