/**
 * Replaces a role profile with an edited version (admins). The slug is the profile's identity
 * (reports keep it), so it cannot change here: duplicate under a new slug instead.
 */
import type { RoleProfile } from "../../lib/profiles/schema";
import { AppError } from "../errors";
import { parseProfileInput } from "../profiles/profile-input";
import { db } from "./prisma";
import { findStoredProfile, writeRoleProfile } from "./role-profile-record";

export interface UpdateRoleProfileOptions {
  slug: string;
  data: unknown;
  authorId: string;
}

export async function updateRoleProfile({ slug, data, authorId }: UpdateRoleProfileOptions): Promise<RoleProfile> {
  const profile = parseProfileInput(data);
  if (profile.slug !== slug) {
    throw new AppError("invalid_input", "The slug of a profile cannot change.", [
      { path: "slug", message: `Keep "${slug}", or duplicate the profile to give it a new slug.` },
    ]);
  }
  await db().$transaction(async (tx) => {
    const before = await findStoredProfile(tx, slug);
    if (!before) throw new AppError("not_found", `No role profile "${slug}".`);
    if (JSON.stringify(before) === JSON.stringify(profile)) return; // nothing to record
    await writeRoleProfile(tx, { action: "update", slug, before, after: profile, authorId });
  });
  return profile;
}
