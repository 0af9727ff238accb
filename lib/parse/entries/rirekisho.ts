/**
 * The history table of a Japanese 履歴書: one event per row, "year | month | what happened".
 * A job is not a row but a pair of them: the row where the candidate joined an employer (入社) and
 * the row where they left it (退社, 退職), or "現在に至る" (to the present). A row that marks neither
 * (a part-time or volunteer post) is a role of its own that started then.
 *
 *   2014 | 04 | 株式会社デジタルフロンティア・ソフトウェアエンジニア・入社
 *   2018 | 03 | 同社 退社
 *   2018 | 04 | テックイノベーション株式会社 入社
 *               現在に至る
 */
import type { Experience } from "../../report/schema";
import { isLocation } from "../contact/location";
import type { ParseLine } from "../lines";
import { classifyHeading } from "../sections/classify-heading";
import { companyScore, isJobTitle, isOrganisation, titleScore } from "./lexicon";

/** Year column, month column, event: "2014\t04\t…", "20XX\t4\t…", "平成26年\t4月\t…". */
const ROW = /^((?:19|20)[\dX]{2}|(?:昭和|平成|令和)\s*(?:元|\d{1,2}))\s*年?\s*\t\s*(\d{1,2})\s*月?\s*\t\s*(.+)$/u;
const JOINED = /(?:入社|入職|就職|入所|入行|入庁|着任|入団)$/u;
const LEFT = /(?:退社|退職|離職|退所|退行|退庁|退任|辞職)$/u;
const SCHOOL = /(?:入学|卒業|修了|退学|中退|編入|転入)$/u;
const PRESENT = /現在に(?:至る|いたる)|現在まで|至現在/u;
const TABLE_HEAD = /^年\s*\t\s*月\s*\t\s*(.+)$/u;
const HISTORY_KINDS = new Set(["experience", "education"]);
/** "同社", "同" (ditto): the employer of the row above. */
const DITTO = /^同(?:社|上)?$/u;

export interface HistoryRow {
  date: string | null;
  event: string;
}

/** The section's lines as history rows, or null when it is not such a table (fewer than two rows). */
export function historyRows(lines: ParseLine[]): { rows: HistoryRow[]; present: Set<number> } | null {
  const rows: HistoryRow[] = [];
  const present = new Set<number>();
  for (const line of lines) {
    // "年 | 月 | 免許・資格": a new table whose rows are not jobs (licences, awards) starts here.
    const head = TABLE_HEAD.exec(line.text);
    if (head && !HISTORY_KINDS.has(classifyHeading(head[1])?.kind ?? "other")) break;
    const m = ROW.exec(line.text);
    if (m) {
      rows.push({ date: rowDate(m[1], m[2]), event: m[3].trim() });
      if (PRESENT.test(m[3])) present.add(rows.length - 1);
    } else if (PRESENT.test(line.text) && rows.length) {
      present.add(rows.length - 1);
    }
  }
  return rows.length >= 2 ? { rows, present } : null;
}

function rowDate(year: string, month: string): string | null {
  if (!/^\d{4}$/.test(year)) return null; // placeholders ("20XX") and era years are left undated
  const m = Number(month);
  return m >= 1 && m <= 12 ? `${year}-${String(m).padStart(2, "0")}` : year;
}

/** Jobs from history rows: joined … left (or to the present), and unmarked posts. */
export function historyJobs(table: { rows: HistoryRow[]; present: Set<number> }): Experience[] {
  const out: Experience[] = [];
  const open: Experience[] = [];
  table.rows.forEach((row, i) => {
    const event = row.event.replace(PRESENT, "").replace(/[・\s]+$/u, "");
    const parts = event.split(/[・\s　]+/u).map((p) => p.trim()).filter(Boolean);
    const marker = parts.length ? parts[parts.length - 1] : "";
    if (SCHOOL.test(marker)) return; // entered or left a school: education, not a job
    const joined = JOINED.test(marker);
    const left = LEFT.test(marker);
    const names = readNames(parts.map((p) => p.replace(JOINED, "").replace(LEFT, "")).filter(Boolean));
    if (left) {
      const ditto = !names.company || DITTO.test(names.company);
      const job = [...open].reverse().find((j) => ditto || j.company === names.company);
      if (job) {
        job.end = row.date;
        open.splice(open.indexOf(job), 1);
        return;
      }
    }
    const job: Experience = {
      title: names.title,
      company: names.company,
      location: null,
      start: left ? null : row.date,
      end: left ? row.date : table.present.has(i) ? "present" : null,
      bullets: names.notes,
    };
    out.push(job);
    if (joined && job.end === null) open.push(job);
  });
  return out;
}

/** Employer, job title and any description among the event's parts; places are dropped. */
function readNames(parts: string[]): { company: string | null; title: string | null; notes: string[] } {
  let company: string | null = null;
  let title: string | null = null;
  const notes: string[] = [];
  for (const p of parts) {
    if (isLocation(p)) continue;
    if (!company && (isOrganisation(p) || companyScore(p) > 0)) company = p;
    else if (!title && (isJobTitle(p) || titleScore(p) > 0) && p.length <= 20) title = p;
    else if (!company && p.length <= 20) company = p;
    else notes.push(p);
  }
  return { company, title, notes };
}
