/**
 * What the pipeline did with one (damaged) file, and whether that is acceptable: a valid report, or
 * a refusal with an input error code about the file. Anything else is a bug: an `internal` error
 * (an exception a reader did not expect), a report the schema rejects, or no answer in time.
 */
import { describeError, isInputError, type InputErrorCode } from "../../lib/errors";
import { analyzeFile } from "../../lib/report/analyze-file";
import { reportSchema } from "../../lib/report/schema";

export type Outcome =
  | { kind: "report" }
  | { kind: "refused"; code: InputErrorCode }
  | { kind: "bug"; detail: string }
  | { kind: "hang"; afterMs: number };

/** Codes a damaged file may earn; `internal` and `unknown_role` never. */
const FILE_CODES = new Set<InputErrorCode>(["empty_file", "unsupported_format", "encrypted", "corrupt", "too_large", "too_many_pages", "timeout"]);

export function isAcceptable(outcome: Outcome): boolean {
  return outcome.kind === "report" || outcome.kind === "refused";
}

/** Classifies a thrown value (in-process, or rebuilt by the pool from a worker's answer). */
export function outcomeOfError(error: unknown): Outcome {
  if (isInputError(error) && FILE_CODES.has(describeError(error).code)) return { kind: "refused", code: describeError(error).code };
  const e = error as { name?: string; message?: string; stack?: string } | null;
  return { kind: "bug", detail: `${e?.name ?? "Error"}: ${e?.message ?? String(error)}\n${e?.stack ?? ""}`.trim() };
}

export function outcomeOfReport(report: unknown): Outcome {
  const checked = reportSchema.safeParse(report);
  return checked.success ? { kind: "report" } : { kind: "bug", detail: `invalid report: ${checked.error.message.slice(0, 500)}` };
}

/**
 * Runs the whole pipeline in this thread. The guard catches a parse that stops answering (pdf.js is
 * asynchronous throughout); a synchronous endless loop would block it too, which is why the pool
 * runs are there: a worker thread is terminated whatever it is doing.
 */
export async function analyzeInProcess(bytes: Uint8Array, guardMs: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const started = Date.now();
  const guard = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "hang", afterMs: Date.now() - started }), guardMs);
  });
  const run = analyzeFile(bytes, { fileName: "fuzz" }).then(outcomeOfReport, outcomeOfError);
  try {
    return await Promise.race([run, guard]);
  } finally {
    clearTimeout(timer);
  }
}

export function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case "report":
      return "report";
    case "refused":
      return `refused: ${outcome.code}`;
    case "bug":
      return `BUG ${outcome.detail}`;
    case "hang":
      return `HANG (no answer after ${outcome.afterMs} ms)`;
  }
}
