// "/login" – sign in with email and password; `?next=/path` is where to go afterwards.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getOptionalUser } from "../../server/auth/current-user";
import { isLocalPath } from "../../server/auth/page-user";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<{ next?: string | string[] }>;
}

export default async function LoginPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const target = typeof next === "string" && isLocalPath(next) ? next : "/";
  if (await getOptionalUser()) redirect(target);
  return (
    <>
      <h1>Sign in</h1>
      <p className="lead">For career coaches and admins. Checking a resume needs no account.</p>
      <div className="card">
        <LoginForm next={target} />
      </div>
    </>
  );
}
