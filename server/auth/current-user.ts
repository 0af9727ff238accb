/**
 * Who is calling: the signed-in user of a request (from its session cookie), or null. Every API
 * route and page asks here; `requireUser` turns "nobody" into 401 and "not allowed" into 403.
 */
import { headers as requestHeaders } from "next/headers";
import { AppError } from "../errors";
import { getAuth } from "./auth";
import { authSettings } from "./auth-settings";
import { DEFAULT_USER_ROLE, isRole, roleSatisfies, type Role } from "./roles";

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Part of better-auth's session cookie name (with a `__Secure-` prefix over https). */
const SESSION_COOKIE = "better-auth.session_token=";

/** A route handler passes its Request; pages and server actions pass nothing (Next's request headers). */
export type HeaderSource = Request | Headers;

export async function getOptionalUser(source?: HeaderSource): Promise<AuthUser | null> {
  const headers = source instanceof Request ? source.headers : (source ?? (await requestHeaders()));
  // No session cookie, no session: anonymous requests (most uploads) never touch the auth tables.
  if (!headers.get("cookie")?.includes(SESSION_COOKIE)) return null;
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const { user } = session;
  // Disabling an account deletes its sessions; this also covers a session made just before that.
  if (user.banned) return null;
  return { id: user.id, email: user.email, name: user.name, role: isRole(user.role) ? user.role : DEFAULT_USER_ROLE };
}

/**
 * The signed-in user, who must have `role` when given (an admin satisfies "coach").
 * Throws AppError "unauthorized" (401) when nobody is signed in, "forbidden" (403) for a wrong role
 * or for a state-changing request sent from another site.
 */
export async function requireUser(source?: HeaderSource, role?: Role): Promise<AuthUser> {
  if (source instanceof Request) assertSameOrigin(source);
  const user = await getOptionalUser(source);
  if (!user) throw new AppError("unauthorized");
  if (role && !roleSatisfies(user.role, role)) {
    throw new AppError("forbidden", role === "admin" ? "Only an admin can do this." : "Your account cannot do this.");
  }
  return user;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Session cookies ride along on a form another site submits; refuse a state-changing request whose
 * browser says it came from elsewhere. Clients that send no Origin (curl, scripts) are not browsers
 * with someone else's cookies, and pass.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  const trusted = origin === null || authSettings().trustedOrigins.includes(origin) || origin === new URL(request.url).origin;
  if (!trusted || fetchSite === "cross-site") {
    throw new AppError("forbidden", "This request came from another site.");
  }
}
