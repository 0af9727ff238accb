/**
 * The wording layer: turns findings (data) into warnings a job seeker understands. Severity says how
 * likely the problem is to cost the candidate an interview with a typical ATS.
 */
import type { Finding, Severity, WarningCode } from "./finding";

interface WarningText {
  severity: Severity;
  /** Receives the finding so counts can be named ("14 ligatures"). */
  message: (f: Finding) => string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const WARNING_TEXT: Record<WarningCode, WarningText> = {
  no_text_layer: {
    severity: "high",
    message: () =>
      "This page is an image with no selectable text: an ATS reads nothing from it. Export the resume from your editor as a text PDF instead of scanning or printing to image.",
  },
  garbled_text: {
    severity: "high",
    message: (f) =>
      `${plural(f.count, "character")} cannot be decoded (the font has no Unicode mapping): an ATS reads them as gibberish. Re-export with fonts embedded as Unicode or use a standard font.`,
  },
  multi_column: {
    severity: "high",
    message: () =>
      "The layout has columns side by side. Many ATS read straight across the page, mixing the columns line by line. A single-column layout is read correctly everywhere.",
  },
  tables: {
    severity: "medium",
    message: () =>
      "Content is laid out in a table. Some ATS read tables cell by cell out of order or skip them; put key information in plain paragraphs.",
  },
  text_boxes: {
    severity: "high",
    message: (f) =>
      `${plural(f.count, "text box", "text boxes")} found. Most ATS skip text boxes entirely, so their content is lost; move it into the body of the document.`,
  },
  header_footer_content: {
    severity: "medium",
    message: () =>
      "Text sits in the page header or footer. Many ATS ignore headers and footers; keep your name and contact details in the body.",
  },
  images: {
    severity: "low",
    message: (f) =>
      `${plural(f.count, "image")} found. An ATS ignores images, logos, charts and skill bars: any text inside them is lost.`,
  },
  icon_glyphs: {
    severity: "low",
    message: (f) =>
      `${plural(f.count, "icon")} drawn with an icon font. An ATS reads them as stray symbols or nothing; label contact details with words ("Email:", "Phone:").`,
  },
  ligatures: {
    severity: "low",
    message: (f) =>
      `${plural(f.count, "ligature")} (such as "ﬁ" for "fi") found. Some ATS read them as one unknown character, so words like "certified" stop matching. We normalised them for matching; turn ligatures off in your editor (in LaTeX: \\usepackage{microtype} with \\DisableLigatures, or use pdfTeX with cmap).`,
  },
  letter_spacing: {
    severity: "medium",
    message: () =>
      'Words are printed letter by letter with spaces ("P R O F I L E"). An ATS reads single letters, so the heading or keyword is not recognised.',
  },
  nonstandard_headings: {
    severity: "medium",
    message: () =>
      'Some section headings are unusual. An ATS looks for standard headings such as "Experience", "Education" and "Skills"; content under other headings may be misfiled.',
  },
  missing_email: {
    severity: "high",
    message: () => "No email address was found. Recruiters and ATS need one to contact you; put it in the body near your name.",
  },
  missing_phone: {
    severity: "medium",
    message: () => "No phone number was found. Add one in the body near your name.",
  },
  long_document: {
    severity: "low",
    message: (f) =>
      `The resume is ${plural(f.count, "page")} long. Recruiters expect one page (two for long careers); trim older or less relevant content.`,
  },
  unusual_bullets: {
    severity: "low",
    message: () =>
      "Unusual bullet symbols were found. Some ATS turn them into stray characters; use round bullets (•) or hyphens.",
  },
  date_format: {
    severity: "low",
    message: () =>
      'Dates are written in mixed or unclear formats. Use one format throughout, such as "Jan 2020 – Present" or "01/2020 – 06/2023".',
  },
  hidden_text: {
    severity: "high",
    message: () =>
      "Text is hidden (white, tiny or off the page). ATS vendors and recruiters treat hidden keywords as keyword stuffing; remove it. Hidden words do not count towards this score.",
  },
  file_size: {
    severity: "low",
    message: () => "The file is large for a resume. Some ATS reject files over 2 MB; compress images or export again.",
  },
};

export interface WarningView {
  code: WarningCode;
  severity: Severity;
  message: string;
  evidence: string;
  page: number | null;
  count: number;
}

export function toWarning(f: Finding): WarningView {
  const text = WARNING_TEXT[f.code];
  return { code: f.code, severity: text.severity, message: text.message(f), evidence: f.evidence, page: f.page, count: f.count };
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** One warning per code and page, most severe first, so a report is not flooded with repeats. */
export function toWarnings(findings: Finding[]): WarningView[] {
  const merged = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.code}:${f.page ?? ""}`;
    const seen = merged.get(key);
    if (seen) merged.set(key, { ...seen, count: seen.count + f.count });
    else merged.set(key, { ...f });
  }
  return [...merged.values()]
    .map(toWarning)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.page ?? 0) - (b.page ?? 0));
}
