/**
 * Idempotent seed: mirrors the role profiles shipped in lib/profiles/data/*.json (validated by
 * lib/profiles/schema.ts) into the RoleProfile table: upsert by slug, and profiles removed from the
 * folder are deleted.
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
  for (const profile of profiles) {
    await upsertRoleProfile({ slug: profile.slug, title: profile.title, description: profile.description, data: profile });
  }
  const { count } = await db().roleProfile.deleteMany({
    where: { slug: { notIn: profiles.map((p) => p.slug) } },
  });
  console.error(`seed: ${profiles.length} role profile(s) loaded${count ? `, ${count} removed` : ""}`);
}

main()
  .finally(disconnectDb)
  .catch((error: unknown) => {
    console.error("seed failed:", error);
    process.exitCode = 1;
  });
