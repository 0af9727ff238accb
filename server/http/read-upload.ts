/**
 * Reads and validates the multipart body of POST /api/analyze. The size limit is enforced while
 * the body streams in (and from Content-Length when sent), before any multipart parsing.
 */
import { z } from "zod";
import { InputError } from "../../lib/errors";
import { AppError } from "../errors";

/** Room for the form fields and multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 512 * 1024;
const MAX_JOB_DESCRIPTION_CHARS = 50_000;

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const uploadSchema = z.object({
  file: z.instanceof(File, { message: "a `file` field with the resume is required" }),
  role: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "role must be a profile slug such as ml-engineer")
      .optional(),
  ),
  jobDescription: z.preprocess(emptyToUndefined, z.string().max(MAX_JOB_DESCRIPTION_CHARS).optional()),
});

export interface Upload {
  fileName: string;
  bytes: Uint8Array;
  role?: string;
  jobDescription?: string;
}

export async function readUpload(request: Request, maxFileBytes: number): Promise<Upload> {
  const form = await readUploadForm(request, maxFileBytes);
  const parsed = uploadSchema.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) throw new AppError("bad_request", z.prettifyError(parsed.error));
  const { file, role, jobDescription } = parsed.data;
  return { ...(await readUploadedFile(file, maxFileBytes)), role, jobDescription };
}

/** The multipart form of an upload, its size capped while streaming in (for routes with other fields). */
export async function readUploadForm(request: Request, maxFileBytes: number): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("bad_request", "Send the resume as multipart/form-data with a `file` field.");
  }
  const body = await readBodyCapped(request, maxFileBytes + FORM_OVERHEAD_BYTES, maxFileBytes);
  try {
    return await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("bad_request", "The multipart body could not be parsed.");
  }
}

/** The bytes and cleaned name of an uploaded file, within the size limit. */
export async function readUploadedFile(file: File, maxFileBytes: number): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (file.size > maxFileBytes) throw tooLarge(maxFileBytes);
  return { fileName: cleanFileName(file.name), bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function readBodyCapped(
  request: Request,
  maxBodyBytes: number,
  maxFileBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBodyBytes) throw tooLarge(maxFileBytes);
  if (!request.body) throw new AppError("bad_request", "The request has no body.");
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBodyBytes) {
      await reader.cancel();
      throw tooLarge(maxFileBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function tooLarge(maxFileBytes: number): InputError {
  return new InputError("too_large", `the limit is ${formatMegabytes(maxFileBytes)}`);
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The name as shown in the report: no folders (some browsers send them), bounded length. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? "";
  return (base || "resume").slice(0, 255);
}
