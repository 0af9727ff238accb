/** When `npm start` and the browser tests decide to rebuild (scripts/build-freshness.mjs). */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildStaleReason } from "../../scripts/build-freshness.mjs";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project with app/page.tsx and a build stamped at t=2000 s; sources at t=1000 s. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), "ats-freshness-"));
  roots.push(root);
  mkdirSync(path.join(root, "app"));
  mkdirSync(path.join(root, ".next"));
  writeFileSync(path.join(root, "app/page.tsx"), "export default 1;");
  writeFileSync(path.join(root, ".next/BUILD_ID"), "x");
  for (const file of ["app/page.tsx", "app"]) utimesSync(path.join(root, file), 1000, 1000);
  utimesSync(path.join(root, ".next/BUILD_ID"), 2000, 2000);
  return root;
}

describe("buildStaleReason", () => {
  it("asks for a build when there is none", () => {
    const root = project();
    expect(buildStaleReason({ root, distDir: ".next-other" })).toBe("no build yet");
  });

  it("is satisfied when the build is newer than every input", () => {
    expect(buildStaleReason({ root: project(), distDir: ".next" })).toBeNull();
  });

  it("names a source file changed after the build", () => {
    const root = project();
    utimesSync(path.join(root, "app/page.tsx"), 3000, 3000);
    expect(buildStaleReason({ root, distDir: ".next" })).toBe("app/page.tsx changed since the last build");
  });

  it("notices a deleted file through its folder's time", () => {
    const root = project();
    rmSync(path.join(root, "app/page.tsx"));
    expect(buildStaleReason({ root, distDir: ".next" })).toBe("app changed since the last build");
  });

  it("checks only the inputs it is given", () => {
    const root = project();
    writeFileSync(path.join(root, "extra.json"), "{}");
    expect(buildStaleReason({ root, distDir: ".next", inputs: ["app"] })).toBeNull();
    expect(buildStaleReason({ root, distDir: ".next", inputs: ["app", "extra.json"] })).toBe("extra.json changed since the last build");
  });
});
