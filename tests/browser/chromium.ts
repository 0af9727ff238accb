/** Debian's Chromium, driven by playwright-core (no browser download, ever). */
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";

export function chromiumMissing(): boolean {
  return !existsSync(CHROMIUM);
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
