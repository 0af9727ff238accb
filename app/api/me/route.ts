// GET /api/me – { user: { id, email, name, role } } when signed in, { user: null } otherwise.
import { getOptionalUser } from "../../../server/auth/current-user";
import { privateJson } from "../../../server/http/json-response";
import { withApi } from "../../../server/http/with-api";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withApi(async (request: Request) => privateJson({ user: await getOptionalUser(request) }));
