/** The running server's purge: once at start, then every `everyMs` (started from instrumentation.ts). */
import { log } from "../log";
import { describePurge, purgeExpiredReports } from "./purge-expired-reports";

const cache = globalThis as unknown as { atsPurgeTimer?: NodeJS.Timeout };

export function startPurgeTimer(everyMs: number): void {
  if (cache.atsPurgeTimer) return;
  const purge = () =>
    purgeExpiredReports().then(
      (result) => {
        if (result.deleted > 0) log.info({ deleted: result.deleted, retentionDays: result.retentionDays }, describePurge(result));
      },
      (error: unknown) => log.error({ err: error }, "purging expired reports failed"),
    );
  void purge();
  cache.atsPurgeTimer = setInterval(purge, everyMs);
  // Never keeps the process alive on its own.
  cache.atsPurgeTimer.unref();
}
