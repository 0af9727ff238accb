/**
 * Raw pages (glyphs, paint, rules, images) → the document model: layout-aware blocks, stream text
 * and the findings of every check, page by page.
 */
import type { Block, DocumentMetadata, ExtractedDocument, Page, TextSource } from "../model";
import { clip, finding, type Finding } from "../../warnings/finding";
import { regionBlocks, type PlacedBlock } from "./blocks";
import { detectLayout, type PageLayout } from "./columns";
import { contains, intersect } from "./geometry";
import { buildFragments } from "./fragments";
import { classifyGlyphs, garbledFinding, iconFinding, separateDingbatIcons } from "./glyphs";
import { findRunningLines, fragmentText } from "./header-footer";
import { hiddenTextFindings, markHiddenGlyphs } from "./hidden-text";
import { anchorIcons } from "./icon-anchors";
import { markIconBullets } from "./icon-bullets";
import { pageImages } from "./images";
import { collapseLetterSpacing, type SpacedRun } from "./letter-spacing";
import { ligatureFinding } from "./ligatures";
import type { RawPage } from "./read-page";
import { streamText } from "./stream-text";
import { vectorIconFinding } from "./vector-icons";
import { alignedTables, ruledTables, tableFinding, type DetectedTable } from "./tables";
import type { Fragment } from "./types";

export function buildDocument(raw: RawPage[], metadata: DocumentMetadata): ExtractedDocument {
  classifyGlyphs(raw.map((p) => p.graphics.glyphs));
  const spaced: SpacedRun[][] = [];
  const fragments = raw.map((p) => {
    const frags = buildFragments(p.graphics.glyphs);
    separateDingbatIcons(frags);
    spaced.push(frags.flatMap(collapseLetterSpacing));
    const kept = frags.filter((f) => f.glyphs.length > 0);
    anchorIcons(kept, p.graphics.glyphs);
    return kept;
  });
  markIconBullets(fragments);
  const running = findRunningLines(raw.map((p, i) => ({ fragments: fragments[i], height: p.height })));
  const findings: Finding[] = [...running.findings];
  const pages: Page[] = [];
  const streams: string[] = [];
  raw.forEach((p, i) => {
    const n = p.number;
    // Hidden glyphs are marked before lines are built, so their spans say so.
    const hidden = markHiddenGlyphs(p.graphics, p.box);
    const header = running.header[i];
    const footer = running.footer[i];
    const body = fragments[i].filter((f) => !header.has(f) && !footer.has(f));
    // Text placed off the page (hidden, or a broken matrix) has no place in the layout; it is read last.
    const onPage = body.filter((f) => contains(p.box, (f.box.x0 + f.box.x1) / 2, (f.box.y0 + f.box.y1) / 2));
    const offPage = body.filter((f) => !contains(p.box, (f.box.x0 + f.box.x1) / 2, (f.box.y0 + f.box.y1) / 2));
    const ruled = ruledTables(p.graphics.rules, onPage);
    const layout = detectLayout(onPage, ruled.map((t) => t.box));
    const regions = layout.regions.map((r) => regionBlocks(r, n));
    const placed: PlacedBlock[] = [
      ...regionBlocks({ fragments: [...header], column: null }, n, "header"),
      ...regions.flat(),
      ...regionBlocks({ fragments: offPage, column: null }, n),
      ...regionBlocks({ fragments: [...footer], column: null }, n, "footer"),
    ];
    // Borderless tables are looked for within one layout region: columns are not a table.
    const aligned = regions.flatMap((blocks) => alignedTables(blocks.flatMap((b) => b.lines)));
    // Text inside a ruled table also lines up: report the grid once.
    const tables = [...ruled, ...aligned.filter((a) => !ruled.some((r) => intersect(r.box, a.box)))];
    const withTables = tables.length ? placed.flatMap((b) => splitAtTables(b, tables)) : placed;

    const images = pageImages(p.graphics, p.box, n);
    const stream = streamText(p.graphics.glyphs);
    streams.push(stream);
    findings.push(
      ...columnFindings(layout, n),
      ...tables.map((t) => tableFinding(t, onPage, n)),
      ...images.findings,
      ...hiddenTextFindings(p.graphics, p.box, n, hidden),
      ...[
        garbledFinding(p.graphics.glyphs, n),
        iconFinding(p.graphics.glyphs, n),
        vectorIconFinding(p.graphics.regions, fragments[i], n),
        ligatureFinding(stream, n),
      ].filter((f) => f !== null),
      ...spacingFindings(spaced[i], n),
    );
    pages.push({
      number: n,
      width: p.width,
      height: p.height,
      blocks: withTables.map((b) => b.block).filter((b: Block) => b.lines.length > 0),
      hasTextLayer: images.hasTextLayer,
      columns: layout.columns,
      imageCount: images.count,
    });
  });
  findings.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
  return {
    format: "pdf",
    pageCount: raw.length,
    pages,
    streamText: streams.join("\n\n"),
    findings,
    metadata,
  };
}

/** A block whose lines run into or out of a table is cut there; the table part gets source "table". */
function splitAtTables(placed: PlacedBlock, tables: DetectedTable[]): PlacedBlock[] {
  if (placed.block.source !== "body") return [placed];
  const out: PlacedBlock[] = [];
  placed.lines.forEach((line, i) => {
    const source: TextSource = inTable(line.fragments, tables) ? "table" : "body";
    const last = out[out.length - 1];
    if (last && last.block.source === source) {
      last.lines.push(line);
      last.block.lines.push(placed.block.lines[i]);
    } else {
      out.push({ block: { ...placed.block, source, lines: [placed.block.lines[i]] }, lines: [line] });
    }
  });
  return out;
}

function inTable(fragments: Fragment[], tables: DetectedTable[]): boolean {
  return tables.some((t) =>
    t.lines
      ? t.lines.some((l) => l.fragments === fragments)
      : fragments.every((f) => {
          const cx = (f.box.x0 + f.box.x1) / 2, cy = (f.box.y0 + f.box.y1) / 2;
          return cx >= t.box.x0 && cx <= t.box.x1 && cy >= t.box.y0 && cy <= t.box.y1;
        }),
  );
}

function columnFindings(layout: PageLayout, page: number): Finding[] {
  if (layout.columns < 2 || layout.gutters.length === 0) return [];
  const g = layout.gutters[0];
  const start = (frags: Fragment[]) =>
    clip(
      [...frags]
        .sort((a, b) => a.baseline - b.baseline || a.box.x0 - b.box.x0)
        .slice(0, 3)
        .map(fragmentText)
        .join(" ")
        .split(/\s+/)
        .slice(0, 4)
        .join(" "),
      40,
    );
  const evidence = `page ${page}: ${layout.columns} columns, gutter near x=${Math.round((g.x0 + g.x1) / 2)}pt; left starts "${start(g.left)}", right starts "${start(g.right)}"`;
  return [finding("multi_column", evidence, page)];
}

function spacingFindings(runs: SpacedRun[], page: number): Finding[] {
  if (runs.length === 0) return [];
  const examples = runs.slice(0, 2).map((r) => `"${r.printed}" → "${r.collapsed}"`).join(", ");
  return [finding("letter_spacing", `page ${page}: ${examples}`, page, runs.length)];
}
