// "/admin/profiles/[slug]" – edit one role profile, preview it, and see its history (admins).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageUser } from "../../../../server/auth/page-user";
import { getRoleProfileOrThrow, type StoredRoleProfile } from "../../../../server/db/get-role-profile-or-throw";
import { listRoleProfileRevisions } from "../../../../server/db/list-role-profile-revisions";
import { AppError } from "../../../../server/errors";
import { formatDateTime } from "../../../components/account/format-date";
import { ProfileEditor } from "../../../components/admin/profile-editor";
import { RevisionList } from "../../../components/admin/revision-list";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  await requirePageUser({ role: "admin", next: `/admin/profiles/${slug}` });
  const stored = await load(slug);
  return { title: `Edit ${stored.profile.title}`, robots: { index: false, follow: false } };
}

export default async function EditProfilePage({ params }: Props) {
  const { slug } = await params;
  await requirePageUser({ role: "admin", next: `/admin/profiles/${slug}` });
  const [stored, revisions] = await Promise.all([load(slug), listRoleProfileRevisions({ slug, limit: 50 })]);
  const { profile } = stored;
  return (
    <div className="wide-page">
      <p className="breadcrumb">
        <Link href="/admin/profiles">Role profiles</Link>
      </p>
      <h1>Edit {profile.title}</h1>
      <p className="lead">
        <code>{profile.slug}</code> · last changed {formatDateTime(stored.updatedAt)}
        {stored.customized ? " · edited by an admin" : ""} ·{" "}
        <a href={`/api/admin/profiles/export?slug=${encodeURIComponent(profile.slug)}`} download>
          Export the saved version
        </a>
      </p>
      <ProfileEditor key={profile.slug} initialProfile={profile} />
      <section aria-labelledby="profile-history-heading">
        <h2 id="profile-history-heading">History</h2>
        <RevisionList revisions={revisions} showProfile={false} />
      </section>
    </div>
  );
}

const load = cache(async (slug: string): Promise<StoredRoleProfile> => {
  try {
    return await getRoleProfileOrThrow(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});
