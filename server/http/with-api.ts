/**
 * Wraps a route handler: the handler parses input, calls the pipeline or a use case and responds;
 * every error it throws is turned into a JSON error response here.
 */
import { errorResponse } from "./error-response";

export function withApi<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
