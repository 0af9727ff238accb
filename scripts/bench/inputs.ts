/**
 * The resumes a benchmark reads: every PDF, DOCX and DOC under the given folders (default the
 * committed fixtures), minus those the pipeline refuses (the bad-input fixtures: encrypted, damaged,
 * not a document), which measure nothing about reading a resume.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { DocumentFormat } from "../../lib/extract/model";
import { analyzeFile } from "../../lib/report/analyze-file";

export interface BenchInput {
  file: string;
  name: string;
  format: DocumentFormat;
  bytes: Uint8Array;
  pages: number;
}

export const DEFAULT_DIRS = ["tests/fixtures/pdf", "tests/fixtures/docx", "tests/fixtures/doc"];

export async function loadInputs(dirs: readonly string[]): Promise<{ inputs: BenchInput[]; refused: string[] }> {
  const inputs: BenchInput[] = [];
  const refused: string[] = [];
  for (const file of dirs.flatMap(listDocuments)) {
    const bytes = new Uint8Array(readFileSync(file));
    try {
      const report = await analyzeFile(bytes, { fileName: path.basename(file) });
      inputs.push({ file, name: path.basename(file), format: report.file.format, bytes, pages: report.file.pages });
    } catch {
      refused.push(path.basename(file));
    }
  }
  return { inputs, refused };
}

function listDocuments(dir: string): string[] {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) throw new Error(`no such folder: ${dir}`);
  if (stat.isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listDocuments(full);
    return /\.(pdf|docx|doc)$/i.test(entry.name) ? [full] : [];
  }).sort();
}
