/** JSON responses of the signed-in API: never cached, and downloads as attachments. */

/** A JSON download: `Content-Disposition: attachment` with a safe file name. */
export function jsonAttachment(text: string, fileName: string): Response {
  const safe = fileName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "export.json";
  return new Response(text, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${safe}"`,
      "cache-control": "no-store",
    },
  });
}

/** `Response.json` with `cache-control: no-store` (everything behind a session is private). */
export function privateJson(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("cache-control", "no-store");
  return Response.json(body, { ...init, headers });
}
