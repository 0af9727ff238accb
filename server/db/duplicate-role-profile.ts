/** Copies a role profile under a new slug (and title), as a starting point for a variant. */
import type { RoleProfile } from "../../lib/profiles/schema";
import { AppError } from "../errors";
import { parseProfileInput } from "../profiles/profile-input";
import { db } from "./prisma";
import { findStoredProfile, writeRoleProfile } from "./role-profile-record";

export interface DuplicateRoleProfileOptions {
  slug: string;
  newSlug: string;
  /** Defaults to "<title> (copy)". */
  title?: string;
  authorId: string;
}

export async function duplicateRoleProfile({ slug, newSlug, title, authorId }: DuplicateRoleProfileOptions): Promise<RoleProfile> {
  return db().$transaction(async (tx) => {
    const source = await findStoredProfile(tx, slug);
    if (!source) throw new AppError("not_found", `No role profile "${slug}".`);
    const copy = parseProfileInput({ ...source, slug: newSlug, title: title?.trim() || `${source.title} (copy)` });
    if (await tx.roleProfile.count({ where: { slug: copy.slug } })) {
      throw new AppError("conflict", `A role profile "${copy.slug}" already exists.`);
    }
    await writeRoleProfile(tx, {
      action: "duplicate",
      slug: copy.slug,
      before: null,
      after: copy,
      authorId,
      summary: `copied from "${slug}"`,
    });
    return copy;
  });
}
