#!/usr/bin/env node
/**
 * `npm run load [-- --connections 20 --seconds 30]`: the production server under upload load.
 *
 * Starts its own server the way `npm start` does (scripts/start.mjs: migrate a temporary database,
 * build when the build is missing or stale, `next start` on a spare port), uploads every fixture once
 * (warm-up; the refused bad-input fixtures are left out), then has autocannon keep 20 connections
 * uploading those fixtures for 30 s while a probe requests /api/health every 250 ms. Prints upload
 * latency p50/p95/p99, errors, non-2xx answers, the health probe's latency, the server's peak memory
 * (its whole process tree, from /proc), its security headers, and whether its log stayed free of
 * resume contents. Stops the server and removes the database at the end.
 *
 * The per-client upload limit (ATS_UPLOAD_RATE_LIMIT, 20 a minute by default) would refuse a load
 * test from one address within seconds: it is raised for this run, and the output says so.
 * Exit status 1 when any upload failed (connection error, timeout or a non-2xx answer); the latency
 * and memory goals are reported, not enforced.
 */
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "../server-node-flags.mjs";
import { multipartUpload } from "./multipart.mjs";
import { processTree, treeCpuSeconds, watchTreeMemory } from "./process-tree.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const FIXTURE_DIRS = ["pdf", "docx", "doc"].map((dir) => path.join(ROOT, "tests", "fixtures", dir));
const RATE_LIMIT_FOR_LOAD = "1000000";
const GOALS = { p95Ms: 1000, peakMb: 400 };

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "20" },
    seconds: { type: "string", default: "30" },
    "health-every": { type: "string", default: "250" },
  },
  strict: true,
});
const CONNECTIONS = Number(values.connections);
const SECONDS = Number(values.seconds);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function sparePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `npm start`'s `node <flags> scripts/start.mjs` in its own process group, its output kept (and build progress shown). */
function startServer(env) {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(ROOT, "scripts", "start.mjs")], {
    cwd: ROOT,
    env: { ...SERVER_ENV, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines = [];
  const collect = (stream) => {
    let rest = "";
    stream.on("data", (chunk) => {
      const text = rest + chunk.toString("utf8");
      const parts = text.split("\n");
      rest = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (/^start:|Compiled|Creating an optimized|Route \(app\)|error/i.test(line) && !line.startsWith("{")) console.error(`  server: ${line}`);
      }
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, sleep(8000)]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  return { child, lines, stop };
}

async function waitForHealth(base, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with status ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error("the server did not answer /api/health in time");
}

function fixtureUploads() {
  return FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(pdf|docx|doc)$/.test(name))
      .sort()
      .map((name) => ({ name, ...multipartUpload(name, readFileSync(path.join(dir, name))) })),
  );
}

/** Uploads each fixture once; keeps those the app accepts, and what their reports say (for the log check). */
async function warmUp(base, uploads) {
  const accepted = [];
  const refused = [];
  const secrets = new Set();
  for (const upload of uploads) {
    const response = await fetch(`${base}/api/analyze`, { method: "POST", headers: { "content-type": upload.contentType }, body: upload.body });
    const body = await response.json();
    if (response.status === 201) {
      accepted.push(upload);
      const { contact } = body.report;
      for (const value of [contact.name, ...contact.emails, ...contact.phones]) if (typeof value === "string" && value.length >= 6) secrets.add(value);
    } else {
      refused.push(`${upload.name} (${response.status} ${body.error?.code})`);
    }
  }
  return { accepted, refused, secrets: [...secrets] };
}

async function probeHealth(base, everyMs, running) {
  const samples = [];
  let failures = 0;
  while (running()) {
    const t0 = performance.now();
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) });
      await response.text();
      if (!response.ok) failures++;
    } catch {
      failures++;
    }
    samples.push(performance.now() - t0);
    await sleep(everyMs);
  }
  return { samples, failures };
}

