/**
 * Month arithmetic on the report's dates (`YYYY-MM`, `YYYY`, `present`), for the length and recency
 * factors and for weighing the most recent job titles. A bare year is read as its last month when it
 * ends something and its first month when it starts something: "2019 – 2021" spans 2019-01 to 2021-12.
 */
import type { Education, Experience } from "../report/schema";

/** Months since year 0: 2020-03 → 2020 * 12 + 2. */
export type MonthIndex = number;

export function monthOf(date: Date): MonthIndex {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** A report date as a month index, or null when absent. `present` is `today`. */
export function toMonth(value: string | null, edge: "start" | "end", today: Date): MonthIndex | null {
  if (value === null) return null;
  if (value === "present") return monthOf(today);
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) - 1 : edge === "end" ? 11 : 0;
  return Number(m[1]) * 12 + month;
}

/** End of an entry: its end date, else its start (a single printed date), never after today. */
export function entryEnd(entry: Pick<Experience, "start" | "end">, today: Date): MonthIndex | null {
  const end = toMonth(entry.end, "end", today) ?? toMonth(entry.start, "end", today);
  return end === null ? null : Math.min(end, monthOf(today));
}

/** The latest end among dated experience entries, or null when none is dated. */
export function latestExperienceEnd(experience: readonly Experience[], today: Date): MonthIndex | null {
  let latest: MonthIndex | null = null;
  for (const entry of experience) {
    const end = entryEnd(entry, today);
    if (end !== null && (latest === null || end > latest)) latest = end;
  }
  return latest;
}

/** The latest education end (graduation), or null. */
export function latestEducationEnd(education: readonly Education[], today: Date): MonthIndex | null {
  let latest: MonthIndex | null = null;
  for (const entry of education) {
    const end = entryEnd(entry, today);
    if (end !== null && (latest === null || end > latest)) latest = end;
  }
  return latest;
}

/**
 * Years of working life the resume covers: months inside at least one dated experience entry
 * (overlapping jobs count once), in years. Entries with only one date count as one month.
 */
export function experienceYears(experience: readonly Experience[], today: Date): number {
  const spans: [MonthIndex, MonthIndex][] = [];
  for (const entry of experience) {
    const start = toMonth(entry.start, "start", today);
    const end = entryEnd(entry, today);
    if (start === null && end === null) continue;
    const from = start ?? end!;
    const to = end ?? from;
    if (to >= from) spans.push([from, to]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let coveredTo = -Infinity;
  for (const [from, to] of spans) {
    const start = Math.max(from, coveredTo + 1);
    if (to >= start) months += to - start + 1;
    coveredTo = Math.max(coveredTo, to);
  }
  return months / 12;
}

/**
 * Experience entries, most recent first (current jobs first, then by end, then by start); undated
 * entries keep their printed order after the dated ones, since resumes are mostly reverse-chronological.
 */
export function byRecency<T extends Pick<Experience, "start" | "end">>(entries: readonly T[], today: Date): T[] {
  return entries
    .map((entry, index) => ({ entry, index, end: entryEnd(entry, today), start: toMonth(entry.start, "start", today) }))
    .sort((a, b) => {
      if (a.end === null || b.end === null) return a.end === null && b.end === null ? a.index - b.index : a.end === null ? 1 : -1;
      return b.end - a.end || (b.start ?? 0) - (a.start ?? 0) || a.index - b.index;
    })
    .map((x) => x.entry);
}
