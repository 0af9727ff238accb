/**
 * Per-client rate limit of the upload route (POST /api/analyze): each upload costs a worker thread
 * for up to ATS_TIMEOUT_MS, so one client must not be able to queue up the whole pool. Counted in
 * this process's memory (rate-limiter-flexible, fixed window): enough for one `next start` process;
 * several processes behind a balancer would each count on their own.
 *
 * Sign-in is limited by better-auth's own limiter (server/auth/auth.ts), not here: one mechanism
 * per route.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { serverConfig } from "../config";
import { RateLimitedError } from "../errors";

export interface RateLimitSettings {
  /** Requests per window and client; 0 means no limit. */
  points: number;
  windowSeconds: number;
}

export interface RateLimiter {
  /** Counts one request of the request's client; throws RateLimitedError (429) past the limit. */
  take(request: Request): Promise<void>;
}

export function createRateLimiter(name: string, { points, windowSeconds }: RateLimitSettings): RateLimiter {
  if (points === 0) return { take: async () => {} };
  const limiter = new RateLimiterMemory({ keyPrefix: name, points, duration: windowSeconds });
  return {
    async take(request) {
      try {
        await limiter.consume(clientAddress(request));
      } catch (rejection) {
        // The library rejects with its result object when the limit is reached, with an Error otherwise.
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
    },
  };
}

/**
 * The client's address: the last entry of X-Forwarded-For, which is what the nearest hop saw. Next
 * sets the header from the socket when the request arrives without one; a reverse proxy appends its
 * peer (nginx `$proxy_add_x_forwarded_for`). Exposed without a proxy, a client can send the header
 * itself and pick its own key: run the app behind one that sets it (see README, Hostile input).
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || request.headers.get("x-real-ip")?.trim() || "unknown";
}

const cache = globalThis as unknown as { atsUploadLimiter?: { key: string; limiter: RateLimiter } };

/** The upload route's limiter, with ATS_UPLOAD_RATE_LIMIT per ATS_UPLOAD_RATE_WINDOW_S (rebuilt when they change). */
export function uploadRateLimiter(): RateLimiter {
  const config = serverConfig();
  const settings = { points: config.ATS_UPLOAD_RATE_LIMIT, windowSeconds: config.ATS_UPLOAD_RATE_WINDOW_S };
  const key = JSON.stringify(settings);
  if (cache.atsUploadLimiter?.key !== key) cache.atsUploadLimiter = { key, limiter: createRateLimiter("upload", settings) };
  return cache.atsUploadLimiter.limiter;
}
