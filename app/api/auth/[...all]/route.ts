// GET|POST /api/auth/* – better-auth's own endpoints: sign-in/email, sign-out, get-session,
// change-password, sign-up/email (only with ALLOW_SIGNUP=true), … (server/auth/auth.ts).
import { getAuth } from "../../../../server/auth/auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Resolved per request, not at import: `next build` loads this module without a database or secret.
const handle = (request: Request) => getAuth().handler(request);

export const GET = handle;
export const POST = handle;
