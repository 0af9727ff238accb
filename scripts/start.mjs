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
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { buildStaleReason } from "./build-freshness.mjs";
import { CLI, releaseStopSignals, runNode, stoppedBy } from "./run-node.mjs";
import { prepareDatabase } from "./prepare-db.mjs";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

async function main() {
  // Next's anonymous telemetry would call out to the internet from `next build` and `next start`;
  // this service makes no outside calls unless its operator opts in.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const started = Date.now();
  await prepareDatabase();
  await runNode(CLI.tsx(), ["scripts/purge-reports.ts"]);
  const stale = buildStaleReason({ root: fileURLToPath(new URL("..", import.meta.url)), distDir: ".next" });
  if (stale) {
    console.error(`start: building (${stale})`);
    await runNode(CLI.next(), ["build"]);
  }
  const port = process.env.PORT || "3000";
  const missing = [
    ...SERVER_NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag)),
    ...Object.entries(SERVER_ENV).flatMap(([name, value]) => (process.env[name] === value ? [] : [`${name}=${value}`])),
  ];
  if (missing.length > 0) console.error(`start: without ${missing.join(" ")} the server uses more memory (see scripts/server-node-flags.mjs)`);
  console.error(`start: ready to serve after ${((Date.now() - started) / 1000).toFixed(1)} s, port ${port}`);
  // Next's own command line, in this process; it closes the server itself on SIGINT/SIGTERM.
  releaseStopSignals();
  process.argv = [process.argv[0], CLI.next(), "start", "--port", port];
  createRequire(import.meta.url)(CLI.next());
}

main().catch((error) => {
  if (stoppedBy()) process.exit(0); // asked to stop: the server's exit status is not a failure
  console.error(`start: ${error.message}`);
  process.exit(1);
});
