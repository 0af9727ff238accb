// GET /api/reports/:id/notes – the signed-in user's own notes on this report (coach or admin).
// POST /api/reports/:id/notes – { body } → 201 the new note, visible to its author only.
import { requireUser } from "../../../../../server/auth/current-user";
import { addReportNote } from "../../../../../server/db/add-report-note";
import { listReportNotes } from "../../../../../server/db/list-report-notes";
import { privateJson } from "../../../../../server/http/json-response";
import { readJson } from "../../../../../server/http/read-json";
import { withApi } from "../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

export const GET = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "coach");
  const { id } = await params;
  return privateJson({ notes: await listReportNotes(id, user.id) });
});

export const POST = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "coach");
  const { id } = await params;
  const { body } = (await readJson(request)) as { body?: unknown };
  const note = await addReportNote({ reportId: id, authorId: user.id, body: body as string });
  return privateJson(note, { status: 201 });
});
