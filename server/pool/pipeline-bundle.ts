/**
 * The pipeline compiled once to plain JavaScript for the worker threads.
 *
 * Through tsx each worker thread compiles lib/ on the fly and keeps a loader thread of its own:
 * about 60 MB more per worker, measured, and a slower first file. Bundled with esbuild (which tsx
 * already brings), a worker imports one JavaScript file natively. The bundle lives in
 * node_modules/.cache/ats-check/, named by a hash of the sources, so it is built once per change
 * (~0.5 s) and shared by every process (server, CLI, tests). pdf.js and the canvas stay outside:
 * the worker loads them natively.
 *
 * Whatever goes wrong here (no esbuild, a read-only folder, a build error) only costs the saving:
 * `null` tells the worker to compile through tsx as before.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The files a worker imports from a bundle folder. */
export const BUNDLE_ENTRIES = { analyze: "analyze-file.mjs", render: "render-pages.mjs" } as const;

const ENTRY_POINTS = { "analyze-file": "lib/report/analyze-file.ts", "render-pages": "lib/extract/pdf/render-pages.ts" };
/** Loaded by the worker itself, natively (large, or native code). */
const EXTERNAL = ["pdfjs-dist", "@napi-rs/canvas"];

interface EsbuildApi {
  version: string;
  buildSync(options: Record<string, unknown>): unknown;
  stop(): Promise<void>;
}

/** The folder holding an up-to-date bundle of the pipeline under `root`, built if needed; null if it cannot be. */
export function pipelineBundle(root: string): string | null {
  try {
    // Resolved at run time from the project, never bundled by Next.
    const esbuild = createRequire(path.join(root, "package.json"))("esbuild") as EsbuildApi;
    const dir = path.join(root, "node_modules", ".cache", "ats-check", `pipeline-${sourceHash(root, esbuild.version)}`);
    if (existsSync(path.join(dir, BUNDLE_ENTRIES.analyze))) return dir;
    // Built beside, then renamed: a process never sees half a bundle, and two that race both succeed.
    const staging = `${dir}.${process.pid}.${Date.now()}`;
    try {
      buildBundle(esbuild, root, staging);
    } finally {
      // buildSync keeps a helper thread and an esbuild process (about 90 MB) alive for the next
      // build; a server builds once.
      void esbuild.stop();
    }
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process was first
    }
    removeStaleBundles(path.dirname(dir), dir);
    return existsSync(path.join(dir, BUNDLE_ENTRIES.analyze)) ? dir : null;
  } catch {
    return null;
  }
}

function buildBundle(esbuild: EsbuildApi, root: string, outdir: string): void {
  esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: EXTERNAL,
    outExtension: { ".js": ".mjs" },
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: { js: 'import { createRequire as __atsCreateRequire } from "node:module"; const require = __atsCreateRequire(import.meta.url);' },
    logLevel: "silent",
  });
}

/** Bundles of older sources, once a day has passed (a server started before may still spawn threads from one). */
function removeStaleBundles(cacheDir: string, keep: string): void {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of readdirSync(cacheDir)) {
    const full = path.join(cacheDir, name);
    if (full !== keep && name.startsWith("pipeline-") && statSync(full).mtimeMs < dayAgo) rmSync(full, { recursive: true, force: true });
  }
}

/** A hash of every file under lib/ (path, size, modification time) and the compiler's version. */
function sourceHash(root: string, compilerVersion: string): string {
  const hash = createHash("sha256").update(compilerVersion);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        hash.update(`${path.relative(root, full)}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  walk(path.join(root, "lib"));
  mkdirSync(path.join(root, "node_modules", ".cache", "ats-check"), { recursive: true });
  return hash.digest("hex").slice(0, 16);
}
