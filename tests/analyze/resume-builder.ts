/**
 * Synthetic parsed resumes for the analysis tests: the text is rendered from the structure, so section
 * offsets, experience entries and bullets agree the way the parser's output does.
 */
import type { ResumeInput } from "../../lib/analyze";
import type { Contact, Education, Experience, ResumeLink, Section, SectionKind, Warning } from "../../lib/report/schema";

export interface JobSpec {
  title: string | null;
  company?: string | null;
  start?: string | null;
  end?: string | null;
  bullets?: string[];
}

export interface ResumeSpec {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  links?: ResumeLink[];
  summary?: string;
  experience?: JobSpec[];
  skills?: string[];
  projects?: string[];
  education?: { degree: string; school: string; end?: string | null }[];
  certifications?: string[];
  /** More sections, rendered after the others. */
  extra?: { kind: SectionKind; heading: string; lines: string[] }[];
}

export function buildResume(spec: ResumeSpec): ResumeInput {
  const lines: string[] = [];
  const sections: Section[] = [];
  let offset = 0;
  const push = (line: string) => {
    lines.push(line);
    offset += line.length + 1;
  };
  const section = (kind: SectionKind, heading: string, body: string[]) => {
    const start = offset;
    push(heading);
    for (const l of body) push(l);
    sections.push({ kind, heading, start, end: offset - 1, detectedBy: "heading" });
  };

  const name = spec.name === undefined ? "Alex Example" : spec.name;
  if (name) push(name);
  const email = spec.email === undefined ? "alex@example.com" : spec.email;
  const phone = spec.phone === undefined ? "+1 555 010 2030" : spec.phone;
  const links = spec.links ?? [];
  const contactLine = [email, phone, ...links.map((l) => l.url)].filter(Boolean).join(" · ");
  if (contactLine) push(contactLine);

  if (spec.summary) section("summary", "Summary", [spec.summary]);
  const experience: Experience[] = (spec.experience ?? []).map((j) => ({
    title: j.title,
    company: j.company ?? "Example Corp",
    location: null,
    start: j.start ?? null,
    end: j.end ?? null,
    bullets: j.bullets ?? [],
  }));
  if (experience.length > 0) {
    section(
      "experience",
      "Experience",
      experience.flatMap((e) => [
        [e.title, e.company, [e.start, e.end].filter(Boolean).join(" – ")].filter(Boolean).join(", "),
        ...e.bullets.map((b) => `• ${b}`),
      ]),
    );
  }
  if (spec.projects?.length) section("projects", "Projects", spec.projects.map((p) => `• ${p}`));
  if (spec.skills?.length) section("skills", "Skills", [spec.skills.join(", ")]);
  const education: Education[] = (spec.education ?? []).map((e) => ({ degree: e.degree, school: e.school, start: null, end: e.end ?? null }));
  if (education.length > 0) {
    section("education", "Education", education.map((e) => [e.degree, e.school, e.end].filter(Boolean).join(", ")));
  }
  if (spec.certifications?.length) section("certifications", "Certifications", spec.certifications);
  for (const x of spec.extra ?? []) section(x.kind, x.heading, x.lines);

  const contact: Contact = {
    name,
    emails: email ? [email] : [],
    phones: phone ? [phone] : [],
    location: null,
    links,
  };
  return { text: lines.join("\n"), contact, sections, experience, education };
}

export function warning(code: Warning["code"], severity: Warning["severity"], page: number | null = 1): Warning {
  return { code, severity, message: `${code} message`, evidence: `${code} evidence`, page, count: 1 };
}

/** A fixed "today" so recency and experience spans are reproducible. */
export const TODAY = new Date(Date.UTC(2026, 2, 15));
