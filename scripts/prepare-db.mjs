#!/usr/bin/env node
/**
 * Brings the SQLite database up to date: applies pending migrations (creating the file and its
 * folder on first run) and runs the idempotent seed. Safe to run on every start.
 */
import { pathToFileURL } from "node:url";
import { CLI, runNode } from "./run-node.mjs";

export async function prepareDatabase() {
  // prisma.config.ts creates the database folder before connecting.
  await runNode(CLI.prisma(), ["migrate", "deploy"]);
  await runNode(CLI.tsx(), ["prisma/seed.ts"]);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  prepareDatabase().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
