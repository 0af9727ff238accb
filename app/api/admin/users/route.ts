// GET /api/admin/users – every account { id, email, name, role, disabled, createdAt } (admins).
// POST /api/admin/users – { email, password, name?, role? ("coach" default | "admin") } → 201 the
// account; 400 invalid_input with field issues, 409 when the email is taken.
import { requireUser } from "../../../../server/auth/current-user";
import { createUserAccount } from "../../../../server/db/create-user-account";
import { listUsers } from "../../../../server/db/list-users";
import { privateJson } from "../../../../server/http/json-response";
import { readJson } from "../../../../server/http/read-json";
import { withApi } from "../../../../server/http/with-api";
import type { Role } from "../../../../server/auth/roles";

export const runtime = "nodejs";

export const GET = withApi(async (request: Request) => {
  await requireUser(request, "admin");
  return privateJson({ users: await listUsers() });
});

export const POST = withApi(async (request: Request) => {
  await requireUser(request, "admin");
  const body = (await readJson(request)) as { email?: string; password?: string; name?: string; role?: Role };
  const user = await createUserAccount({ email: body.email ?? "", password: body.password ?? "", name: body.name, role: body.role });
  return privateJson(user, { status: 201 });
});
