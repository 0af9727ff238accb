import type { NextConfig } from "next";

const nextConfig: NextConfig = {
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
  ],
};

export default nextConfig;
