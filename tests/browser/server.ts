/**
 * The production app for browser tests: a fresh SQLite database in a temp folder, an admin made
 * with `npm run create-admin`, a coach made through the admin API, `next build` only when the
 * build is missing or older than a source file (as `npm start` decides), then `next start` on a
 * spare port with the sign-in rate limit off.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

type Env = Record<string, string | undefined>;

/** Mirrors BUILD_INPUTS of scripts/start.mjs (which runs on import, so it cannot be imported). */
const BUILD_INPUTS = ["app", "lib", "server", "public", "next.config.ts", "tsconfig.json", "package.json", "package-lock.json", "prisma/schema.prisma"];

export interface Account {
  email: string;
  password: string;
}

export interface RunningApp {
  baseUrl: string;
  admin: Account;
  coach: Account;
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
    DATABASE_URL: `file:${path.join(dir, "ats.db")}`,
    AUTH_RATE_LIMIT: "off",
    BETTER_AUTH_SECRET: "browser-tests-secret-0123456789abcdefghijklmnop",
    BETTER_AUTH_URL: baseUrl,
    ALLOW_SIGNUP: "false",
    LOG_LEVEL: "warn",
    PORT: String(port),
  };
  const admin = { email: "admin@example.test", password: "browser-admin-password" };
  const coach = { email: "coach@example.test", password: "browser-coach-password" };

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
      log(`next build (${stale})…`);
      await run(process.execPath, [require.resolve("next/dist/bin/next"), "build"], env);
      log(`next build took ${secs(t)}`);
    } else log("build is up to date, reusing .next");

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

    await createCoach(baseUrl, admin, coach);
    return { baseUrl, admin, coach, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Why a build is needed, or null when .next/BUILD_ID is newer than every build input. */
export function buildIsStale(): string | null {
  const stamp = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(stamp)) return "no build yet";
  const builtAt = statSync(stamp).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const newer = findNewer(path.join(ROOT, input), builtAt);
    if (newer) return `${path.relative(ROOT, newer)} changed since the last build`;
  }
  return null;
}

function findNewer(file: string, than: number): string | null {
  if (!existsSync(file)) return null;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs > than ? file : null;
  for (const entry of readdirSync(file)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    const newer = findNewer(path.join(file, entry), than);
    if (newer) return newer;
  }
  return null;
}

/** Signs in as the admin and creates the coach through POST /api/admin/users. */
async function createCoach(baseUrl: string, admin: Account, coach: Account): Promise<void> {
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
  const created = await fetch(`${baseUrl}/api/admin/users`, {
    method: "POST",
    headers: { origin: baseUrl, cookie, "content-type": "application/json" },
    body: JSON.stringify({ ...coach, name: "Test Coach", role: "coach" }),
  });
  if (created.status !== 201) throw new Error(`creating the coach failed: ${created.status} ${await created.text()}`);
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
