/** One role profile for the admin editor, or AppError "not_found". */
import type { RoleProfile } from "../../lib/profiles/schema";
import { AppError } from "../errors";
import { db } from "./prisma";
import { readStoredProfile } from "./role-profile-record";

export interface StoredRoleProfile {
  profile: RoleProfile;
  updatedAt: Date;
  /** Changed or created by an admin (the seed leaves it alone). */
  customized: boolean;
}

export async function getRoleProfileOrThrow(slug: string): Promise<StoredRoleProfile> {
  const row = await db().roleProfile.findUnique({ where: { slug } });
  if (!row) throw new AppError("not_found", `No role profile "${slug}".`);
  return { profile: readStoredProfile(row), updatedAt: row.updatedAt, customized: row.customized };
}
