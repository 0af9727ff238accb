/** Puts a shipped profile back to the version in lib/profiles/data (admins); the seed then tracks it again. */
import { getProfile } from "../../lib/profiles/load-profiles";
import type { RoleProfile } from "../../lib/profiles/schema";
import { AppError } from "../errors";
import { db } from "./prisma";
import { findStoredProfile, writeRoleProfile } from "./role-profile-record";

export interface ResetRoleProfileOptions {
  slug: string;
  authorId: string;
}

export async function resetRoleProfile({ slug, authorId }: ResetRoleProfileOptions): Promise<RoleProfile> {
  const shipped = getProfile(slug);
  if (!shipped) throw new AppError("not_found", `"${slug}" is not a shipped profile.`);
  await db().$transaction(async (tx) => {
    const before = await findStoredProfile(tx, slug);
    await writeRoleProfile(tx, { action: "reset", slug, before, after: shipped, authorId, customized: false });
  });
  return shipped;
}
