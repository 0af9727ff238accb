// Browser tests (tests/browser/*.e2e.ts): Debian's Chromium against the production build, one
// server for all files (tests/browser/global-setup.ts). Files run one after another: they share
// the server and its database.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/browser/**/*.e2e.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    // Fails a test on console errors and failed requests in its pages (tests/browser/helpers.ts).
    setupFiles: ["tests/browser/setup.ts"],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
