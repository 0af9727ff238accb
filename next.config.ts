import type { NextConfig } from "next";
import { securityHeaders } from "./server/http/security-headers";

const nextConfig: NextConfig = {
  // The build type-checks only what it bundles (app, lib, server); tests and scripts are checked by
  // `npm run typecheck`, so a type error in a dev script cannot stop `npm start`.
  typescript: { tsconfigPath: "tsconfig.next.json" },
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
