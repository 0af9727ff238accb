// PATCH /api/reports/:id/notes/:noteId – { body } → the edited note (its author only).
// DELETE /api/reports/:id/notes/:noteId – → 204 (its author only; anyone else gets 404).
import { requireUser } from "../../../../../../server/auth/current-user";
import { deleteReportNote } from "../../../../../../server/db/delete-report-note";
import { updateReportNote } from "../../../../../../server/db/update-report-note";
import { privateJson } from "../../../../../../server/http/json-response";
import { readJson } from "../../../../../../server/http/read-json";
import { withApi } from "../../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string; noteId: string }>;
}

export const PATCH = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "coach");
  const { id, noteId } = await params;
  const { body } = (await readJson(request)) as { body?: unknown };
  return privateJson(await updateReportNote({ reportId: id, noteId, authorId: user.id, body: body as string }));
});

export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "coach");
  const { id, noteId } = await params;
  await deleteReportNote({ reportId: id, noteId, authorId: user.id });
  return new Response(null, { status: 204 });
});
