/**
 * Idempotent seed: mirrors the role profiles shipped in lib/profiles/data/*.json (validated by
 * lib/profiles/schema.ts) into the RoleProfile table: upsert by slug, and profiles removed from the
 * folder are deleted. Profiles an admin has changed or created (`customized`) are left alone, and a
 * shipped profile an admin deleted is not brought back.
 * Run by `npm start` after `prisma migrate deploy`, or alone with `npm run db:seed`.
 */
import { readProfileFiles } from "../server/profiles/read-profile-files";
import { upsertRoleProfile } from "../server/db/upsert-role-profile";
import { db, disconnectDb } from "../server/db/prisma";

async function main(): Promise<void> {
  const profiles = readProfileFiles();
  if (profiles === null) {
    console.error("seed: no lib/profiles/data folder, no role profiles to load");
    return;
  }
  const customized = new Set(
    (await db().roleProfile.findMany({ where: { customized: true }, select: { slug: true } })).map((row) => row.slug),
  );
  const deletedByAdmin = await slugsDeletedByAdmin();
  const mirrored = profiles.filter((p) => !customized.has(p.slug) && !deletedByAdmin.has(p.slug));
  for (const profile of mirrored) {
    await upsertRoleProfile({ slug: profile.slug, title: profile.title, description: profile.description, data: profile });
  }
  const { count } = await db().roleProfile.deleteMany({
    where: { slug: { notIn: profiles.map((p) => p.slug) }, customized: false },
  });
  const kept = profiles.length - mirrored.length;
  console.error(
    `seed: ${mirrored.length} role profile(s) loaded${kept ? `, ${kept} left as an admin changed them` : ""}${count ? `, ${count} removed` : ""}`,
  );
}

/** Slugs whose latest revision is a deletion by an admin. */
async function slugsDeletedByAdmin(): Promise<Set<string>> {
  const revisions = await db().roleProfileRevision.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { slug: true, action: true },
  });
  const latest = new Map<string, string>();
  for (const { slug, action } of revisions) if (!latest.has(slug)) latest.set(slug, action);
  return new Set([...latest].filter(([, action]) => action === "delete").map(([slug]) => slug));
}

main()
  .finally(disconnectDb)
  .catch((error: unknown) => {
    console.error("seed failed:", error);
    process.exitCode = 1;
  });
