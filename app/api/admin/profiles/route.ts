// GET /api/admin/profiles – every role profile with its keyword count and state (admins).
// POST /api/admin/profiles – a new profile (JSON, lib/profiles/schema.ts) → 201 the profile;
// 400 invalid_input with field issues, 409 when the slug is taken.
import { requireUser } from "../../../../server/auth/current-user";
import { createRoleProfile } from "../../../../server/db/create-role-profile";
import { listRoleProfilesForAdmin } from "../../../../server/db/list-role-profiles-for-admin";
import { privateJson } from "../../../../server/http/json-response";
import { readJson } from "../../../../server/http/read-json";
import { withApi } from "../../../../server/http/with-api";

export const runtime = "nodejs";

export const GET = withApi(async (request: Request) => {
  await requireUser(request, "admin");
  return privateJson({ profiles: await listRoleProfilesForAdmin() });
});

export const POST = withApi(async (request: Request) => {
  const user = await requireUser(request, "admin");
  const profile = await createRoleProfile({ data: await readJson(request), authorId: user.id });
  return privateJson(profile, { status: 201, headers: { location: `/api/admin/profiles/${profile.slug}` } });
});
