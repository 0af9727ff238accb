/** Random ids and delete tokens, and the hash under which a token is stored. */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 128 random bits, base64url (22 characters): a report's id is the only key to read it. */
export function newReportId(): string {
  return randomBytes(16).toString("base64url");
}

/** Shape of ids produced by `newReportId`, to reject junk before touching the database. */
export const REPORT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** 256 random bits, base64url: handed to the uploader once, stored only as a hash. */
export function newDeleteToken(): string {
  return randomBytes(32).toString("base64url");
}

/** 256 random bits, base64url: the key of a read-only share link. */
export function newShareToken(): string {
  return randomBytes(32).toString("base64url");
}

export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
