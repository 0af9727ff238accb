/**
 * Reading and writing RoleProfile rows together with their revision history. Every admin change
 * goes through `writeRoleProfile`, so no change escapes the history.
 */
import { parseProfile } from "../../lib/profiles/load-profiles";
import type { RoleProfile } from "../../lib/profiles/schema";
import type { Prisma } from "../../generated/prisma/client";
import { summarizeProfileChange } from "../profiles/summarize-profile-change";

export const PROFILE_ACTIONS = ["create", "update", "duplicate", "import", "delete", "reset"] as const;
export type ProfileAction = (typeof PROFILE_ACTIONS)[number];

type Tx = Prisma.TransactionClient;

/** A stored profile, validated again on the way out (defaults applied). */
export function readStoredProfile(row: { slug: string; data: string }): RoleProfile {
  return parseProfile(JSON.parse(row.data), `RoleProfile "${row.slug}"`);
}

export async function findStoredProfile(tx: Tx, slug: string): Promise<RoleProfile | null> {
  const row = await tx.roleProfile.findUnique({ where: { slug }, select: { slug: true, data: true } });
  return row ? readStoredProfile(row) : null;
}

export interface WriteRoleProfileOptions {
  action: ProfileAction;
  slug: string;
  before: RoleProfile | null;
  /** null deletes the row. */
  after: RoleProfile | null;
  authorId: string | null;
  /** false only when putting the shipped version back (the seed may then update it again). */
  customized?: boolean;
  summary?: string;
}

export async function writeRoleProfile(tx: Tx, options: WriteRoleProfileOptions): Promise<void> {
  const { action, slug, before, after, authorId, customized = true } = options;
  if (after) {
    const fields = { title: after.title, description: after.description, data: JSON.stringify(after), customized };
    await tx.roleProfile.upsert({ where: { slug }, create: { slug, ...fields }, update: fields });
  } else {
    await tx.roleProfile.delete({ where: { slug } });
  }
  await tx.roleProfileRevision.create({
    data: {
      slug,
      action,
      before: before ? JSON.stringify(before) : null,
      after: after ? JSON.stringify(after) : null,
      summary: options.summary ?? summarizeProfileChange(before, after),
      authorId,
    },
  });
}
