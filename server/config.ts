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
  /** Uploads that may wait for a worker thread; more are refused with 503 `busy` and Retry-After. */
  ATS_QUEUE_LIMIT: positiveInt.default(32),
  /** Uploads one client may make per window (POST /api/analyze); 0 switches the limit off. */
  ATS_UPLOAD_RATE_LIMIT: nonNegativeInt.default(20),
  ATS_UPLOAD_RATE_WINDOW_S: positiveInt.default(60),
  /** Days a report is kept (with its notes, share links and page pictures); 0 keeps them forever. */
  REPORT_RETENTION_DAYS: nonNegativeInt.default(30),
});

export type ServerConfig = z.infer<typeof envSchema>;

const NAMES = Object.keys(envSchema.shape) as Array<keyof ServerConfig>;
/** The last settings read, by the values they were read from: every upload asks several times. */
let last: { key: string; config: ServerConfig } | null = null;

export function serverConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  // An empty variable means "not set" (e.g. `ATS_TIMEOUT_MS= npm start`).
  const set = Object.fromEntries(NAMES.flatMap((name) => (env[name] === undefined || env[name] === "" ? [] : [[name, env[name]]])));
  const key = JSON.stringify(set);
  if (last?.key === key) return last.config;
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`);
  last = { key, config: parsed.data };
  return parsed.data;
}
