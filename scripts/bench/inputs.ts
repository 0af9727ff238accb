/**
 * The resumes a benchmark reads: every PDF, DOCX and DOC under the given folders (default the
 * committed fixtures), minus those the pipeline refuses (the bad-input fixtures: encrypted, damaged,
 * not a document), which measure nothing about reading a resume.
 *
 * Each file is read through the worker pool first, with its time limit: the timed runs are
 * in-process (stage by stage), where a file that stalls pdf.js inside one synchronous call would
 * hang the benchmark for good. Such a file is refused here (`timeout`) and never read in-process.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describeError } from "../../lib/errors";
import type { DocumentFormat } from "../../lib/extract/model";
import { analyzeFile } from "../../lib/report/analyze-file";
import { createAnalyzePool } from "../../server/pool/analyze-pool";

export interface BenchInput {
  file: string;
  name: string;
  format: DocumentFormat;
  bytes: Uint8Array;
  pages: number;
}

export const DEFAULT_DIRS = ["tests/fixtures/pdf", "tests/fixtures/docx", "tests/fixtures/doc"];

export async function loadInputs(dirs: readonly string[]): Promise<{ inputs: BenchInput[]; refused: string[] }> {
  const files = dirs.flatMap(listDocuments).map((file) => ({ file, bytes: new Uint8Array(readFileSync(file)) }));
  const checked = await checkInPool(files);
  const inputs: BenchInput[] = [];
  const refused: string[] = [];
  for (const [i, { file, bytes }] of files.entries()) {
    const name = path.basename(file);
    if (checked[i]) {
      refused.push(`${name} (${checked[i]})`);
      continue;
    }
    // The in-process warm-up, on files the pool has shown to finish.
    const report = await analyzeFile(bytes, { fileName: name });
    inputs.push({ file, name, format: report.file.format, bytes, pages: report.file.pages });
  }
  return { inputs, refused };
}

/** Per file, null when the pool read it, else the error code it was refused with. */
async function checkInPool(files: ReadonlyArray<{ file: string; bytes: Uint8Array }>): Promise<Array<string | null>> {
  const pool = createAnalyzePool();
  try {
    return await Promise.all(
      files.map(({ file, bytes }) =>
        pool.analyze(bytes, { fileName: path.basename(file) }).then(
          () => null,
          (error: unknown) => describeError(error).code,
        ),
      ),
    );
  } finally {
    await pool.destroy();
  }
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
