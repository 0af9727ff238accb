// POST /api/admin/profiles/preview – multipart: file (a sample resume), profile (the edited profile
// as JSON text), jobDescription? → { report } scored against that profile, saved nowhere (admins).
import { z } from "zod";
import { requireUser } from "../../../../../server/auth/current-user";
import { serverConfig } from "../../../../../server/config";
import { AppError } from "../../../../../server/errors";
import { privateJson } from "../../../../../server/http/json-response";
import { uploadRateLimiter } from "../../../../../server/http/rate-limit";
import { readUploadedFile, readUploadForm, uploadSchema } from "../../../../../server/http/read-upload";
import { withApi } from "../../../../../server/http/with-api";
import { analyzeInPool, sharedAnalyzePool } from "../../../../../server/pool/analyze-in-pool";
import { parseJsonInput, parseProfileInput } from "../../../../../server/profiles/profile-input";

export const runtime = "nodejs";

const previewSchema = uploadSchema.pick({ file: true, jobDescription: true }).extend({
  profile: z.string({ message: "a `profile` field with the profile JSON is required" }),
});

export const POST = withApi(async (request: Request) => {
  await requireUser(request, "admin");
  // A preview costs a worker thread like an upload: the same per-client limit (counted together
  // with uploads) and the same refusal when the line for a thread is full, before the body is read.
  await uploadRateLimiter().take(request);
  sharedAnalyzePool().assertRoom();
  const maxFileBytes = serverConfig().ATS_MAX_UPLOAD_BYTES;
  const form = await readUploadForm(request, maxFileBytes);
  const parsed = previewSchema.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) throw new AppError("bad_request", z.prettifyError(parsed.error));
  const profile = parseProfileInput(parseJsonInput(parsed.data.profile, "The profile"));
  const { fileName, bytes } = await readUploadedFile(parsed.data.file, maxFileBytes);
  const report = await analyzeInPool(bytes, { fileName, profile, jobDescription: parsed.data.jobDescription });
  return privateJson({ report });
});
