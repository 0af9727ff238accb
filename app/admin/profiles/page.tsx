// "/admin/profiles" – every role profile (admins): create, edit, duplicate, export, reset, delete,
// import/export JSON, and the latest changes.
import type { Metadata } from "next";
import Link from "next/link";
import { builtinProfiles } from "../../../lib/profiles/load-profiles";
import { requirePageUser } from "../../../server/auth/page-user";
import { listRoleProfileRevisions } from "../../../server/db/list-role-profile-revisions";
import { listRoleProfilesForAdmin } from "../../../server/db/list-role-profiles-for-admin";
import { ProfileImport } from "../../components/admin/profile-import";
import { ProfileTable } from "../../components/admin/profile-table";
import { RevisionList } from "../../components/admin/revision-list";

export const metadata: Metadata = { title: "Role profiles", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function AdminProfilesPage() {
  await requirePageUser({ role: "admin", next: "/admin/profiles" });
  const [profiles, revisions] = await Promise.all([listRoleProfilesForAdmin(), listRoleProfileRevisions({ limit: 20 })]);
  const stored = new Set(profiles.map((profile) => profile.slug));
  const deletedShipped = builtinProfiles()
    .filter((profile) => !stored.has(profile.slug))
    .map(({ slug, title }) => ({ slug, title }));

  return (
    <div className="wide-page">
      <h1>Role profiles</h1>
      <p className="lead">What a resume for each role is expected to show. A change applies to the next analysis with that role.</p>
      <div className="button-row page-actions">
        <Link href="/admin/profiles/new" className="button-link button-primary">
          New profile
        </Link>
        <a href="/api/admin/profiles/export" className="button-link" download>
          Export all as JSON
        </a>
      </div>

      <section aria-labelledby="profiles-heading">
        <h2 id="profiles-heading">
          {profiles.length} profile{profiles.length === 1 ? "" : "s"}
        </h2>
        <ProfileTable
          profiles={profiles.map((profile) => ({
            slug: profile.slug,
            title: profile.title,
            keywords: profile.keywords,
            updatedAt: profile.updatedAt.toISOString(),
            customized: profile.customized,
            shipped: profile.shipped,
          }))}
          deletedShipped={deletedShipped}
        />
      </section>

      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <ProfileImport />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Latest changes</h2>
        <RevisionList revisions={revisions} showProfile existing={stored} />
      </section>
    </div>
  );
}
