/**
 * The production app for browser tests: a fresh SQLite database in a temp folder, an admin made
 * with `npm run create-admin`, a coach made through the admin API, `next build` only when the
 * build is missing or older than a source file (as `npm start` decides), then `next start` on a
 * spare port with the sign-in rate limit off. The build has a folder of its own (BUILD_DIR, see
 * next.config.ts), so a developer's `next build` or `npm start` on `.next` during a run cannot
 * replace the files this server is reading.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { BUILD_INPUTS as SHARED_BUILD_INPUTS, buildStaleReason } from "../../scripts/build-freshness.mjs";

const ROOT = path.resolve(__dirname, "../..");

type Env = Record<string, string | undefined>;

/** The browser tests' build folder (gitignored), and what makes `next build`/`next start` use it. */
export const BUILD_DIR = ".next-browser-tests";
const BUILD_ENV = { NEXT_DIST_DIR: BUILD_DIR, NEXT_TSCONFIG_PATH: "tsconfig.browser-tests.json", NEXT_SKIP_TYPECHECK: "1" };

/** The build inputs of `npm start`, plus the tsconfig only this build reads. */
const BUILD_INPUTS = [...SHARED_BUILD_INPUTS, "tsconfig.browser-tests.json"];

export interface Account {
  email: string;
  password: string;
}

export interface RunningApp {
  baseUrl: string;
  admin: Account;
  coach: Account;
  /** A second coach, to check what one coach cannot see of another's. */
  otherCoach: Account;
  stop(): Promise<void>;
}

export async function startApp(log: (line: string) => void): Promise<RunningApp> {
  const dir = mkdtempSync(path.join(tmpdir(), "ats-browser-"));
  const port = await sparePort();
  const baseUrl = `http://localhost:${port}`;
  // vitest sets NODE_ENV=test; next build and next start choose their own.
  const { NODE_ENV: _testEnv, ...inherited } = process.env;
  const env: Env = {
    ...inherited,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: `file:${path.join(dir, "ats.db")}`,
    AUTH_RATE_LIMIT: "off",
    // The suite uploads more files per minute than a visitor may (their limit has API tests).
    ATS_UPLOAD_RATE_LIMIT: "0",
    BETTER_AUTH_SECRET: "browser-tests-secret-0123456789abcdefghijklmnop",
    BETTER_AUTH_URL: baseUrl,
    ALLOW_SIGNUP: "false",
    LOG_LEVEL: "warn",
    PORT: String(port),
    ...BUILD_ENV,
  };
  const admin = { email: "admin@example.test", password: "browser-admin-password" };
  const coach = { email: "coach@example.test", password: "browser-coach-password" };
  const otherCoach = { email: "other-coach@example.test", password: "browser-other-coach-password" };

  let server: ChildProcess | null = null;
  const stop = async () => {
    if (server && server.exitCode === null && server.pid) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM"); // the process group this harness started
      await Promise.race([exited, delay(5000)]);
      if (server.exitCode === null) process.kill(-server.pid, "SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    let t = Date.now();
    await run(process.execPath, ["scripts/prepare-db.mjs"], env);
    await run(process.execPath, [require.resolve("tsx/cli"), "scripts/create-admin.ts", "--email", admin.email, "--name", "Test Admin"], { ...env, ADMIN_PASSWORD: admin.password });
    log(`database ready in ${secs(t)}`);

    const stale = buildIsStale();
    if (stale) {
      t = Date.now();
      log(`next build into ${BUILD_DIR} (${stale})…`);
      await keepingNextEnv(() => run(process.execPath, [require.resolve("next/dist/bin/next"), "build"], env));
      log(`next build took ${secs(t)}`);
    } else log(`build is up to date, reusing ${BUILD_DIR}`);

    t = Date.now();
    server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "--port", String(port)], {
      cwd: ROOT,
      env: { ...env, NODE_ENV: "production" } as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    server.stdout!.on("data", (chunk) => (output += chunk));
    server.stderr!.on("data", (chunk) => (output += chunk));
    await waitForHealth(baseUrl, server, () => output);
    log(`server up at ${baseUrl} in ${secs(t)}`);

    await createCoaches(baseUrl, admin, [
      { ...coach, name: "Test Coach" },
      { ...otherCoach, name: "Other Coach" },
    ]);
    return { baseUrl, admin, coach, otherCoach, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Why a build is needed, or null when BUILD_DIR/BUILD_ID is newer than every build input. */
export function buildIsStale(): string | null {
  return buildStaleReason({ root: ROOT, distDir: BUILD_DIR, inputs: BUILD_INPUTS });
}

/**
 * `next build` points next-env.d.ts (gitignored) at its own folder's route types; put back the
 * developer's version after the build, so their editor and `npm run typecheck` keep reading `.next`.
 */
async function keepingNextEnv(build: () => Promise<void>): Promise<void> {
  const file = path.join(ROOT, "next-env.d.ts");
  const before = existsSync(file) ? readFileSync(file, "utf8") : null;
  try {
    await build();
  } finally {
    if (before !== null && readFileSync(file, "utf8") !== before) writeFileSync(file, before);
  }
}

/** Signs in as the admin and creates the coaches through POST /api/admin/users. */
async function createCoaches(baseUrl: string, admin: Account, coaches: (Account & { name: string })[]): Promise<void> {
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify(admin),
  });
  if (signIn.status !== 200) throw new Error(`admin sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  for (const coach of coaches) {
    const created = await fetch(`${baseUrl}/api/admin/users`, {
      method: "POST",
      headers: { origin: baseUrl, cookie, "content-type": "application/json" },
      body: JSON.stringify({ ...coach, role: "coach" }),
    });
    if (created.status !== 201) throw new Error(`creating ${coach.email} failed: ${created.status} ${await created.text()}`);
  }
}

async function waitForHealth(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  throw new Error(`no answer from ${baseUrl}/api/health within 60 s:\n${output()}`);
}

function run(command: string, args: string[], env: Env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed (${code}):\n${output}`))));
  });
}

function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const secs = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
