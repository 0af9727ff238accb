/**
 * Account settings from environment variables (documented in README.md), read when the auth
 * instance is built so that tests and scripts may set them first.
 */
import { loadAuthSecret } from "./auth-secret";

export interface AuthSettings {
  secret: string;
  /** Public address of the app: cookies and the origin check are tied to it. */
  baseURL: string;
  /** Origins allowed to send sign-in and other state-changing requests. */
  trustedOrigins: string[];
  /** Whether anyone may create a (coach) account on /api/auth/sign-up/email. */
  allowSignup: boolean;
  /**
   * better-auth's rate limits (e.g. 3 sign-in attempts per 10 s per address) in production;
   * AUTH_RATE_LIMIT=off turns them off (browser tests that sign in several users in a row).
   */
  rateLimit: boolean;
}

export function authSettings(env: Record<string, string | undefined> = process.env): AuthSettings {
  const port = env.PORT?.trim() || "3000";
  const configured = env.BETTER_AUTH_URL?.trim();
  const baseURL = stripSlash(configured || `http://localhost:${port}`);
  const extra = (env.BETTER_AUTH_TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((origin) => stripSlash(origin.trim()))
    .filter(Boolean);
  // Without a configured address the app runs locally, opened as localhost or 127.0.0.1.
  const loopback = configured ? [] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  return {
    secret: loadAuthSecret({ env }),
    baseURL,
    trustedOrigins: [...new Set([new URL(baseURL).origin, ...loopback, ...extra])],
    allowSignup: /^(1|true|yes)$/i.test(env.ALLOW_SIGNUP?.trim() ?? ""),
    rateLimit: !/^(0|false|no|off)$/i.test(env.AUTH_RATE_LIMIT?.trim() ?? ""),
  };
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
