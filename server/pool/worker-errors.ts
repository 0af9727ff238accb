/** Turns what comes back from a worker (or its death) into the errors the shells understand. */
import { INPUT_ERROR_CODES, InputError, type InputErrorCode } from "../../lib/errors";

/** An error as the worker sends it: structured cloning would drop the class and the `code`. */
export interface SerialisedError {
  name: string;
  code?: string;
  message: string;
  stack?: string;
}

/** Rebuilds an InputError (same code and message); anything else stays a plain internal Error. */
export function fromWorkerError(error: SerialisedError): Error {
  if (error.name === "InputError" && error.code && error.code in INPUT_ERROR_CODES) {
    const rebuilt = new InputError(error.code as InputErrorCode);
    rebuilt.message = error.message;
    return rebuilt;
  }
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

export interface FailureContext {
  timedOut: boolean;
  timeoutMs: number;
  maxMemoryMb: number;
}

/** Maps a rejected piscina task: a killed worker becomes an InputError with a clear reason. */
export function fromPoolFailure(error: unknown, context: FailureContext): Error {
  if (context.timedOut) {
    return new InputError("timeout", `limit ${Math.round(context.timeoutMs / 100) / 10} s`);
  }
  if (isOutOfMemory(error)) {
    return new InputError("too_large", `reading it needed more than ${context.maxMemoryMb} MB of memory`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

function isOutOfMemory(error: unknown): boolean {
  return (
    error instanceof Error &&
    ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory/i.test(error.message))
  );
}
