/**
 * Whether a Next production build is older than its sources: shared by `npm start`
 * (scripts/start.mjs) and the browser-test server (tests/browser/server.ts), so both rebuild on the
 * same changes. Side-effect free, so both can import it.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** What every Next build is made from; a change in any of these makes the build stale. */
export const BUILD_INPUTS = [
  "app",
  "lib",
  "server",
  "public",
  "instrumentation.ts",
  "next.config.ts",
  "tsconfig.json",
  "tsconfig.next.json",
  "package.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

/**
 * Why the build in `distDir` (relative to `root`) must be redone, or null when its BUILD_ID is
 * newer than every input in `inputs`.
 * @param {{ root: string, distDir: string, inputs?: readonly string[] }} options
 * @returns {string | null}
 */
export function buildStaleReason({ root, distDir, inputs = BUILD_INPUTS }) {
  const stamp = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(stamp)) return "no build yet";
  const builtAt = statSync(stamp).mtimeMs;
  for (const input of inputs) {
    const newer = findNewer(path.join(root, input), builtAt);
    if (newer) return `${path.relative(root, newer)} changed since the last build`;
  }
  return null;
}

function findNewer(file, than) {
  if (!existsSync(file)) return null;
  const stat = statSync(file);
  // A folder's own time changes when a file in it is added, removed or renamed.
  if (stat.mtimeMs > than) return file;
  if (!stat.isDirectory()) return null;
  for (const entry of readdirSync(file)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    const newer = findNewer(path.join(file, entry), than);
    if (newer) return newer;
  }
  return null;
}
