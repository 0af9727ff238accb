// "/admin/users" – accounts (admins): create coaches and admins, change roles, disable, reset
// passwords, delete — never the admin's own account.
import type { Metadata } from "next";
import { requirePageUser } from "../../../server/auth/page-user";
import { listUsers } from "../../../server/db/list-users";
import { UsersManager } from "../../components/admin/users-manager";

export const metadata: Metadata = { title: "Users", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function AdminUsersPage() {
  const me = await requirePageUser({ role: "admin", next: "/admin/users" });
  const users = await listUsers();
  return (
    <div className="wide-page">
      <h1>Users</h1>
      <p className="lead">Coaches keep, annotate, compare and share reports; admins also edit role profiles and manage accounts.</p>
      <UsersManager
        currentUserId={me.id}
        initialUsers={users.map((user) => ({ ...user, createdAt: user.createdAt.toISOString() }))}
      />
    </div>
  );
}
