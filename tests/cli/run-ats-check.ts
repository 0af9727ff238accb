/** Spawns the real `ats-check` bin, as a user would, with no database configured. */
import { spawn } from "node:child_process";
import path from "node:path";

const BIN = path.resolve("bin", "ats-check.mjs");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function atsCheck(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
