/**
 * The PDF reader's layout steps on glyphs built in code: word breaks, letter spacing, columns,
 * label columns, hidden text and tables, without a PDF in sight.
 */
import { describe, expect, it } from "vitest";
import { detectLayout } from "../../lib/extract/pdf/columns";
import { buildFragments } from "../../lib/extract/pdf/fragments";
import { anchorIcons } from "../../lib/extract/pdf/icon-anchors";
import { markIconBullets } from "../../lib/extract/pdf/icon-bullets";
import { buildLines } from "../../lib/extract/pdf/lines";
import { fragmentText } from "../../lib/extract/pdf/header-footer";
import { contrast, hiddenTextFindings } from "../../lib/extract/pdf/hidden-text";
import { collapseLetterSpacing } from "../../lib/extract/pdf/letter-spacing";
import { streamText } from "../../lib/extract/pdf/stream-text";
import { ruledTables } from "../../lib/extract/pdf/tables";
import type { FontInfo, Fragment, Glyph, PageGraphics, Rule } from "../../lib/extract/pdf/types";

const FONT: FontInfo = { id: "f1", name: "Helvetica", bold: false, italic: false, icon: false, dingbat: false, ascent: 0.8, descent: -0.2 };
let seq = 0;

/** Glyphs for `text` from (x, baseline), each `advance` wide plus `gap` of tracking. */
function glyphs(text: string, x: number, y: number, opts: { size?: number; advance?: number; gap?: number; color?: Glyph["color"] } = {}): Glyph[] {
  const size = opts.size ?? 10;
  const advance = opts.advance ?? size * 0.5;
  const out: Glyph[] = [];
  let cx = x;
  for (const ch of text) {
    out.push({
      text: ch, x: cx, y, width: ch === " " ? size * 0.25 : advance, size, angle: 0, font: FONT, space: ch === " ",
      color: opts.color ?? [0, 0, 0], invisible: false, slanted: false, stroked: false, seq: seq++, paintIndex: 0, role: "text",
      code: null, glyphName: null, link: null, hidden: false,
    });
    cx += (ch === " " ? size * 0.25 : advance) + (opts.gap ?? 0);
  }
  return out;
}

const texts = (frags: Fragment[]) => frags.map(fragmentText);

describe("fragments", () => {
  it("breaks words at spaces and at gaps a space wide, and cuts fragments at large gaps", () => {
    const frags = buildFragments([...glyphs("Data Engineer", 50, 100), ...glyphs("at", 120, 100), ...glyphs("2021", 400, 100)]);
    expect(texts(frags)).toEqual(["Data Engineer at", "2021"]);
  });

  it("keeps ideographs together", () => {
    const frags = buildFragments(glyphs("数据工程师", 50, 100, { advance: 10, gap: 0.5 }));
    expect(texts(frags)).toEqual(["数据工程师"]);
  });

  it("reads a gap of a third of an em between ideographs as a space (a given name and a family name)", () => {
    const frags = buildFragments([...glyphs("小龙", 50, 100, { advance: 10 }), ...glyphs("李", 73, 100, { advance: 10 })]);
    expect(texts(frags)).toEqual(["小龙 李"]);
  });

  it("drops a character overprinted a hair to the side (fake bold) and marks it bold", () => {
    const frags = buildFragments([...glyphs("Maria", 50, 100), ...glyphs("Maria", 50.3, 100)]);
    expect(texts(frags)).toEqual(["Maria"]);
    expect(frags[0].glyphs.every((g) => g.stroked)).toBe(true);
  });

  it("keeps a bullet hung at its own tab stop with its text", () => {
    const frags = buildFragments([...glyphs("•", 50, 100), ...glyphs("Built pipelines", 70, 100)]);
    expect(texts(frags)).toEqual(["• Built pipelines"]);
  });
});

