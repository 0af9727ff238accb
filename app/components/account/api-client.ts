/**
 * Browser calls to the app's own API. Every answer becomes `{ ok: true, data }` or a problem with
 * the server's message and field issues (`{ error: { code, message, issues? } }`), so components
 * show the server's words in their live regions instead of guessing.
 */

export interface ApiIssue {
  path: string;
  message: string;
}

export interface ApiProblem {
  status: number;
  code: string;
  message: string;
  issues: ApiIssue[];
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; problem: ApiProblem };

/** Our routes answer `{ error: {…} }`; better-auth's own endpoints `{ code, message }`. */
interface ErrorBody {
  error?: { code?: string; message?: string; issues?: ApiIssue[] };
  code?: string;
  message?: string;
}

/** Sends `json` as an application/json body when given; a 204 answer yields `data: null`. */
export async function callApi<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<ApiResult<T>> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("content-type", "application/json");
  let response: Response;
  try {
    response = await fetch(url, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  } catch {
    return { ok: false, problem: { status: 0, code: "network", message: "The server could not be reached. Check the connection and try again.", issues: [] } };
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const errorBody = body as ErrorBody | null;
  const error = errorBody?.error;
  return {
    ok: false,
    problem: {
      status: response.status,
      code: error?.code ?? errorBody?.code ?? "internal",
      message: describeFailure(response.status, error?.message ?? errorBody?.message),
      issues: Array.isArray(error?.issues) ? error.issues : [],
    },
  };
}

function describeFailure(status: number, message: string | undefined): string {
  if (status === 401) return "Your session has ended. Sign in again, then retry.";
  return message ?? `The request failed (HTTP ${status}).`;
}
