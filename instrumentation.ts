/**
 * Runs once when the Next server starts (Next's instrumentation hook): the server deletes reports
 * past their retention period at start and then every hour, so one that is never restarted still
 * forgets them (`npm start` also purges before serving).
 */
const PURGE_EVERY_MS = 60 * 60 * 1000;

export async function register(): Promise<void> {
  // Only in the Node.js server, never while `next build` collects pages.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startPurgeTimer } = await import("./server/retention/purge-timer");
  startPurgeTimer(PURGE_EVERY_MS);
}
