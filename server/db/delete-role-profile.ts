/**
 * Deletes a role profile (admins). Reports scored against it keep their scores; new uploads can no
 * longer pick it. A deleted shipped profile stays deleted: the seed skips slugs whose last
 * revision is a deletion.
 */
import { AppError } from "../errors";
import { db } from "./prisma";
import { findStoredProfile, writeRoleProfile } from "./role-profile-record";

export interface DeleteRoleProfileOptions {
  slug: string;
  authorId: string;
}

export async function deleteRoleProfile({ slug, authorId }: DeleteRoleProfileOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await findStoredProfile(tx, slug);
    if (!before) throw new AppError("not_found", `No role profile "${slug}".`);
    await writeRoleProfile(tx, { action: "delete", slug, before, after: null, authorId });
  });
}
