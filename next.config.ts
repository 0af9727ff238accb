import type { NextConfig } from "next";
import { securityHeaders } from "./server/http/security-headers";

const nextConfig: NextConfig = {
  // A build of its own for the browser tests (tests/browser/server.ts), so a `next build` or
  // `npm start` on `.next` during their run cannot swap files under their server:
  // NEXT_DIST_DIR is the build folder (`next build` and `next start` must see the same one),
  // NEXT_TSCONFIG_PATH the tsconfig Next adds that folder's type paths to, and
  // NEXT_SKIP_TYPECHECK=1 skips the build's type check, which would read `.next/types` while
  // another build rewrites it (`npm run typecheck` and the ordinary build check types).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typescript: {
    // The build type-checks only what it bundles (app, lib, server); tests and scripts are checked
    // by `npm run typecheck`, so a type error in a dev script cannot stop `npm start`.
    tsconfigPath: process.env.NEXT_TSCONFIG_PATH || "tsconfig.next.json",
    ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1",
  },
  // pdf.js, the canvas renderer and the SQLite driver are native or load workers at run time:
  // Next must require them from node_modules instead of bundling them.
  serverExternalPackages: [
    "pdf-parse",
    "pdfjs-dist",
    "@napi-rs/canvas",
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "word-extractor",
    "mammoth",
    "piscina",
    "tsx",
    "natural",
    "esbuild",
  ],
  // CSP, no framing, nosniff, referrer and permissions policies on every page and API response.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV !== "production") }];
  },
  poweredByHeader: false,
};

export default nextConfig;
