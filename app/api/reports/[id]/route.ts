// GET /api/reports/:id – a stored report { id, createdAt, report }, or 404.
// DELETE /api/reports/:id – delete it; needs the token from the upload in `X-Delete-Token` → 204.
import { deleteReport } from "../../../../server/db/delete-report";
import { getReportOrThrow } from "../../../../server/db/get-report-or-throw";
import { AppError } from "../../../../server/errors";
import { withApi } from "../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

export const GET = withApi(async (_request: Request, { params }: Context) => {
  const { id } = await params;
  const stored = await getReportOrThrow(id);
  return Response.json(stored, { headers: { "cache-control": "no-store" } });
});

export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const deleteToken = request.headers.get("x-delete-token");
  if (!deleteToken) throw new AppError("bad_request", "Send the delete token in the X-Delete-Token header.");
  await deleteReport({ id, deleteToken });
  return new Response(null, { status: 204 });
});
