#!/usr/bin/env node
/**
 * `npm start`: everything a fresh clone needs after `npm install`, then the production server.
 *   1. migrate and seed the database (scripts/prepare-db.mjs);
 *   2. delete the reports past REPORT_RETENTION_DAYS (scripts/purge-reports.ts);
 *   3. `next build` when there is no build or a source file is newer than it;
 *   4. `next start` on PORT (default 3000), in this process.
 *
 * Steps 1–3 run in child processes, so this one stays small; step 4 runs Next's command line right
 * here, where a child would keep this process (about 45 MB) alive only to wait for it. The
 * server's V8 settings therefore belong to this process: SERVER_NODE_FLAGS, which `npm start`
 * passes (package.json) and `npm run load` too.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CLI, releaseStopSignals, runNode, stoppedBy } from "./run-node.mjs";
import { prepareDatabase } from "./prepare-db.mjs";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

/** What the Next build is made from; a change in any of these makes the build stale. */
const BUILD_INPUTS = [
  "app",
  "lib",
  "server",
  "public",
  "next.config.ts",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const BUILD_STAMP = path.join(".next", "BUILD_ID");

async function main() {
  const started = Date.now();
  await prepareDatabase();
  await runNode(CLI.tsx(), ["scripts/purge-reports.ts"]);
  const stale = buildIsStale();
  if (stale) {
    console.error(`start: building (${stale})`);
    await runNode(CLI.next(), ["build"]);
  }
  const port = process.env.PORT || "3000";
  const missing = SERVER_NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag));
  if (missing.length > 0) console.error(`start: without ${missing.join(" ")} the server uses more memory (see scripts/server-node-flags.mjs)`);
  console.error(`start: ready to serve after ${((Date.now() - started) / 1000).toFixed(1)} s, port ${port}`);
  // Next's own command line, in this process; it closes the server itself on SIGINT/SIGTERM.
  releaseStopSignals();
  process.argv = [process.argv[0], CLI.next(), "start", "--port", port];
  createRequire(import.meta.url)(CLI.next());
}

/** Why a build is needed, or null when .next is newer than every build input. */
function buildIsStale() {
  if (!existsSync(BUILD_STAMP)) return "no build yet";
  const builtAt = statSync(BUILD_STAMP).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const newer = findNewer(input, builtAt);
    if (newer) return `${newer} changed since the last build`;
  }
  return null;
}

function findNewer(file, than) {
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

main().catch((error) => {
  if (stoppedBy()) process.exit(0); // asked to stop: the server's exit status is not a failure
  console.error(`start: ${error.message}`);
  process.exit(1);
});
