// GET /api/reports/:id – a stored report { id, createdAt, report }, or 404. The id is the key:
// anyone with the link may read it.
// DELETE /api/reports/:id – delete it with the token from the upload in `X-Delete-Token`, or as its
// signed-in owner → 204.
import { assertSameOrigin, getOptionalUser } from "../../../../server/auth/current-user";
import { deleteReport } from "../../../../server/db/delete-report";
import { getReportOrThrow } from "../../../../server/db/get-report-or-throw";
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
  const user = deleteToken ? null : await getOptionalUser(request);
  if (user) assertSameOrigin(request);
  await deleteReport({ id, deleteToken, userId: user?.id });
  return new Response(null, { status: 204 });
});
