/**
 * Errors of the shells (API, pages, database use cases) that are not about the resume itself.
 * Problems with the uploaded file are `InputError`s (lib/errors.ts); server/http/ maps both to HTTP.
 */
export const APP_ERROR_CODES = {
  bad_request: "The request is malformed.",
  not_found: "No report with this id (it may have been deleted).",
  forbidden: "The delete token does not match this report.",
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export class AppError extends Error {
  readonly code: AppErrorCode;
  constructor(code: AppErrorCode, message: string = APP_ERROR_CODES[code]) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
}
