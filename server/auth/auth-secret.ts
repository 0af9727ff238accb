/**
 * The key better-auth signs session cookies with. `BETTER_AUTH_SECRET` wins; without it a random
 * secret is generated on first start and kept in `.data/auth-secret` (git-ignored, mode 600), so
 * sessions survive restarts and no secret is ever written in the code.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SECRET_FILE_NAME = "auth-secret";
/** better-auth wants at least 32 characters. */
const MIN_SECRET_LENGTH = 32;

export interface AuthSecretOptions {
  env?: Record<string, string | undefined>;
  /** Where the generated secret lives; default `.data` in the working directory (the project root). */
  dataDir?: string;
}

export function loadAuthSecret({ env = process.env, dataDir = defaultDataDir() }: AuthSecretOptions = {}): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new Error(`BETTER_AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
    }
    return fromEnv;
  }
  const file = path.join(dataDir, SECRET_FILE_NAME);
  const known = fileSecrets.get(file);
  if (known) return known;
  const secret = readSecretFile(file) ?? createSecretFile(file, dataDir);
  fileSecrets.set(file, secret);
  return secret;
}

/** Secrets already read, by file: the settings are read on every request. */
const fileSecrets = new Map<string, string>();

function createSecretFile(file: string, dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": if another process (a second worker, `npm run create-admin`) won the race, use its secret.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const winner = readSecretFile(file);
    if (!winner) throw new Error(`${file} exists but holds no usable secret`);
    return winner;
  }
}

export function defaultDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), ".data");
}

function readSecretFile(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const secret = text.trim();
  return secret.length >= MIN_SECRET_LENGTH ? secret : null;
}
