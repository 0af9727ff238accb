/**
 * Runs the pipeline in-process on every labelled document of a folder and scores each report.
 * Used by the `npm run eval` command line and by the corpus test.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { isInputError } from "../../lib/errors";
import { analyzeFile } from "../../lib/report/analyze-file";
import { reportSchema, type Report } from "../../lib/report/schema";
import { WARNING_CODES } from "../../lib/warnings/finding";
import { loadLabels, type Label } from "./labels";
import { scoreFile } from "./score-file";
import { summarize, type Figures, type FileResult } from "./summarize";

export interface EvaluateOptions {
  /** Folder holding the documents at the labels' `file` paths (pdf/, docx/, doc/). */
  docsDir: string;
  /** Defaults to `<docsDir>/labels`. */
  labelsDir?: string;
  /** Only these formats (pdf, docx, doc); all when empty. */
  formats?: readonly string[];
  /** Role profile scored into `match` (eval.py's CLI runs with `--role ml-engineer`). */
  role?: string;
  timeoutMs?: number;
  /**
   * Score precomputed reports, `<outputsDir>/<document file name>.json` (as eval.py --outputs does),
   * instead of running the pipeline.
   */
  outputsDir?: string;
  /** Called after each file, e.g. to show progress. */
  onFile?: (result: FileResult, index: number, total: number) => void;
}

export interface Evaluation {
  results: FileResult[];
  figures: Figures;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

export async function evaluateFolder(options: EvaluateOptions): Promise<Evaluation> {
  const labels = loadLabels(options.labelsDir ?? path.join(options.docsDir, "labels"), options.formats);
  const results: FileResult[] = [];
  for (const [i, label] of labels.entries()) {
    const result = await evaluateFile(label, options);
    results.push(result);
    options.onFile?.(result, i, labels.length);
  }
  return { results, figures: summarize(results, WARNING_CODES) };
}

async function evaluateFile(label: Label, options: EvaluateOptions): Promise<FileResult> {
  const file = path.join(options.docsDir, label.file);
  let report: Report | null = null;
  let error: FileResult["error"] = null;
  const started = performance.now();
  if (options.outputsDir) {
    ({ report, error } = readOutput(options.outputsDir, label));
  } else {
    try {
      const bytes = new Uint8Array(readFileSync(file));
      report = await withTimeout(
        analyzeFile(bytes, { fileName: path.basename(label.file), role: options.role }),
        options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      );
    } catch (err) {
      error = crashReason(err);
    }
  }
  const ms = options.outputsDir ? 0 : performance.now() - started;
  let schemaIssue: string | null = null;
  if (report) {
    const checked = reportSchema.safeParse(report);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      schemaIssue = `${issue.path.join(".") || "(root)"}: ${issue.message}`;
    }
  }
  return { label, report, error, ms, schemaIssue, score: scoreFile(label, report) };
}

/** A stored report; a missing one, or the CLI's error object, is a crash (as in eval.py). */
function readOutput(dir: string, label: Label): Pick<FileResult, "report" | "error"> {
  const file = path.join(dir, `${path.basename(label.file)}.json`);
  if (!existsSync(file)) return { report: null, error: { code: "missing_output", message: `no ${file}` } };
  const stored = JSON.parse(readFileSync(file, "utf8"));
  if (stored && typeof stored === "object" && "error" in stored && !("contact" in stored)) {
    return { report: null, error: { code: String(stored.error?.code ?? "error"), message: String(stored.error?.message ?? "") } };
  }
  // Scored as stored, even when it does not fit our schema (a peer's output): the scorer reads defensively.
  return { report: stored as Report, error: null };
}

class EvalTimeout extends Error {}

/**
 * Gives up waiting after `ms`. This only catches asynchronous hangs: a synchronous infinite loop in
 * the pipeline blocks the event loop, so the timer never fires. Acceptable for an evaluation tool
 * (the run visibly stalls on a named file); the product's shells bound work with worker threads.
 */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EvalTimeout(`no report after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Input errors keep their code; anything else is a bug, reported with its own message to debug it. */
function crashReason(err: unknown): { code: string; message: string } {
  if (err instanceof EvalTimeout) return { code: "timeout", message: err.message };
  if (isInputError(err)) return { code: err.code, message: err.message };
  if ((err as NodeJS.ErrnoException)?.code === "ENOENT") return { code: "missing_file", message: String(err) };
  if (err instanceof Error) {
    const where = err.stack?.split("\n").find((l) => l.includes("/lib/"))?.trim();
    return { code: "internal", message: `${err.name}: ${err.message}${where ? ` (${where})` : ""}` };
  }
  return { code: "internal", message: String(err) };
}

/** What `--write-reports` stores per document: the report, or the CLI's error object for a crash. */
export function reportFileContent(result: FileResult, bytes: number): unknown {
  if (result.report) return result.report;
  return {
    file: { name: path.basename(result.label.file), bytes },
    error: result.error ?? { code: "internal", message: "no report" },
  };
}
