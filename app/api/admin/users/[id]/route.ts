// PATCH /api/admin/users/:id – { role?, disabled? } → the account (admins; not their own account).
// DELETE /api/admin/users/:id – delete the account → 204 (admins; not their own account).
import { requireUser } from "../../../../../server/auth/current-user";
import { deleteUserAccount } from "../../../../../server/db/delete-user-account";
import { updateUserAccount } from "../../../../../server/db/update-user-account";
import { privateJson } from "../../../../../server/http/json-response";
import { readJson } from "../../../../../server/http/read-json";
import { withApi } from "../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

export const PATCH = withApi(async (request: Request, { params }: Context) => {
  const actor = await requireUser(request, "admin");
  const changes = (await readJson(request)) as { role?: string; disabled?: boolean };
  return privateJson(await updateUserAccount({ actorId: actor.id, userId: (await params).id, changes }));
});

export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const actor = await requireUser(request, "admin");
  await deleteUserAccount({ actorId: actor.id, userId: (await params).id });
  return new Response(null, { status: 204 });
});
