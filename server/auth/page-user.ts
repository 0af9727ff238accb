/**
 * For server components: the signed-in user, or a redirect to the sign-in page. A signed-in user
 * without the role gets the not-found page, so admin pages do not reveal themselves.
 */
import { notFound, redirect } from "next/navigation";
import { getOptionalUser, type AuthUser } from "./current-user";
import { roleSatisfies, type Role } from "./roles";

export interface RequirePageUserOptions {
  role?: Role;
  /** Path to come back to after signing in, e.g. "/reports". */
  next?: string;
}

export async function requirePageUser({ role, next }: RequirePageUserOptions = {}): Promise<AuthUser> {
  const user = await getOptionalUser();
  if (!user) redirect(loginPath(next));
  if (role && !roleSatisfies(user.role, role)) notFound();
  return user;
}

/** `/login`, with a `next` that is a local path only (never another site). */
export function loginPath(next?: string): string {
  return next && isLocalPath(next) ? `/login?next=${encodeURIComponent(next)}` : "/login";
}

export function isLocalPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
}
