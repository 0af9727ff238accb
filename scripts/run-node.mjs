/** Runs a Node CLI of a dependency (prisma, next, tsx) in a child process, inheriting stdio. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Entry files of the CLIs the scripts use, resolved from node_modules (no PATH, no npx). */
export const CLI = {
  prisma: () => require.resolve("prisma/build/index.js"),
  next: () => require.resolve("next/dist/bin/next"),
  tsx: () => require.resolve("tsx/cli"),
};

const running = new Set();
let stopSignal = null;

/** The signal this process was asked to stop with, if any. */
export function stoppedBy() {
  return stopSignal;
}

// A SIGTERM sent to this script alone (a process manager, `kill`) must stop its child too.
const onStop = (signal) => {
  stopSignal = signal;
  if (running.size === 0) process.exit(130);
  for (const child of running) child.kill(signal);
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, onStop);

/** Leaves SIGINT and SIGTERM to whatever runs in this process next (a server with its own shutdown). */
export function releaseStopSignals() {
  for (const signal of ["SIGINT", "SIGTERM"]) process.off(signal, onStop);
}

/** Resolves when the command exits 0; rejects otherwise. */
export function runNode(cliFile, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliFile, ...args], { stdio: "inherit", ...options });
    running.add(child);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${args.join(" ")} ${signal ? `stopped by ${signal}` : `failed with exit code ${code}`}`));
    });
  });
}
