/**
 * Settings of the shells, from environment variables (documented in README.md). Read when used,
 * not at import, so a test or a script may set them first.
 */
import { availableParallelism } from "node:os";
import { z } from "zod";

const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  ATS_MAX_UPLOAD_BYTES: positiveInt.default(10 * 1024 * 1024),
  ATS_TIMEOUT_MS: positiveInt.default(20_000),
  ATS_WORKER_MEMORY_MB: positiveInt.default(512),
  ATS_POOL_SIZE: positiveInt.default(Math.min(2, availableParallelism())),
});

export type ServerConfig = z.infer<typeof envSchema>;

export function serverConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  // An empty variable means "not set" (e.g. `ATS_TIMEOUT_MS= npm start`).
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
