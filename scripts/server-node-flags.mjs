/**
 * V8 settings of the production server's process. `npm start` passes them (package.json: Node reads
 * them before any script runs) and `npm run load` starts the server with them. Measured under
 * `npm run load` on 2 cores:
 * - semi-spaces of 4 MB instead of 16: a request's objects are short-lived and collected as cheaply
 *   (no change in CPU per upload), and the heap is about 24 MB smaller;
 * - an old generation of at most 256 MB: the live heap under load is about 60 MB, but left alone
 *   V8 let garbage pile up past 150 MB before collecting; capped, peak memory fell by 50–100 MB at
 *   the same CPU per upload (a cap of 160 MB made it collect all the time: 70 % more CPU).
 * The worker threads have limits of their own (server/pool/analyze-pool.ts).
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=4", "--max-old-space-size=256"];

/**
 * Environment of the production server's process, set before it starts (glibc reads it at its
 * first allocation, so the process cannot set it for itself): at most two malloc arenas. Each
 * worker thread otherwise gets arenas of its own, which keep freed memory; under `npm run load` on
 * 2 cores the peak fell from about 400 MB to about 372 MB at the same CPU per upload. Other C
 * libraries ignore it.
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: "2" };
