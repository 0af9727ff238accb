#!/usr/bin/env node
/**
 * `npm start`: everything a fresh clone needs after `npm install`, then the production server.
 *   1. migrate and seed the database (scripts/prepare-db.mjs);
 *   2. delete the reports past REPORT_RETENTION_DAYS (scripts/purge-reports.ts);
 *   3. `next build` when there is no build or a source file is newer than it;
 *   4. `next start` on PORT (default 3000).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { CLI, runNode, stoppedBy } from "./run-node.mjs";
import { prepareDatabase } from "./prepare-db.mjs";

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
  console.error(`start: ready to serve after ${((Date.now() - started) / 1000).toFixed(1)} s, port ${port}`);
  await runNode(CLI.next(), ["start", "--port", port]);
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
