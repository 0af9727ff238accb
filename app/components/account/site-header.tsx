// The site header: brand, the pages of the signed-in user's role, and who is signed in.
import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { getOptionalUser, type AuthUser } from "../../../server/auth/current-user";
import { log } from "../../../server/log";
import { NavLinks, type NavLink } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          ATS Check
        </Link>
        <NavLinks links={linksFor(user)} />
        <div className="user-menu">
          {user ? (
            <>
              <Link href="/account" className="user-name" data-testid="signed-in-user">
                <span className="visually-hidden">Your account: </span>
                {user.name || user.email} <span className="role-tag">{user.role}</span>
              </Link>
              <SignOutButton />
            </>
          ) : (
            <Link href="/login" className="nav-link">
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}

function linksFor(user: AuthUser | null): NavLink[] {
  const links: NavLink[] = [{ href: "/", label: "Check a resume", exact: true }];
  if (!user) return links;
  links.push({ href: "/reports", label: "My reports", exact: true }, { href: "/compare", label: "Compare" });
  if (user.role === "admin") links.push({ href: "/admin/profiles", label: "Role profiles" }, { href: "/admin/users", label: "Users" });
  return links;
}

/** A broken session store must not take every page down with it: show the header signed out. */
async function currentUser(): Promise<AuthUser | null> {
  try {
    return await getOptionalUser();
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (dynamic rendering, redirects) are not failures
    log.warn({ err: error }, "could not read the session for the header");
    return null;
  }
}
