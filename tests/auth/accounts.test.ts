/**
 * Accounts end to end through the real handlers and a temp SQLite database: sign-up off by default,
 * sign-in, roles enforced on the admin routes (anonymous → 401, coach → 403), user management rules.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listProfiles, POST as createProfile } from "../../app/api/admin/profiles/route";
import { PUT as putProfile } from "../../app/api/admin/profiles/[slug]/route";
import { DELETE as deleteUser, PATCH as patchUser } from "../../app/api/admin/users/[id]/route";
import { PUT as putPassword } from "../../app/api/admin/users/[id]/password/route";
import { GET as listUsers, POST as createUser } from "../../app/api/admin/users/route";
import { GET as me } from "../../app/api/me/route";
import { GET as myReports } from "../../app/api/reports/route";
import { getOptionalUser, requireUser } from "../../server/auth/current-user";
import { AppError } from "../../server/errors";
import { createTestDatabase, type TestDatabase } from "../api/test-database";
import {
  asUser,
  authRequest,
  callAuth,
  createSignedInUser,
  ORIGIN,
  signIn,
  TEST_PASSWORD,
  useTestAuthEnv,
  type TestUser,
} from "../api/sessions";

let database: TestDatabase;
let admin: TestUser;
let coach: TestUser;

beforeAll(async () => {
  useTestAuthEnv();
  database = createTestDatabase();
  admin = await createSignedInUser("admin");
  coach = await createSignedInUser("coach");
});
afterAll(() => database.close());

const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

function api(path: string, user: TestUser | null, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}): Request {
  const headers = asUser(user, { ...(init.json !== undefined && { "content-type": "application/json" }), ...init.headers });
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? (init.json === undefined ? "GET" : "POST"),
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
}

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string; issues?: unknown } };
  return { status: response.status, ...body.error };
}

describe("sign-up and sign-in", () => {
  it("refuses public sign-up unless ALLOW_SIGNUP=true, and then makes coaches", async () => {
    const attempt = () => callAuth(authRequest("/sign-up/email", { email: "self@example.test", password: TEST_PASSWORD, name: "Self" }));
    const refused = await attempt();
    expect(refused.status).toBe(400);
    expect(await database.count("User", "email = 'self@example.test'")).toBe(0);

    process.env.ALLOW_SIGNUP = "true";
    try {
      const accepted = await attempt();
      expect(accepted.status).toBe(200);
      const cookie = accepted.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      expect(await getOptionalUser(new Headers({ cookie }))).toMatchObject({ email: "self@example.test", role: "coach" });
    } finally {
      delete process.env.ALLOW_SIGNUP;
    }
  });

  it("signs in with the right password only, and a signed-in request knows its user", async () => {
    const wrong = await callAuth(authRequest("/sign-in/email", { email: coach.email, password: "not the password" }));
    expect(wrong.status).toBe(401);
    const response = await me(api("/api/me", coach));
    expect(await response.json()).toEqual({ user: { id: coach.id, email: coach.email, name: expect.any(String), role: "coach" } });
    expect(await (await me(api("/api/me", null))).json()).toEqual({ user: null });
  });

  it("stores only a hash of the password", async () => {
    const hashes = await database.column("SELECT password FROM Account WHERE userId = ?", coach.id);
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).not.toContain(TEST_PASSWORD);
    expect(String(hashes[0]).length).toBeGreaterThan(40);
  });

  it("signs out: the session cookie stops working", async () => {
    const user = await createSignedInUser("coach");
    const out = await callAuth(authRequest("/sign-out", {}, { headers: { cookie: user.cookie } }));
    expect(out.status).toBe(200);
    expect(await getOptionalUser(new Headers({ cookie: user.cookie }))).toBeNull();
  });
});

describe("roles are enforced on the server", () => {
  const profileBody = { slug: "x-role", title: "X", description: "d", jobTitles: ["X"], track: "technical", keywordGroups: [] };

  it("answers 401 to anonymous callers and 403 to coaches on admin routes", async () => {
    const calls: Array<[string, (user: TestUser | null) => Promise<Response>]> = [
      ["list profiles", (u) => listProfiles(api("/api/admin/profiles", u))],
      ["create profile", (u) => createProfile(api("/api/admin/profiles", u, { json: profileBody }))],
      ["edit profile", (u) => putProfile(api("/api/admin/profiles/ml-engineer", u, { method: "PUT", json: profileBody }), { params: Promise.resolve({ slug: "ml-engineer" }) })],
      ["list users", (u) => listUsers(api("/api/admin/users", u))],
      ["create user", (u) => createUser(api("/api/admin/users", u, { json: { email: "n@example.test", password: TEST_PASSWORD } }))],
      ["change role", (u) => patchUser(api(`/api/admin/users/${admin.id}`, u, { method: "PATCH", json: { role: "coach" } }), idParams(admin.id))],
      ["delete user", (u) => deleteUser(api(`/api/admin/users/${admin.id}`, u, { method: "DELETE" }), idParams(admin.id))],
      ["set password", (u) => putPassword(api(`/api/admin/users/${admin.id}/password`, u, { method: "PUT", json: { password: "x".repeat(12) } }), idParams(admin.id))],
    ];
    for (const [name, call] of calls) {
      expect({ name, ...(await errorOf(await call(null))) }).toMatchObject({ name, status: 401, code: "unauthorized" });
      expect({ name, ...(await errorOf(await call(coach))) }).toMatchObject({ name, status: 403, code: "forbidden" });
    }
    expect(await database.count("User", `id = '${admin.id}' AND role = 'admin'`)).toBe(1);
    expect(await database.count("User", "email = 'n@example.test'")).toBe(0);
  });

  it("answers 401 to anonymous callers of coach routes, and lets an admin do what a coach does", async () => {
    expect(await errorOf(await myReports(api("/api/reports", null)))).toMatchObject({ status: 401 });
    expect((await myReports(api("/api/reports", admin))).status).toBe(200);
    expect((await myReports(api("/api/reports", coach))).status).toBe(200);
  });

  it("keeps better-auth's own admin endpoints switched off (user management has one way in)", async () => {
    for (const path of ["/admin/create-user", "/admin/set-role", "/admin/impersonate-user"]) {
      const response = await callAuth(authRequest(path, { email: "x@example.test", password: TEST_PASSWORD, name: "x", userId: coach.id, role: "admin" }, { headers: { cookie: admin.cookie } }));
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect(await database.count("User", `id = '${coach.id}' AND role = 'coach'`)).toBe(1);
  });

  it("refuses a state-changing request sent from another site", async () => {
    const request = api("/api/admin/users", admin, { json: { email: "csrf@example.test", password: TEST_PASSWORD }, headers: { origin: "https://evil.example" } });
    expect(await errorOf(await createUser(request))).toMatchObject({ status: 403, code: "forbidden" });
    await expect(requireUser(new Request(`${ORIGIN}/x`, { method: "POST", headers: { cookie: admin.cookie, "sec-fetch-site": "cross-site" } }))).rejects.toBeInstanceOf(AppError);
  });
});

describe("user management (admins)", () => {
  it("creates coaches and admins, refusing bad fields and taken emails", async () => {
    const created = await createUser(api("/api/admin/users", admin, { json: { email: "Coach.New@Example.test", password: TEST_PASSWORD, name: "New Coach" } }));
    expect(created.status).toBe(201);
    const user = (await created.json()) as { id: string; email: string; role: string; disabled: boolean };
    expect(user).toMatchObject({ email: "coach.new@example.test", role: "coach", disabled: false });
    expect(await signIn("coach.new@example.test")).toContain("session_token");

    const taken = await createUser(api("/api/admin/users", admin, { json: { email: "coach.new@example.test", password: TEST_PASSWORD } }));
    expect(await errorOf(taken)).toMatchObject({ status: 409, code: "conflict" });
    const bad = await createUser(api("/api/admin/users", admin, { json: { email: "nope", password: "short", role: "root" } }));
    const error = await errorOf(bad);
    expect(error).toMatchObject({ status: 400, code: "invalid_input" });
    expect((error.issues as Array<{ path: string }>).map((i) => i.path).sort()).toEqual(["email", "password", "role"]);

    const listed = (await (await listUsers(api("/api/admin/users", admin))).json()) as { users: Array<{ email: string }> };
    expect(listed.users.map((u) => u.email)).toEqual(expect.arrayContaining([admin.email, coach.email, "coach.new@example.test"]));
    expect(JSON.stringify(listed)).not.toMatch(/password|token/i);
  });

  it("changes a role, disables (signing out at once), re-enables and deletes — never the admin's own account", async () => {
    const target = await createSignedInUser("coach");
    const promote = await patchUser(api(`/api/admin/users/${target.id}`, admin, { method: "PATCH", json: { role: "admin" } }), idParams(target.id));
    expect(await promote.json()).toMatchObject({ role: "admin" });
    expect(await getOptionalUser(new Headers({ cookie: target.cookie }))).toMatchObject({ role: "admin" });

    const disable = await patchUser(api(`/api/admin/users/${target.id}`, admin, { method: "PATCH", json: { disabled: true } }), idParams(target.id));
    expect(await disable.json()).toMatchObject({ disabled: true });
    expect(await getOptionalUser(new Headers({ cookie: target.cookie }))).toBeNull();
    await expect(signIn(target.email)).rejects.toThrow(/403/);

    await patchUser(api(`/api/admin/users/${target.id}`, admin, { method: "PATCH", json: { disabled: false } }), idParams(target.id));
    const cookie = await signIn(target.email);
    expect(await getOptionalUser(new Headers({ cookie }))).toMatchObject({ id: target.id });

    for (const response of [
      await patchUser(api(`/api/admin/users/${admin.id}`, admin, { method: "PATCH", json: { role: "coach" } }), idParams(admin.id)),
      await patchUser(api(`/api/admin/users/${admin.id}`, admin, { method: "PATCH", json: { disabled: true } }), idParams(admin.id)),
      await deleteUser(api(`/api/admin/users/${admin.id}`, admin, { method: "DELETE" }), idParams(admin.id)),
    ]) {
      expect(await errorOf(response)).toMatchObject({ status: 403, code: "forbidden" });
    }

    expect((await deleteUser(api(`/api/admin/users/${target.id}`, admin, { method: "DELETE" }), idParams(target.id))).status).toBe(204);
    expect(await getOptionalUser(new Headers({ cookie }))).toBeNull();
    expect(await database.count("User", `id = '${target.id}'`)).toBe(0);
    const again = await deleteUser(api(`/api/admin/users/${target.id}`, admin, { method: "DELETE" }), idParams(target.id));
    expect(await errorOf(again)).toMatchObject({ status: 404 });
  });

  it("resets a password: the old one stops working and sessions end", async () => {
    const target = await createSignedInUser("coach");
    const newPassword = "a brand new passphrase";
    const reset = await putPassword(api(`/api/admin/users/${target.id}/password`, admin, { method: "PUT", json: { password: newPassword } }), idParams(target.id));
    expect(reset.status).toBe(204);
    expect(await getOptionalUser(new Headers({ cookie: target.cookie }))).toBeNull();
    await expect(signIn(target.email)).rejects.toThrow(/401/);
    expect(await signIn(target.email, newPassword)).toContain("session_token");
  });
});