describe("icons beside text", () => {
  const AWESOME: FontInfo = { ...FONT, id: "fa", name: "FontAwesome5Brands-Regular", icon: true };
  const icon = (x: number, glyphName: string | null, text = "\uf09b"): Glyph => ({
    ...glyphs("x", x, 100)[0], text, font: AWESOME, role: "icon", glyphName,
  });

  it("anchors each icon to the text it introduces and keeps its meaning as an icon span", () => {
    const text = [...glyphs("jane-doe", 62, 100), ...glyphs("janedoe", 132, 100)];
    const frags = buildFragments([icon(50, "linkedin-in", "ï"), ...text, icon(120, "github", "§")]);
    anchorIcons(frags, [icon(50, "linkedin-in", "ï"), icon(120, "github", "§")]);
    const [line] = buildLines(frags, 1).map((l) => l.line);
    expect(line.text).toBe("jane-doe\tjanedoe");
    expect(line.spans.map((s) => [s.text, s.icon])).toEqual([["", "linkedin"], ["jane-doe", null], ["\t", "github"], ["janedoe", null]]);
  });

  it("takes one unknown icon glyph opening three aligned list items for a bullet, and marks the lines as list items", () => {
    const circle = (y: number): Glyph => ({ ...glyphs("x", 50, y)[0], text: "{", font: { ...FONT, id: "mv", name: "MarVoSym", icon: true }, role: "icon", code: 123 });
    const bullets = [100, 114, 128].map(circle);
    const text = [100, 114, 128].flatMap((y, i) => glyphs(`Achievement ${i + 1}`, 62, y));
    const frags = buildFragments([...bullets, ...text]);
    anchorIcons(frags, bullets);
    markIconBullets([frags]);
    const lines = buildLines(frags, 1).map((l) => l.line);
    expect(lines.map((l) => [l.text, l.listItem, l.spans[0].icon])).toEqual([
      ["Achievement 1", true, "bullet"],
      ["Achievement 2", true, "bullet"],
      ["Achievement 3", true, "bullet"],
    ]);
  });

  it("leaves pictograms with a meaning, and icons repeated at different places, as icons", () => {
    const phone = (x: number, y: number): Glyph => ({ ...icon(x, "phone", "\uf095"), y });
    const other = (x: number, y: number): Glyph => ({ ...icon(x, null, "\uf005"), y });
    const placed = [phone(50, 100), phone(50, 114), phone(50, 128), other(50, 150), other(150, 164), other(250, 178)];
    const text = [...glyphs("555 0100", 62, 100), ...glyphs("555 0101", 62, 114), ...glyphs("555 0102", 62, 128), ...glyphs("Star one", 62, 150), ...glyphs("Star two", 162, 164), ...glyphs("Star three", 262, 178)];
    const frags = buildFragments([...placed, ...text]);
    anchorIcons(frags, placed);
    markIconBullets([frags]);
    expect(placed.map((g) => g.role)).toEqual(["icon", "icon", "icon", "icon", "icon", "icon"]);
  });

  it("leaves the same icon before each heading as an icon: headings are larger than the body", () => {
    const star = (y: number): Glyph => ({ ...icon(50, null, "\uf005"), y, size: 14 });
    const heads = [100, 200, 300].map(star);
    const text = [100, 200, 300].flatMap((y, i) => [...glyphs(["Experience", "Education", "Skills"][i], 66, y, { size: 14 }), ...block(`body ${i}`, 50, y + 20, 5)]);
    const frags = buildFragments([...heads, ...text]);
    anchorIcons(frags, heads);
    markIconBullets([frags]);
    expect(heads.map((g) => g.role)).toEqual(["icon", "icon", "icon"]);
  });

  it("turns a gap wider than 1.5 em between fragments into a tab, a narrower one into a space", () => {
    const frags = buildFragments([...glyphs("Engineer", 50, 100), ...glyphs("Acme", 50 + 8 * 5 + 12, 100), ...glyphs("2021", 300, 100)]);
    expect(buildLines(frags, 1)[0].line.text).toBe("Engineer Acme\t2021");
  });
});

describe("letter spacing", () => {
  it("collapses tracked capitals into words, splitting where the gap is wider", () => {
    const frags = buildFragments([...glyphs("MARIA", 50, 100, { gap: 3 }), ...glyphs("SANTOS", 50 + 5 * 8 + 8, 100, { gap: 3 })]);
    const runs = frags.flatMap(collapseLetterSpacing);
    expect(runs).toEqual([{ printed: "M A R I A S A N T O S", collapsed: "MARIA SANTOS", words: 2 }]);
    expect(texts(frags)).toEqual(["MARIA SANTOS"]);
  });

  it("leaves short runs, ordinary words and character tables alone", () => {
    for (const sample of ["a b c", "Python and Go", "α β γ δ ε ζ η θ"]) {
      const frags = buildFragments(glyphs(sample, 50, 100));
      expect(frags.flatMap(collapseLetterSpacing)).toEqual([]);
    }
  });
});

