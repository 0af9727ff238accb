// "/account" – the signed-in user's own account: who they are, and a new password (e.g. to replace
// the temporary one an admin gave them).
import type { Metadata } from "next";
import { requirePageUser } from "../../../server/auth/page-user";
import { ChangePasswordForm } from "../../components/account/change-password-form";

export const metadata: Metadata = { title: "Your account", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requirePageUser({ next: "/account" });
  return (
    <div className="account-page">
      <h1>Your account</h1>
      <dl className="facts card">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role === "admin" ? "Admin" : "Coach"}</dd>
      </dl>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
