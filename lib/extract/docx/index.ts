/**
 * DOCX reader: a Word package → the document model.
 *
 * One walk over the package's own XML gives the body (paragraphs, tables, text boxes in layout
 * order), the headers and footers mammoth skips, and the facts an ATS trips over (text boxes,
 * tables, columns, pictures, icon glyphs, hidden text). Reading order: headers, then the body
 * section by section (one model page per section), then footers.
 */
import { InputError } from "../../errors";
import type { Block, ExtractedDocument, Page } from "../model";
import { docxFindings, type SectionColumns } from "./findings";
import { newDocxFacts } from "./facts";
import { openWordPackage, type Relationship, type WordPackage } from "./package";
import { pageCount, readProperties } from "./properties";
import { StoryReader, type StoryContext, type StorySection } from "./story";
import { StyleSheet, readThemeFonts, isOn } from "./styles";
import { attr, child, elements, findAll, type XmlElement } from "./xml";

const TWIPS_PER_POINT = 20;
const EMU_PER_TWIP = 635;
/** US Letter, Word's default when a section states no size. */
const DEFAULT_PAGE_TWIPS = { width: 12240, height: 15840 };

export async function readDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  const pkg = await openWordPackage(bytes);
  const documentPart = await mainDocumentPart(pkg);
  const rels = await pkg.relationships(documentPart);
  const partOf = (type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`) && !r.external)?.target ?? null;

  const [documentXml, stylesXml, themeXml, settingsXml, coreXml, appXml] = await Promise.all([
    pkg.xml(documentPart),
    optionalXml(pkg, partOf("styles") ?? "word/styles.xml"),
    optionalXml(pkg, partOf("theme")),
    optionalXml(pkg, partOf("settings")),
    optionalXml(pkg, "docProps/core.xml"),
    optionalXml(pkg, "docProps/app.xml"),
  ]);
  const body = child(documentXml ?? undefined, "w:body");
  if (!documentXml || !body) throw new InputError("corrupt", "the main document part has no body");

  const styles = new StyleSheet(stylesXml, readThemeFonts(themeXml));
  const facts = newDocxFacts();
  const sectPrs = findAll(body, "w:sectPr");
  const firstSize = pageSize(sectPrs[sectPrs.length - 1]);
  const ctx: StoryContext = {
    styles,
    facts,
    pageColored: pageIsColored(documentXml),
    pageEmu: { width: firstSize.width * EMU_PER_TWIP, height: firstSize.height * EMU_PER_TWIP },
    links: externalLinks(rels),
  };

  const bodyReader = new StoryReader(ctx, "body");
  bodyReader.readContainer(body);
  bodyReader.finish();
  const sections = bodyReader.sections.filter((s) => s.blocks.length > 0 || s.sectPr);

  const evenAndOdd = !!child(settingsXml ?? undefined, "w:evenAndOddHeaders");
  const header = await readHeaderFooter(pkg, rels, sectPrs, "header", ctx, evenAndOdd);
  const footer = await readHeaderFooter(pkg, rels, sectPrs, "footer", ctx, evenAndOdd);

  const notes = await readNotes(pkg, partOf, ctx);
  const pages = toPages(sections, header, { blocks: [...notes, ...footer.blocks], images: footer.images });
  const sectionColumns: SectionColumns[] = sections.map((s) => ({
    columns: columnCount(s.sectPr),
    firstWords: firstWords(s.blocks),
  }));
  const properties = readProperties(coreXml, appXml);
  const textLength = pages.reduce((n, p) => n + p.blocks.reduce((m, b) => m + b.lines.reduce((k, l) => k + l.text.length, 0), 0), 0);

  return {
    format: "docx",
    pageCount: pageCount({
      storedPages: properties.storedPages,
      pageBreaks: facts.pageBreaks,
      renderedPageBreaks: facts.renderedPageBreaks,
      textLength,
    }),
    pages,
    streamText: bodyReader.streamText,
    findings: docxFindings(facts, { header: header.blocks, footer: footer.blocks }, sectionColumns),
    metadata: properties.metadata,
  };
}

/** The main document part named by the package relationships (almost always word/document.xml). */
async function mainDocumentPart(pkg: WordPackage): Promise<string> {
  const rels = await pkg.relationships("");
  for (const rel of rels.values()) {
    if (rel.type.endsWith("/officeDocument") && !rel.external && pkg.has(rel.target)) return rel.target;
  }
  return "word/document.xml";
}

async function optionalXml(pkg: WordPackage, name: string | null): Promise<XmlElement | null> {
  return name ? pkg.xml(name) : null;
}

interface HeaderFooterResult {
  blocks: Block[];
  images: number;
}

/**
 * Reads the header (or footer) parts the sections actually display, in section order, each distinct
 * text once: Word often repeats the same header for the first page and the rest.
 */
async function readHeaderFooter(
  pkg: WordPackage,
  rels: Awaited<ReturnType<WordPackage["relationships"]>>,
  sectPrs: XmlElement[],
  kind: "header" | "footer",
  ctx: StoryContext,
  evenAndOdd: boolean,
): Promise<HeaderFooterResult> {
  const targets: string[] = [];
  for (const sectPr of sectPrs) {
    const titlePage = child(sectPr, "w:titlePg") && isOn(attr(child(sectPr, "w:titlePg"), "w:val"));
    for (const ref of elements(sectPr, `w:${kind}Reference`)) {
      const type = attr(ref, "w:type") ?? "default";
      if ((type === "first" && !titlePage) || (type === "even" && !evenAndOdd)) continue;
      const rel = rels.get(attr(ref, "r:id") ?? "");
      if (rel && !rel.external && rel.type.endsWith(`/${kind}`) && !targets.includes(rel.target)) targets.push(rel.target);
    }
  }
  const blocks: Block[] = [];
  const seen = new Set<string>();
  let images = 0;
  for (const target of targets) {
    const root = await pkg.xml(target);
    if (!root) continue;
    const reader = new StoryReader({ ...ctx, links: externalLinks(await pkg.relationships(target)) }, kind);
    reader.readContainer(root);
    const partBlocks = reader.allBlocks().filter((b) => b.lines.length > 0);
    images += reader.sections.reduce((n, s) => n + s.images, 0);
    const key = partBlocks.map((b) => b.lines.map((l) => l.text).join("\n")).join("\n\n");
    if (!key || seen.has(key)) continue;
    seen.add(key);
    blocks.push(...partBlocks);
  }
  return { blocks, images };
}

/** Footnotes and endnotes (Word's separator notes skipped), as "footnote" blocks. */
async function readNotes(pkg: WordPackage, partOf: (type: string) => string | null, ctx: StoryContext): Promise<Block[]> {
  const blocks: Block[] = [];
  for (const [type, element] of [["footnotes", "w:footnote"], ["endnotes", "w:endnote"]] as const) {
    const part = partOf(type);
    const root = await optionalXml(pkg, part);
    if (!root || !part) continue;
    const partCtx = { ...ctx, links: externalLinks(await pkg.relationships(part)) };
    for (const note of elements(root, element)) {
      if ((attr(note, "w:type") ?? "normal") !== "normal") continue;
      const reader = new StoryReader(partCtx, "footnote");
      reader.readContainer(note);
      blocks.push(...reader.allBlocks().filter((b) => b.lines.length > 0));
    }
  }
  return blocks;
}

/** A part's hyperlink targets: its external relationships of type hyperlink, by id. */
function externalLinks(rels: Map<string, Relationship>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, rel] of rels) if (rel.external && rel.type.endsWith("/hyperlink")) out.set(id, rel.target);
  return out;
}

/** One model page per section; headers lead the first page, footers close the last. */
function toPages(sections: StorySection[], header: HeaderFooterResult, footer: HeaderFooterResult): Page[] {
  const list = sections.length ? sections : [{ blocks: [], sectPr: null, images: 0 }];
  return list.map((section, i) => {
    const size = pageSize(section.sectPr);
    const blocks = [
      ...(i === 0 ? header.blocks : []),
      ...section.blocks,
      ...(i === list.length - 1 ? footer.blocks : []),
    ];
    const images = section.images + (i === 0 ? header.images : 0) + (i === list.length - 1 ? footer.images : 0);
    return {
      number: i + 1,
      width: size.width / TWIPS_PER_POINT,
      height: size.height / TWIPS_PER_POINT,
      blocks,
      hasTextLayer: true,
      columns: columnCount(section.sectPr),
      imageCount: images,
    };
  });
}

function pageSize(sectPr: XmlElement | null | undefined): { width: number; height: number } {
  const pgSz = child(sectPr ?? undefined, "w:pgSz");
  const width = Number(attr(pgSz, "w:w"));
  const height = Number(attr(pgSz, "w:h"));
  return width > 0 && height > 0 ? { width, height } : DEFAULT_PAGE_TWIPS;
}

/** Newspaper columns of a section: w:cols w:num, or its explicit w:col list. */
function columnCount(sectPr: XmlElement | null): number {
  const cols = child(sectPr ?? undefined, "w:cols");
  if (!cols) return 1;
  const explicit = elements(cols, "w:col").length;
  const num = Number(attr(cols, "w:num") ?? 1);
  return Math.max(1, explicit || (Number.isFinite(num) ? num : 1));
}

/** A w:background colour other than white shows behind the text (Word displays it on screen). */
function pageIsColored(documentXml: XmlElement): boolean {
  const color = (attr(child(documentXml, "w:background"), "w:color") ?? "auto").toUpperCase();
  return color !== "AUTO" && color !== "FFFFFF";
}

function firstWords(blocks: Block[]): string {
  const text = blocks.flatMap((b) => b.lines.map((l) => l.text)).join(" ");
  return text.split(/\s+/).filter(Boolean).slice(0, 6).join(" ");
}
