/** "2020-01 – present", "– 2015", or "dates not found" for resume dates (YYYY-MM, YYYY, present). */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return "dates not found";
  return `${start ?? ""} – ${end ?? ""}`.trim();
}