async function securityHeaders(base) {
  const page = await fetch(`${base}/`);
  const html = await page.text();
  const api = await fetch(`${base}/api/health`);
  const names = ["content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy", "permissions-policy"];
  return {
    pageStatus: page.status,
    pageHasForm: /<form/i.test(html),
    page: Object.fromEntries(names.map((n) => [n, page.headers.get(n)])),
    apiHasAll: names.every((n) => api.headers.get(n)),
  };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "ats-load-"));
  const port = await sparePort();
  const base = `http://127.0.0.1:${port}`;
  const { NODE_ENV: _ignored, ...inherited } = process.env;
  const env = {
    ...inherited,
    PORT: String(port),
    DATABASE_URL: `file:${path.join(dir, "ats.db")}`,
    BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
    BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
    ATS_UPLOAD_RATE_LIMIT: RATE_LIMIT_FOR_LOAD,
    LOG_LEVEL: inherited.LOG_LEVEL ?? "info",
  };
  console.log(`load: ${availableParallelism()} cores (${cpus()[0]?.model?.trim() ?? "?"}), Node ${process.version}; load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
  console.log(`load: ATS_UPLOAD_RATE_LIMIT=${RATE_LIMIT_FOR_LOAD} for this run (default 20 uploads a minute per address; every autocannon connection comes from one address)`);
  console.log(`load: starting the production server on port ${port} with a temporary database (building first if the build is stale)…`);
  const started = Date.now();
  const server = startServer(env);
  let failed = false;
  try {
    await waitForHealth(base, server.child, 20 * 60_000);
    console.log(`load: server ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);

    const headers = await securityHeaders(base);
    console.log(`load: GET / → ${headers.pageStatus}${headers.pageHasForm ? " (upload form rendered)" : ""}; security headers on the page:`);
    for (const [name, value] of Object.entries(headers.page)) console.log(`  ${name}: ${value ?? "MISSING"}`);
    console.log(`  (and on /api/health: ${headers.apiHasAll ? "all present" : "SOME MISSING"})`);

    const { accepted, refused, secrets } = await warmUp(base, fixtureUploads());
    console.log(`load: warm-up uploaded every fixture once: ${accepted.length} accepted, ${refused.length} refused and left out (${refused.join(", ")})`);
    if (accepted.length === 0) throw new Error("no fixture was accepted");

    const memory = watchTreeMemory(server.child.pid);
    memory.sample();
    const cpuBefore = memory.supported ? treeCpuSeconds(server.child.pid) : NaN;
    const latencies = [];
    const statuses = new Map();
    let running = true;
    const health = probeHealth(base, Number(values["health-every"]), () => running);
    let next = 0;
    const instance = autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 60,
      requests: [{ method: "POST", path: "/api/analyze" }],
      // Each connection cycles through all the fixtures, starting at a different one.
      setupClient: (client) => {
        const start = next++;
        client.setRequests(
          accepted.map((_, i) => {
            const upload = accepted[(start + i) % accepted.length];
            return { method: "POST", path: "/api/analyze", headers: { "content-type": upload.contentType }, body: upload.body };
          }),
        );
      },
    });
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
    console.log(`load: ${CONNECTIONS} connections uploading ${accepted.length} fixtures for ${SECONDS} s…`);
    const result = await instance;
    running = false;
    const cpuSeconds = memory.supported ? treeCpuSeconds(server.child.pid) - cpuBefore : NaN;
    const probe = await health;
    memory.sample();
    memory.stop();

    const fiveXx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    const p = (q) => percentile(latencies, q);
    console.log(`\nuploads: ${latencies.length} in ${result.duration.toFixed(1)} s = ${(latencies.length / result.duration).toFixed(1)}/s`);
    console.log(`  latency ms: p50 ${p(50).toFixed(0)}, p95 ${p(95).toFixed(0)}, p99 ${p(99).toFixed(0)}, max ${Math.max(...latencies).toFixed(0)}`);
    console.log(`  status codes: ${[...statuses].map(([s, c]) => `${s}×${c}`).join(", ") || "none"}`);
    console.log(`  errors: ${result.errors} (timeouts ${result.timeouts}), non-2xx: ${result.non2xx}, 5xx: ${fiveXx}`);
    if (memory.supported) {
      console.log(
        `server CPU: ${cpuSeconds.toFixed(1)} s in ${result.duration.toFixed(0)} s (${(cpuSeconds / result.duration).toFixed(2)} of ${availableParallelism()} cores) = ` +
          `${((cpuSeconds * 1000) / latencies.length).toFixed(0)} ms per upload (page pictures drawn meanwhile included)`,
      );
    }
    const hp = (q) => percentile(probe.samples, q);
    console.log(`health probe during the run: ${probe.samples.length} requests, ${probe.failures} failed; latency ms p50 ${hp(50).toFixed(1)}, p95 ${hp(95).toFixed(1)}, max ${Math.max(...probe.samples).toFixed(1)}`);
    if (memory.supported) {
      console.log(`server memory: peak RSS ${memory.peakMb().toFixed(0)} MB (its process tree summed, sampled every 200 ms)`);
      for (const proc of memory.processes().filter((p) => p.peakKb > 0).slice(0, 4)) console.log(`  ${(proc.peakKb / 1024).toFixed(0).padStart(5)} MB peak  ${proc.name}`);
    } else console.log("server memory: not measured (no /proc on this system)");

    const logLines = server.lines.filter((line) => line.startsWith("{"));
    const leaks = server.lines.filter((line) => secrets.some((s) => line.includes(s)));
    console.log(
      `server log: ${server.lines.length} lines (${logLines.length} JSON); ${leaks.length === 0 ? `none contains resume contents (${secrets.length} contact values from the reports checked)` : `${leaks.length} CONTAIN RESUME CONTENTS`}`,
    );
    console.log(
      `goals: p95 < ${GOALS.p95Ms} ms at ${CONNECTIONS} concurrent uploads: ${p(95) < GOALS.p95Ms ? "met" : "NOT met"} (${p(95).toFixed(0)} ms); peak memory < ${GOALS.peakMb} MB: ${memory.supported ? (memory.peakMb() < GOALS.peakMb ? "met" : "NOT met") : "unknown"} (${memory.peakMb().toFixed(0)} MB)`,
    );
    failed = result.errors > 0 || result.non2xx > 0 || leaks.length > 0 || probe.failures > 0;
  } catch (error) {
    console.error(`load: ${error instanceof Error ? error.message : error}`);
    console.error(server.lines.slice(-30).join("\n"));
    failed = true;
  } finally {
    await server.stop();
    const leftover = server.child.pid ? processTree(server.child.pid).filter((pid) => pid !== server.child.pid) : [];
    if (leftover.length) console.error(`load: processes still running after stop: ${leftover.join(", ")}`);
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main();
