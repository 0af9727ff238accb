/**
 * Work experience entries from the experience sections: title, company, location, dates, bullets.
 *
 * Entries are header groups (see entries/groups.ts); a group holding several dated lines is several
 * roles. Title and company are told apart by word lists, then by the order the document itself uses
 * for its unambiguous entries. A role with no employer of its own under a company line inherits it.
 */
import type { Experience } from "../report/schema";
import { readHeader, trailingDate, type HeaderFields } from "./entries/fields";
import { classifyLines, groupEntries, type EntryLine } from "./entries/groups";
import { historyJobs, historyRows } from "./entries/rirekisho";
import { dropSubheading, moveTrailingMeta, splitByDates } from "./entries/role-groups";
import { namesByOrder, namesByScore, order, type RoleNames } from "./entries/role-names";
import type { ParseLine } from "./lines";
import { wordCount } from "./text";

interface Draft extends RoleNames {
  fields: HeaderFields;
  bullets: string[];
  /** The entry's header lines, as printed. */
  header: string;
}

/**
 * An entry that calls itself a project ("Personal project", "个人项目", a repository link in its
 * header) is not a job, even inside an experience section ("Internship / Project Experience").
 */
const PROJECT_MARK =
  /\b(?:personal|side|open[- ]source|hobby|pet|academic|university|course|class|capstone|school|student|thesis)\s+project\b|個人開発|个人项目|开源项目|课程项目|個人プロジェクト|projet personnel|proyecto personal|(?:privates|persönliches)\s+projekt|(?:github|gitlab|bitbucket)\.(?:com|org)\/[\w.-]+\/[\w.-]+/iu;

export function parseExperience(sections: ParseLine[][]): Experience[] {
  // A Japanese 履歴書 history table pairs "joined" and "left" rows instead of listing entries.
  const tables = sections.map(historyRows);
  const drafts: Draft[][] = sections.map((lines, i) => (tables[i] ? [] : readDrafts(lines)));
  // The document's own order for title and company, learnt from its unambiguous entries.
  let titleFirst = 0;
  for (const d of drafts.flat()) {
    if (d.title && d.company && d.decided) titleFirst += order(d.title) < order(d.company) ? 1 : -1;
  }
  const out: Experience[] = [];
  drafts.forEach((section, si) => {
    const table = tables[si];
    if (table) out.push(...historyJobs(table));
    let previous: Draft | null = null;
    for (const d of section) {
      if (!d.title && !d.company) Object.assign(d, namesByOrder(d.fields.parts, titleFirst >= 0));
      // A role printed in another place than the one above is not under the same employer.
      const elsewhere = !!d.fields.location && !!previous?.fields.location && d.fields.location !== previous.fields.location;
      if (d.title && !d.company && d.fields.parts.length === 1 && previous?.company && !elsewhere) d.company = previous.company;
      previous = d;
      out.push({
        title: d.title?.text ?? null,
        company: d.company?.text ?? null,
        location: d.fields.location,
        ...dates(d.fields),
        bullets: d.bullets,
      });
    }
  });
  return mergeRepeats(out);
}

/**
 * The same job told twice — a summary table, then the details (a 履歴書 and its 職務経歴書) — is
 * one job: same employer and same start, or same employer and title where one side has no start.
 */
function mergeRepeats(jobs: Experience[]): Experience[] {
  const key = (t: string | null) => (t ? t.normalize("NFKC").toLowerCase().replace(/[\s.,]+/g, "") : null);
  const out: Experience[] = [];
  for (const job of jobs) {
    const company = key(job.company);
    const twin = company
      ? out.find((o) => key(o.company) === company &&
          ((o.start && o.start === job.start) || (!o.start !== !job.start && key(o.title) === key(job.title))))
      : undefined;
    if (!twin) {
      out.push(job);
      continue;
    }
    twin.title ??= job.title;
    twin.location ??= job.location;
    twin.end ??= job.end;
    twin.bullets = [...twin.bullets, ...job.bullets];
  }
  return out;
}

