/**
 * `npm run eval -- <folder> [options]`: the project's own evaluation of the pipeline against labelled
 * resumes (the layout of ../shared/corpus: pdf/, docx/, doc/ and labels/*.json). Same metrics and
 * matching rules as ../shared/tools/eval.py, run in-process, with extra figures of our own.
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatEvaluation } from "./print-figures";
import { DEFAULT_TIMEOUT_MS, evaluateFolder, reportFileContent } from "./run-evaluation";

const USAGE = `usage: npm run eval -- <folder> [options]
  <folder>               holds the documents at the labels' "file" paths (pdf/, docx/, doc/)
  --labels DIR           label folder (default <folder>/labels)
  --only pdf,docx        only these formats
  --role SLUG            role profile to score (default ml-engineer)
  --timeout SECONDS      per-file limit (default ${DEFAULT_TIMEOUT_MS / 1000})
  --verbose, -v          list every miss (want vs got) per file
  --json FILE            write all figures, and per-file scores, to FILE
  --write-reports DIR    write each report as DIR/<file name>.json (for eval.py --outputs DIR)
  --outputs DIR          score stored reports DIR/<file name>.json instead of running the pipeline`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        labels: { type: "string" },
        only: { type: "string" },
        role: { type: "string", default: "ml-engineer" },
        timeout: { type: "string" },
        verbose: { type: "boolean", short: "v", default: false },
        json: { type: "string" },
        "write-reports": { type: "string" },
        outputs: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const timeoutSeconds = values.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(values.timeout);
  if (!(timeoutSeconds > 0)) {
    console.error(`--timeout must be a positive number of seconds\n${USAGE}`);
    return 2;
  }
  const docsDir = positionals[0];
  const formats = values.only?.split(",").map((f) => f.trim()).filter(Boolean);
  const showProgress = process.stderr.isTTY;

  const { results, figures } = await evaluateFolder({
    docsDir,
    labelsDir: values.labels,
    formats,
    role: values.role,
    timeoutMs: timeoutSeconds * 1000,
    outputsDir: values.outputs,
    onFile: (r, i, n) => {
      if (showProgress) process.stderr.write(`\r[${i + 1}/${n}] ${path.basename(r.label.file)}`.padEnd(80).slice(0, 80));
    },
  });
  if (showProgress) process.stderr.write("\r".padEnd(81) + "\r");

  for (const line of formatEvaluation(figures, results, values.verbose)) console.log(line);

  if (values.json) {
    const perFile = results.map((r) => ({
      file: r.label.file,
      ms: r.ms,
      error: r.error,
      schemaIssue: r.schemaIssue,
      score: r.score,
    }));
    writeFileSync(values.json, `${JSON.stringify({ ...figures, perFile }, null, 1)}\n`);
  }
  const reportsDir = values["write-reports"];
  if (reportsDir) {
    mkdirSync(reportsDir, { recursive: true });
    for (const r of results) {
      const bytes = statSafe(path.join(docsDir, r.label.file));
      const name = `${path.basename(r.label.file)}.json`;
      writeFileSync(path.join(reportsDir, name), `${JSON.stringify(reportFileContent(r, bytes))}\n`);
    }
  }
  return 0;
}

function statSafe(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

// Exit explicitly: a file given up on after its timeout may still hold the event loop open.
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
