/**
 * `ats-check`: the pipeline on the command line, no server and no database. Files go through the
 * same worker pool as the web app (time and memory limits included); output keeps input order.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createAnalyzePool, DEFAULT_WORKER_FILE } from "../server/pool/analyze-pool";
import { readProfileFiles } from "../server/profiles/read-profile-files";
import { parseCliArgs, USAGE, UsageError, type CliOptions } from "./args";
import { checkFile, type FileOutcome } from "./check-file";
import { collectFiles } from "./collect-files";
import { formatSummary } from "./format-summary";

export const EXIT = { ok: 0, unreadable: 2, usage: 64 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the command; `root` is the repository (for the worker and the profiles). Returns the exit code. */
export async function main(argv: string[], root: string, io: CliIo = processIo): Promise<number> {
  let options: CliOptions;
  let jobDescription: string | undefined;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (options.listRoles) return listRoles(root, options.json, io);
    checkRoleExists(root, options.role);
    jobDescription = options.jd === undefined ? undefined : readJobDescription(options.jd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`ats-check: ${error.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }

  const files = collectFiles(options.paths);
  if (files.length === 0) {
    io.stderr("ats-check: no .pdf, .docx or .doc files found\n");
    return EXIT.ok;
  }
  const pool = createAnalyzePool({ workerFile: path.join(root, DEFAULT_WORKER_FILE) });
  try {
    let failed = 0;
    await forEachInOrder(
      files,
      (file) => checkFile(pool, file, { role: options.role, jobDescription }),
      (outcome, index) => {
        if (!outcome.ok) failed++;
        print(outcome, files[index], options.json, index, io);
      },
    );
    return failed > 0 ? EXIT.unreadable : EXIT.ok;
  } finally {
    await pool.destroy();
  }
}

function print(outcome: FileOutcome, file: string, json: boolean, index: number, io: CliIo): void {
  if (!outcome.ok) io.stderr(`ats-check: ${file}: ${outcome.reason}\n`);
  if (json) io.stdout(`${JSON.stringify(outcome.ok ? outcome.report : outcome.error)}\n`);
  else if (outcome.ok) io.stdout(`${index > 0 ? "\n" : ""}${formatSummary(outcome.report)}\n`);
}

/**
 * Runs `task` over the items with a bounded window of reads in flight (the pool limits the actual
 * work) and hands results to `done` in input order as soon as each one's predecessors are done.
 */
async function forEachInOrder<T, R>(
  items: T[],
  task: (item: T) => Promise<R>,
  done: (result: R, index: number) => void,
  window = 8,
): Promise<void> {
  const inFlight: Promise<R>[] = [];
  let next = 0;
  for (let index = 0; index < items.length; index++) {
    while (next < items.length && inFlight.length < window) inFlight.push(task(items[next++]));
    done(await inFlight.shift()!, index);
  }
}

function listRoles(root: string, json: boolean, io: CliIo): number {
  const profiles = readProfileFiles(root) ?? [];
  if (profiles.length === 0) io.stderr("ats-check: no role profiles (lib/profiles/data is empty or missing)\n");
  const width = Math.max(0, ...profiles.map((p) => p.slug.length));
  for (const { slug, title } of profiles) {
    io.stdout(json ? `${JSON.stringify({ slug, title })}\n` : `${slug.padEnd(width)}  ${title}\n`);
  }
  return EXIT.ok;
}

/** Refuses an unknown slug early, when the profiles are known; the pipeline has the last word. */
function checkRoleExists(root: string, role: string | undefined): void {
  if (role === undefined) return;
  const profiles = readProfileFiles(root);
  if (profiles && !profiles.some((p) => p.slug === role)) {
    throw new UsageError(`unknown role "${role}" (see ats-check --list-roles)`);
  }
}

function readJobDescription(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --jd ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
