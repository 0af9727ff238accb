/**
 * Development aid: prints the parser's view of one corpus file — each reading-order line with its
 * font size, bold flag, block start, and whether it was taken as a heading.
 *   npx tsx scripts/dev/show-lines.ts <substring of corpus file name> [--real]
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { parseLines } from "../../lib/parse/lines";
import { detectHeadings } from "../../lib/parse/sections/detect-headings";
import { buildDocument } from "./corpus-docs";

const CORPUS = "/work/shared/corpus";

async function main() {
  const [needle] = process.argv.slice(2);
  for (const dir of ["pdf", "docx", "doc"]) {
    for (const name of readdirSync(path.join(CORPUS, dir))) {
      if (!name.includes(needle)) continue;
      const doc = await buildDocument(path.join(CORPUS, dir, name), process.argv.includes("--real"));
      const parsed = parseLines(doc);
      const headings = new Map(detectHeadings(parsed).map((h) => [h.line, h]));
      console.log(`=== ${name} body=${parsed.body.fontSize} bold=${parsed.body.bold}`);
      for (const l of parsed.lines) {
        const h = headings.get(l.index);
        const mark = h ? `[H ${h.kind ?? "?"} ${h.match}]` : "";
        console.log(
          `${String(l.index).padStart(3)} ${l.blockStart ? "¶" : " "} ${String(l.fontSize ?? "-").padStart(4)} ${l.bold ? "B" : " "} ${l.listItem ? "L" : " "} ${l.source[0]} ${mark} ${JSON.stringify(l.raw).slice(0, 110)}`,
        );
      }
    }
  }
}

main();
