// PUT /api/admin/users/:id/password – { password } → 204; the account is signed out everywhere (admins).
import { requireUser } from "../../../../../../server/auth/current-user";
import { setUserPassword } from "../../../../../../server/db/set-user-password";
import { readJson } from "../../../../../../server/http/read-json";
import { withApi } from "../../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

export const PUT = withApi(async (request: Request, { params }: Context) => {
  await requireUser(request, "admin");
  const { password } = (await readJson(request)) as { password?: unknown };
  await setUserPassword({ userId: (await params).id, password: typeof password === "string" ? password : "" });
  return new Response(null, { status: 204 });
});