function readDrafts(lines: ParseLine[]): Draft[] {
  const entryLines = classifyLines(lines);
  const groups = moveTrailingMeta(groupEntries(entryLines)).map(dropSubheading).flatMap(splitByDates);
  const drafts: Draft[] = [];
  groups.forEach((g, gi) => {
    const following = g.body[0] ?? groups[gi + 1]?.header[0] ?? null;
    const fields = readHeader(g.header, following);
    // A right-aligned date merged into the first bullet line ("• Built … 99.97% June 2023 – present").
    if (!fields.date) {
      const carrier = g.body.slice(0, 3).find((l) => trailingDate(l));
      if (carrier) {
        fields.date = trailingDate(carrier);
        carrier.text = carrier.text.slice(0, fields.date!.index).trim();
      }
    }
    // A part of more than a dozen words is a description or a tool list, not a name.
    const { parts, ...names } = namesByScore(fields.parts.filter((p) => wordCount(p.text) <= 12));
    fields.parts = parts;
    drafts.push({ fields, bullets: bulletsOf(g.body), header: g.header.map((l) => l.text).join("\n"), ...names });
  });
  return mergeDrafts(drafts).filter((d) => !PROJECT_MARK.test(d.header));
}

function bulletsOf(body: EntryLine[]): string[] {
  const out: string[] = [];
  for (const l of body) {
    const text = l.text.trim();
    if (!text) continue;
    if (l.role === "continuation" && out.length) {
      const last = out[out.length - 1];
      out[out.length - 1] = /[\u00AD]$/.test(last)
        ? last.slice(0, -1) + text
        : /\p{L}-$/u.test(last) && /^\p{Ll}/u.test(text)
          ? last + text
          : `${last} ${text}`;
    } else {
      out.push(text);
    }
  }
  return out;
}

/**
 * Groups with a date but no title text (a date printed after the bullets, or above the title)
 * join the neighbouring group that lacks one.
 */
function mergeDrafts(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const hasText = d.fields.parts.length > 0;
    const hasDate = !!d.fields.date;
    const prev = out[out.length - 1];
    if (!hasText && hasDate) {
      // "2014年04月～" … "2018年03月": the end of an open range, printed further down (a table cell).
      const open = prev?.fields.date;
      if (prev && open?.openEnded && !prev.fields.carriedEnd && !d.fields.date!.isRange && d.fields.date!.start?.value) {
        prev.fields.carriedEnd = d.fields.date!.start.value;
        prev.bullets.push(...d.bullets);
        continue;
      }
      if (prev && !prev.fields.date) {
        prev.fields.date = d.fields.date;
        prev.fields.single = d.fields.single;
        prev.fields.carriedEnd = d.fields.carriedEnd;
        prev.fields.location ??= d.fields.location;
        prev.bullets.push(...d.bullets);
        continue;
      }
      const next = drafts[i + 1];
      if (next && !next.fields.date && next.fields.parts.length) {
        next.fields.date = d.fields.date;
        next.fields.single = d.fields.single;
        next.fields.carriedEnd = d.fields.carriedEnd;
        next.fields.location ??= d.fields.location;
        continue;
      }
    }
    if (!hasText && !hasDate) {
      if (prev) prev.bullets.push(...d.bullets);
      continue;
    }
    out.push(d);
  }
  // In a section of dated roles, an undated group without bullets is a sub-heading, not a role.
  if (out.some((d) => d.fields.date)) return out.filter((d) => d.fields.date || d.bullets.length);
  return out;
}

function dates(f: HeaderFields): { start: string | null; end: string | null } {
  const m = f.date;
  if (!m) return { start: null, end: null };
  if (!m.isRange) {
    // A single date on a role ("Summer 2022") is both its start and its end.
    const v = m.start?.value ?? null;
    return { start: v, end: v };
  }
  const end = m.end?.value ?? f.carriedEnd ?? null;
  return { start: m.start?.value ?? null, end };
}
