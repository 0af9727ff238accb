/** Expands the paths given on the command line into the resume files to check, in order. */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Extensions picked up from a folder. The format itself is always sniffed from the bytes. */
export const RESUME_EXTENSIONS = new Set([".pdf", ".docx", ".doc"]);

/**
 * A file path is kept as given, whatever its name (it fails later with a reason if unreadable);
 * a folder contributes its resume files, not recursing, sorted by name.
 */
export function collectFiles(paths: string[]): string[] {
  return paths.flatMap((given) => {
    let isFolder = false;
    try {
      isFolder = statSync(given).isDirectory();
    } catch {
      return [given];
    }
    if (!isFolder) return [given];
    return readdirSync(given, { withFileTypes: true })
      .filter((entry) => entry.isFile() && RESUME_EXTENSIONS.has(path.extname(entry.name).toLowerCase()))
      .map((entry) => path.join(given, entry.name))
      .sort((a, b) => a.localeCompare(b));
  });
}