/** `n` lines of text at x from baseline `top`, `pitch` apart. */
function block(prefix: string, x: number, top: number, n: number, pitch = 14): Glyph[] {
  return Array.from({ length: n }, (_, i) => glyphs(`${prefix} line ${i + 1} of text`, x, top + i * pitch)).flat();
}

describe("columns", () => {
  it("reads a banner, then the left column, then the right column", () => {
    const frags = buildFragments([
      ...glyphs("Maria Santos Data Engineer with a long banner line", 50, 60),
      ...block("left", 50, 100, 20),
      ...block("right", 320, 100, 18, 15),
    ]);
    const layout = detectLayout(frags);
    expect(layout.columns).toBe(2);
    expect(layout.regions.map((r) => [r.column, fragmentText(r.fragments.sort((a, b) => a.baseline - b.baseline)[0])])).toEqual([
      [null, "Maria Santos Data Engineer with a long banner line"],
      [0, "left line 1 of text"],
      [1, "right line 1 of text"],
    ]);
    expect(layout.gutters[0].x0).toBeGreaterThan(130);
    expect(layout.gutters[0].x1).toBeLessThanOrEqual(320);
  });

  it("reads dates in a margin column with the lines they label, as one column", () => {
    const g: Glyph[] = [];
    for (let job = 0; job < 4; job++) {
      const top = 100 + job * 80;
      g.push(...glyphs(`2019–202${job}`, 50, top));
      g.push(...block(`job ${job}`, 160, top, 5));
    }
    const layout = detectLayout(buildFragments(g));
    expect(layout.columns).toBe(1);
    expect(layout.gutters).toEqual([]);
    expect(layout.regions).toHaveLength(1);
    expect(layout.regions[0].labels!.map(fragmentText)).toEqual(["2019–2020", "2019–2021", "2019–2022", "2019–2023"]);
  });

  it("reads section headings set in the margin under a sidebar with the text beside them", () => {
    const g: Glyph[] = [...block("contact", 50, 100, 10, 12), ...block("intro", 200, 100, 6)];
    // "Experience" in a gap of the body, the sub-heading "Freelance" beside the first role.
    g.push(...glyphs("Education", 50, 260, { size: 14 }), ...block("school", 200, 260, 3));
    g.push(...glyphs("Experience", 50, 320, { size: 14 }), ...glyphs("Freelance", 50, 338, { size: 12 }), ...block("role", 200, 338, 4));
    g.push(...glyphs("Skills", 50, 420, { size: 14 }), ...block("skill", 200, 420, 2));
    const layout = detectLayout(buildFragments(g));
    const labelled = layout.regions.find((r) => r.labels?.length);
    expect(labelled?.labels!.map(fragmentText)).toEqual(["Education", "Experience", "Freelance", "Skills"]);
    expect(texts(labelled!.fragments)).toContain("role line 1 of text");
  });

  it("reads a heading wrapped over several lines in the margin as a label column", () => {
    const g: Glyph[] = ["Volunteering", "and Community", "Work"].flatMap((w, i) => glyphs(w, 50, 100 + i * 11, { size: 9 }));
    g.push(...block("body", 150, 100, 30));
    const layout = detectLayout(buildFragments(g));
    expect(layout.columns).toBe(1);
    expect(layout.regions[0].labels!.map(fragmentText)).toEqual(["Volunteering", "and Community", "Work"]);
  });

  it("reads a right sidebar set on the body's line grid to its end, even where its last blocks line up with body lines", () => {
    // Every sidebar line sits on a body baseline (same 14pt pitch): the closing heading and two-line
    // block are sidebar text, not margin labels of the body beside them.
    const g: Glyph[] = [...block("body", 50, 100, 30), ...block("profile", 330, 100, 10)];
    g.push(...glyphs("Interests", 330, 268, { size: 12 }), ...block("hobby", 330, 296, 2));
    g.push(...glyphs("June 2, 2024", 450, 700));
    const layout = detectLayout(buildFragments(g));
    expect(layout.columns).toBe(2);
    expect(layout.regions.every((r) => !r.labels?.length)).toBe(true);
    const left = layout.regions.find((r) => r.column === 0)!;
    const right = layout.regions.find((r) => r.column === 1)!;
    expect(texts(left.fragments)).toContain("body line 30 of text");
    expect(texts(right.fragments)).toEqual(expect.arrayContaining(["Interests", "hobby line 1 of text", "hobby line 2 of text"]));
    expect(layout.regions.indexOf(left)).toBeLessThan(layout.regions.indexOf(right));
  });

  it("keeps a centred contact row above the columns even though no piece of it crosses the gutter", () => {
    const frags = buildFragments([
      ...glyphs("Austin, TX", 60, 60),
      ...glyphs("+1 555 0100", 200, 60),
      ...glyphs("maria@example.com", 340, 60),
      ...block("left", 50, 100, 20),
      ...block("right", 230, 100, 18, 15),
    ]);
    const layout = detectLayout(frags);
    expect(layout.columns).toBe(2);
    expect(layout.regions[0].column).toBeNull();
    expect(texts(layout.regions[0].fragments).sort()).toEqual(["+1 555 0100", "Austin, TX", "maria@example.com"]);
  });

  it("finds no columns in a single column with right-aligned dates", () => {
    const g: Glyph[] = [];
    for (let job = 0; job < 4; job++) {
      const top = 100 + job * 80;
      g.push(...glyphs("Senior Engineer, Acme", 50, top), ...glyphs("2019 – 2021", 480, top));
      g.push(...glyphs("• Built and ran the data platform that every team in the company relied on daily", 50, top + 14));
      g.push(...glyphs("• Cut costs", 50, top + 28));
    }
    expect(detectLayout(buildFragments(g)).columns).toBe(1);
  });
});

