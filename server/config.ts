/**
 * Settings of the shells, from environment variables (documented in README.md). Read when used,
 * not at import, so a test or a script may set them first.
 */
import { availableParallelism } from "node:os";
import { z } from "zod";

const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().nonnegative();

const envSchema = z.object({
  ATS_MAX_UPLOAD_BYTES: positiveInt.default(10 * 1024 * 1024),
  ATS_TIMEOUT_MS: positiveInt.default(20_000),
  ATS_WORKER_MEMORY_MB: positiveInt.default(512),
  ATS_POOL_SIZE: positiveInt.default(Math.min(2, availableParallelism())),
  /** Uploads one client may make per window (POST /api/analyze); 0 switches the limit off. */
  ATS_UPLOAD_RATE_LIMIT: nonNegativeInt.default(20),
  ATS_UPLOAD_RATE_WINDOW_S: positiveInt.default(60),
  /** Days a report is kept (with its notes, share links and page pictures); 0 keeps them forever. */
  REPORT_RETENTION_DAYS: nonNegativeInt.default(30),
});

export type ServerConfig = z.infer<typeof envSchema>;

export function serverConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  // An empty variable means "not set" (e.g. `ATS_TIMEOUT_MS= npm start`).
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
