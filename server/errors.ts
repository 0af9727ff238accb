/**
 * Errors of the shells (API, pages, database use cases) that are not about the resume itself.
 * Problems with the uploaded file are `InputError`s (lib/errors.ts); server/http/ maps both to HTTP.
 */
export const APP_ERROR_CODES = {
  bad_request: "The request is malformed.",
  /** The input is well-formed but breaks a rule; `issues` says which field and why. */
  invalid_input: "Some fields are not valid.",
  unauthorized: "Sign in to do this.",
  forbidden: "You are not allowed to do this.",
  not_found: "No report with this id (it may have been deleted).",
  conflict: "This already exists.",
  rate_limited: "Too many requests from this address. Wait a moment and try again.",
  busy: "The server is busy reading other resumes. Try again in a moment.",
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

/** One field-level problem: `path` is the dotted path into the input ("keywordGroups.0.label"). */
export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues?: FieldIssue[];
  constructor(code: AppErrorCode, message: string = APP_ERROR_CODES[code], issues?: FieldIssue[]) {
    super(message);
    this.name = "AppError";
    this.code = code;
    if (issues) this.issues = issues;
  }
}

/** A client over a rate limit (429): `retryAfterSeconds` goes into the Retry-After header. */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("rate_limited", `${APP_ERROR_CODES.rate_limited} (again in ${retryAfterSeconds} s)`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Too many uploads already wait for a worker thread (503): refused at once rather than queued
 * behind them; `retryAfterSeconds` estimates when the line will have moved.
 */
export class ServiceBusyError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("busy");
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
