/** `npm run create-admin`, run as a child process the way an operator runs it. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOptionalUser } from "../../server/auth/current-user";
import { createTestDatabase, type TestDatabase } from "../api/test-database";
import { createSignedInUser, signIn, useTestAuthEnv } from "../api/sessions";

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

let database: TestDatabase;
beforeAll(() => {
  useTestAuthEnv();
  database = createTestDatabase();
});
afterAll(() => database.close());

function createAdmin(args: string[], options: { password?: string; stdin?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${database.file}` };
  delete env.ADMIN_PASSWORD;
  if (options.password !== undefined) env.ADMIN_PASSWORD = options.password;
  const run = spawnSync(process.execPath, [tsxCli, "scripts/create-admin.ts", ...args], { env, input: options.stdin ?? "", encoding: "utf8" });
  return { status: run.status, stderr: run.stderr };
}

describe("create-admin", () => {
  it("creates an admin with the password from ADMIN_PASSWORD, who can then sign in", async () => {
    const run = createAdmin(["--email", "Boss@Example.test", "--name", "The Boss"], { password: "a long admin password" });
    expect(run.stderr).toContain("created the admin account boss@example.test");
    expect(run.status).toBe(0);
    const cookie = await signIn("boss@example.test", "a long admin password");
    expect(await getOptionalUser(new Headers({ cookie }))).toMatchObject({ email: "boss@example.test", name: "The Boss", role: "admin" });
  });

  it("promotes an existing account, and sets a password read from stdin", async () => {
    const coach = await createSignedInUser("coach");
    const run = createAdmin(["--email", coach.email, "--password-stdin"], { stdin: "another long password\n" });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${coach.email} is now an admin (password changed)`);
    const cookie = await signIn(coach.email, "another long password");
    expect(await getOptionalUser(new Headers({ cookie }))).toMatchObject({ role: "admin" });
  });

  it("never makes an account without a password, and refuses a short one or a missing email", () => {
    const none = createAdmin(["--email", "nopass@example.test"]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/needs a password/);
    const short = createAdmin(["--email", "short@example.test"], { password: "short" });
    expect(short.status).toBe(1);
    expect(short.stderr).toMatch(/password: The password needs at least 8 characters/);
    expect(createAdmin([]).status).toBe(64);
  });

  it("left only the accounts it was asked to make", async () => {
    expect(await database.column('SELECT email FROM "User" WHERE role = \'admin\' ORDER BY email')).toHaveLength(2);
    expect(await database.count("User", "email IN ('nopass@example.test', 'short@example.test')")).toBe(0);
  });
});
