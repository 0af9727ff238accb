/**
 * Accounts and signed-in requests for API tests: users are created through the same use case as
 * user management, and signed in through better-auth's real sign-in endpoint, so requests carry a
 * genuine session cookie.
 */
import { GET as authGet, POST as authPost } from "../../app/api/auth/[...all]/route";
import type { Role } from "../../server/auth/roles";
import { createUserAccount } from "../../server/db/create-user-account";

export const ORIGIN = "http://localhost:3000";
export const TEST_PASSWORD = "correct horse battery";

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  /** The `cookie` header of a signed-in request. */
  cookie: string;
}

/** Sets the environment the auth instance reads (call before any request). */
export function useTestAuthEnv(): void {
  process.env.BETTER_AUTH_SECRET ??= "test-secret-for-the-api-tests-only-0123456789";
  delete process.env.BETTER_AUTH_URL;
  delete process.env.ALLOW_SIGNUP;
}

export function authRequest(path: string, body?: unknown, init: RequestInit = {}): Request {
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: body === undefined ? "GET" : "POST",
    ...init,
    headers: { origin: ORIGIN, "content-type": "application/json", ...(init.headers as Record<string, string>) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export function callAuth(request: Request): Promise<Response> {
  return request.method === "GET" ? authGet(request) : authPost(request);
}

/** Signs in and returns the session cookie, or throws with the server's answer. */
export async function signIn(email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await callAuth(authRequest("/sign-in/email", { email, password }));
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return sessionCookie(response);
}

export function sessionCookie(response: Response): string {
  const cookies = response.headers.getSetCookie().map((line) => line.split(";")[0]);
  const session = cookies.filter((pair) => pair.includes("session_token="));
  if (session.length === 0) throw new Error("no session cookie in the response");
  return session.join("; ");
}

let counter = 0;

export async function createSignedInUser(role: Role, name = `${role}${++counter}`): Promise<TestUser> {
  const email = `${name}@example.test`.toLowerCase();
  const user = await createUserAccount({ email, password: TEST_PASSWORD, name, role });
  return { id: user.id, email, role, cookie: await signIn(email) };
}

/** Headers of a signed-in request (or an anonymous one without a user). */
export function asUser(user: TestUser | null, headers: Record<string, string> = {}): Record<string, string> {
  return user ? { cookie: user.cookie, ...headers } : headers;
}
