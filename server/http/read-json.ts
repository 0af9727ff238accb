/**
 * Reads a JSON request body. The content type must be application/json: a form on another site
 * cannot send that without the browser asking first, which keeps session-cookie requests honest.
 */
import { AppError } from "../errors";

const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export async function readJson(request: Request, maxBytes: number = DEFAULT_MAX_BYTES): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) {
    throw new AppError("bad_request", "Send a JSON body with Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw tooLarge(maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("bad_request", `The body is larger than ${Math.round(maxBytes / 1024)} KB.`);
}
