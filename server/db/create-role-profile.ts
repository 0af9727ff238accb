/** Adds a new role profile (admins), validated by the profile schema; the slug must be free. */
import type { RoleProfile } from "../../lib/profiles/schema";
import { parseProfileInput } from "../profiles/profile-input";
import { AppError } from "../errors";
import { db } from "./prisma";
import { writeRoleProfile } from "./role-profile-record";

export interface CreateRoleProfileOptions {
  data: unknown;
  authorId: string;
}

export async function createRoleProfile({ data, authorId }: CreateRoleProfileOptions): Promise<RoleProfile> {
  const profile = parseProfileInput(data);
  await db().$transaction(async (tx) => {
    if (await tx.roleProfile.count({ where: { slug: profile.slug } })) {
      throw new AppError("conflict", `A role profile "${profile.slug}" already exists.`);
    }
    await writeRoleProfile(tx, { action: "create", slug: profile.slug, before: null, after: profile, authorId });
  });
  return profile;
}