function page(glyphList: Glyph[], regions: PageGraphics["regions"] = [], images: PageGraphics["images"] = []): PageGraphics {
  return { glyphs: glyphList, regions, rules: [], images, pathCount: 0 };
}
const PAGE = { x0: 0, y0: 0, x1: 595, y1: 842 };

describe("hidden text", () => {
  it("reports white text on white paper but not on a dark panel", () => {
    const onPaper = glyphs("kubernetes terraform", 50, 700, { color: [1, 1, 1] });
    expect(hiddenTextFindings(page(onPaper), PAGE, 1)).toEqual([
      { code: "hidden_text", page: 1, count: 2, evidence: 'page 1: white text "kubernetes terraform"' },
    ]);
    const panel = { box: { x0: 0, y0: 0, x1: 200, y1: 842 }, paint: [0.1, 0.2, 0.3] as [number, number, number], kind: "fill" as const };
    const onPanel = glyphs("Skills", 20, 100, { color: [1, 1, 1] }).map((g) => ({ ...g, paintIndex: 1 }));
    expect(hiddenTextFindings(page(onPanel, [panel]), PAGE, 1)).toEqual([]);
  });

  it("does not report the invisible OCR layer over a scanned page", () => {
    const scan = { box: PAGE, paint: "pattern" as const, kind: "image" as const };
    const ocr = glyphs("Maria Santos", 50, 60).map((g) => ({ ...g, invisible: true, paintIndex: 1 }));
    expect(hiddenTextFindings(page(ocr, [scan], [{ box: PAGE, raster: true, paintIndex: 0 }]), PAGE, 1)).toEqual([]);
    expect(hiddenTextFindings(page(ocr), PAGE, 1)[0].evidence).toBe('page 1: invisible text "Maria Santos"');
  });

  it("measures contrast as WCAG does", () => {
    expect(contrast([1, 1, 1], [0, 0, 0])).toBeCloseTo(21, 0);
    expect(contrast([1, 1, 1], [0.97, 0.97, 0.97])).toBeLessThan(1.25);
  });
});

describe("stream text", () => {
  it("keeps the content-stream order and ligatures as printed", () => {
    expect(streamText([...glyphs("Certi\uFB01ed", 50, 100), ...glyphs("Engineer", 50, 120)])).toBe("Certi\uFB01ed\nEngineer");
  });
});

describe("ruled tables", () => {
  it("finds a 2×2 grid of rules around text, and not a lone frame", () => {
    const h = (y: number): Rule => ({ x0: 50, x1: 350, y0: y, y1: y, horizontal: true });
    const v = (x: number): Rule => ({ x0: x, x1: x, y0: 100, y1: 160, horizontal: false });
    const frags = buildFragments([...glyphs("Area", 60, 120), ...glyphs("Tools", 210, 120), ...glyphs("Cloud", 60, 150), ...glyphs("AWS", 210, 150)]);
    expect(ruledTables([h(100), h(130), h(160), v(50), v(200), v(350)], frags)).toEqual([
      { box: { x0: 50, y0: 100, x1: 350, y1: 160 }, rows: 2, columns: 2, ruled: true },
    ]);
    expect(ruledTables([h(100), h(160), v(50), v(350)], frags)).toEqual([]);
  });
});
