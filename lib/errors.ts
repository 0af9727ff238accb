/**
 * Fatal input problems. Each has a stable code (returned by the API and the CLI) and a message a
 * job seeker understands. Everything else that goes wrong is a bug and is reported as `internal`.
 */
export const INPUT_ERROR_CODES = {
  empty_file: "The file is empty.",
  unsupported_format:
    "This file is not a PDF, DOCX or DOC document. Save your resume as PDF or Word and try again.",
  encrypted: "The document is password-protected or encrypted. Remove the password and upload it again.",
  corrupt: "The file is damaged and cannot be opened. Export it again from your editor.",
  too_large: "The file is too large.",
  too_many_pages: "The document has too many pages for a resume.",
  timeout: "Reading this file took too long and was stopped.",
  unknown_role: "There is no role profile with this name (see the list of roles).",
  internal: "Something went wrong while reading this file.",
} as const;

export type InputErrorCode = keyof typeof INPUT_ERROR_CODES;

export class InputError extends Error {
  readonly code: InputErrorCode;
  constructor(code: InputErrorCode, detail?: string) {
    super(detail ? `${INPUT_ERROR_CODES[code]} (${detail})` : INPUT_ERROR_CODES[code]);
    this.name = "InputError";
    this.code = code;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError || (error instanceof Error && error.name === "InputError" && "code" in error);
}

/** Any thrown value as a code and a message safe to show (never a stack trace). */
export function describeError(error: unknown): { code: InputErrorCode; message: string } {
  if (isInputError(error)) return { code: error.code, message: error.message };
  return { code: "internal", message: INPUT_ERROR_CODES.internal };
}
