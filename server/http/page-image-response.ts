/**
 * A stored page picture as an HTTP response: private like the report, and checked again on every
 * load, so a deleted report or a revoked link stops showing it at once.
 */
import type { StoredPageImage } from "../db/get-report-page-image-or-throw";

export function pageImageResponse(image: StoredPageImage): Response {
  return new Response(Buffer.from(image.data), {
    headers: {
      "content-type": image.mime,
      "content-length": String(image.data.byteLength),
      "cache-control": "private, no-cache",
      "x-content-type-options": "nosniff",
    },
  });
}
