/**
 * Accounts, with better-auth on the app's own SQLite database (Prisma adapter): email + password
 * (hashed by the library), sessions stored in the database, roles from its admin plugin. Nothing is
 * fetched over the network: no social providers, telemetry off.
 *
 * The admin plugin supplies the role and "disabled" (banned) columns, refuses sessions to disabled
 * accounts and creates accounts with hashed passwords. Its own HTTP endpoints are switched off:
 * user management goes through our routes (app/api/admin/users), which apply our rules.
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { createAccessControl } from "better-auth/plugins/access";
import { admin } from "better-auth/plugins/admin";
import { defaultStatements } from "better-auth/plugins/admin/access";
import { db, type Db } from "../db/prisma";
import { authSettings, type AuthSettings } from "./auth-settings";
import { DEFAULT_USER_ROLE } from "./roles";

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

const accessControl = createAccessControl(defaultStatements);
/** What the plugin's server API lets each role do; impersonation is left out on purpose (notes are private). */
const roleAccess = {
  admin: accessControl.newRole({
    user: ["create", "list", "set-role", "ban", "delete", "set-password", "get", "update"],
    session: ["list", "revoke", "delete"],
  }),
  coach: accessControl.newRole({ user: [], session: [] }),
};

function adminPlugin() {
  return admin({ ac: accessControl, roles: roleAccess, defaultRole: DEFAULT_USER_ROLE, adminRoles: ["admin"] });
}

export function createAuth(client: Db, settings: AuthSettings) {
  const adminPaths = Object.values(adminPlugin().endpoints).map((endpoint) => endpoint.path);
  return betterAuth({
    appName: "ATS Check",
    secret: settings.secret,
    baseURL: settings.baseURL,
    basePath: "/api/auth",
    trustedOrigins: settings.trustedOrigins,
    // The adapter types want the plain generated client; ours only adds an `omit` default.
    database: prismaAdapter(client as never, { provider: "sqlite" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: !settings.allowSignup,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    disabledPaths: adminPaths,
    // Left to the library's default (on in production only) unless switched off.
    ...(!settings.rateLimit && { rateLimit: { enabled: false } }),
    telemetry: { enabled: false },
    // nextCookies must come last: it sets cookies from auth calls made in server actions.
    plugins: [adminPlugin(), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

interface AuthCache {
  client: Db;
  key: string;
  auth: Auth;
}

const cache = globalThis as unknown as { atsAuth?: AuthCache };

/**
 * The auth instance for the current database client and settings. Built on first use; rebuilt when
 * the Prisma client is replaced (tests open a new database per file) or a setting changes.
 */
export function getAuth(): Auth {
  const client = db();
  const settings = authSettings();
  const key = JSON.stringify(settings);
  const cached = cache.atsAuth;
  if (cached && cached.client === client && cached.key === key) return cached.auth;
  const auth = createAuth(client, settings);
  cache.atsAuth = { client, key, auth };
  return auth;
}
