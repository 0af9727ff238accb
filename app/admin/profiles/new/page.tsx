// "/admin/profiles/new" – create a role profile (admins).
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "../../../../server/auth/page-user";
import { ProfileEditor } from "../../../components/admin/profile-editor";

export const metadata: Metadata = { title: "New role profile", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function NewProfilePage() {
  await requirePageUser({ role: "admin", next: "/admin/profiles/new" });
  return (
    <div className="wide-page">
      <p className="breadcrumb">
        <Link href="/admin/profiles">Role profiles</Link>
      </p>
      <h1>New role profile</h1>
      <p className="lead">Fill in the fields, or load a JSON file, then create the profile. You can preview it against a sample resume first.</p>
      <ProfileEditor />
    </div>
  );
}
