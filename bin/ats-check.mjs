#!/usr/bin/env node
// ats-check – what an ATS sees in a resume, on the command line (see cli/main.ts, `--help`).
// Plain JavaScript so it runs straight after `npm install`; tsx compiles the TypeScript on the fly.
import { fileURLToPath } from "node:url";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { main } = await tsImport("../cli/main.ts", import.meta.url);

// stdout closed early (e.g. `| head`): stop quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2), root);
} catch (error) {
  console.error("ats-check: unexpected failure:", error);
  process.exitCode = 1;
}
