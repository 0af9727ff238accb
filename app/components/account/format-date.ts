/**
 * Dates as the account pages print them. Fixed formats in UTC, so the server's render and the
 * browser's agree whatever their locale and time zone (no hydration mismatch).
 */

/** "2025-11-26" */
export function formatDay(date: Date | string): string {
  return toDate(date).toISOString().slice(0, 10);
}

/** "2025-11-26 16:13 UTC" */
export function formatDateTime(date: Date | string): string {
  const iso = toDate(date).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function toDate(date: Date | string): Date {
  return typeof date === "string" ? new Date(date) : date;
}
