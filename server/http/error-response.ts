/**
 * The one place where errors become HTTP responses: `{ error: { code, message } }` and a status.
 * Input problems say what is wrong with the file; anything unexpected is `internal`, logged with
 * its stack on the server and never shown to the client.
 */
import { describeError, INPUT_ERROR_CODES, type InputErrorCode } from "../../lib/errors";
import { AppError, RateLimitedError, ServiceBusyError, type AppErrorCode, type FieldIssue } from "../errors";
import { log } from "../log";

export type ApiErrorCode = InputErrorCode | AppErrorCode;

export interface ApiErrorBody {
  /** `issues`: field-level problems of an `invalid_input` error. */
  error: { code: ApiErrorCode; message: string; issues?: FieldIssue[] };
}

/**
 * 415/413 for what the client can fix before sending; 422 for a document we accepted as PDF/Word
 * but could not read through (encrypted, damaged, too many pages, or too slow to read — a timeout
 * is about the content, not the connection, hence not 408).
 */
export const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  empty_file: 400,
  unsupported_format: 415,
  too_large: 413,
  encrypted: 422,
  corrupt: 422,
  too_many_pages: 422,
  timeout: 422,
  unknown_role: 400,
  internal: 500,
  bad_request: 400,
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  busy: 503,
};

export function errorResponse(error: unknown): Response {
  const { code, message } = describeApiError(error);
  const status = STATUS_BY_CODE[code];
  // A refusal under load is expected behaviour, not a fault: one line, no stack.
  if (error instanceof ServiceBusyError) log.warn({ code }, "upload refused: every worker thread is busy and the line is full");
  else if (status >= 500) log.error({ err: error }, "request failed");
  const body: ApiErrorBody = { error: { code, message } };
  if (error instanceof AppError && error.issues) body.error.issues = error.issues;
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (error instanceof RateLimitedError || error instanceof ServiceBusyError) headers["retry-after"] = String(error.retryAfterSeconds);
  return Response.json(body, { status, headers });
}

function describeApiError(error: unknown): { code: ApiErrorCode; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const described = describeError(error); // an InputError keeps its code; anything else is internal
  // The detail of an internal error is for the server log, not the client.
  return described.code === "internal" ? { code: "internal", message: INPUT_ERROR_CODES.internal } : described;
}
