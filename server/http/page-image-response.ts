/**
 * A stored page picture as an HTTP response: private like the report, and checked again on every
 * load, so a deleted report or a revoked link stops showing it at once. A picture still being
 * drawn (in the seconds after the upload) is `202` with `Retry-After`, its size in the body.
 */
import type { StoredPageImage } from "../db/get-report-page-image-or-throw";

/** Seconds a client should wait before asking again for a picture being drawn. */
export const PENDING_RETRY_AFTER_S = 1;

export function pageImageResponse(image: StoredPageImage): Response {
  if (image.pending) {
    return Response.json(
      { status: "drawing", width: image.width, height: image.height },
      { status: 202, headers: { "cache-control": "no-store", "retry-after": String(PENDING_RETRY_AFTER_S) } },
    );
  }
  return new Response(image.data, {
    headers: {
      "content-type": image.mime,
      "content-length": String(image.data.byteLength),
      "cache-control": "private, no-cache",
      "x-content-type-options": "nosniff",
    },
  });
}
