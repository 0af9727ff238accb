// Types of build-freshness.mjs (plain JavaScript: `npm start` runs it before anything is compiled).
export declare const BUILD_INPUTS: readonly string[];
export declare function buildStaleReason(options: { root: string; distDir: string; inputs?: readonly string[] }): string | null;
