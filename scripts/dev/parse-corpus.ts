/**
 * Development aid for the parse stage: runs `parseResume` over the shared corpus and writes one
 * report-shaped JSON per file, so `../shared/tools/eval.py --outputs <dir>` can score the parser.
 *
 *   npx tsx scripts/dev/parse-corpus.ts [--out /tmp/parse-out] [--real] [--only substring] [--print]
 *
 * Documents come from scripts/dev/corpus-docs.ts (rough poppler/mammoth documents, or the real
 * readers with `--real`). Not part of the product or the test suite.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseResume } from "../../lib/parse";
import { buildDocument } from "./corpus-docs";

const CORPUS = "/work/shared/corpus";
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

async function main() {
  const out = option("--out", "/tmp/parse-out");
  const only = option("--only", "");
  mkdirSync(out, { recursive: true });
  for (const dir of ["pdf", "docx", "doc"]) {
    for (const name of readdirSync(path.join(CORPUS, dir)).sort()) {
      if (only && !name.includes(only)) continue;
      const file = path.join(CORPUS, dir, name);
      try {
        const document = await buildDocument(file, flag("--real"));
        const parsed = parseResume(document);
        const report = {
          file: { name, format: dir },
          ats: { text: parsed.text, warnings: [...document.findings, ...parsed.findings].map((f) => ({ ...f })) },
          contact: parsed.contact,
          sections: parsed.sections,
          experience: parsed.experience,
          education: parsed.education,
          skills: parsed.skills,
        };
        writeFileSync(path.join(out, `${name}.json`), JSON.stringify(report, null, 1));
        if (flag("--print")) {
          console.log(`=== ${name}`);
          console.log(JSON.stringify({ ...report, ats: { warnings: report.ats.warnings } }, null, 1));
        }
        if (flag("--text")) console.log(`=== ${name}\n${parsed.text}`);
      } catch (error) {
        console.error(`FAIL ${name}: ${(error as Error).stack}`);
      }
    }
  }
  if (!existsSync(out)) process.exit(1);
}

main();
