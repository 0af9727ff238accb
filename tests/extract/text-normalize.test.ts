import { describe, expect, it } from "vitest";
import {
  collapseLetterSpacing,
  expandLigatures,
  newNormalizeStats,
  normalizeFindings,
  normalizeLineText,
} from "../../lib/extract/text-normalize";
import { classifyGlyph, decodeSymbolFont, findIconGlyphs } from "../../lib/extract/glyphs";

describe("expandLigatures", () => {
  it("expands every ligature U+FB00–FB06 and counts them with the words they were in", () => {
    const stats = newNormalizeStats();
    expect(expandLigatures("ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ", stats)).toBe("ff fi fl ffi ffl st st");
    expect(expandLigatures("certiﬁed eﬃcient", stats)).toBe("certified efficient");
    expect(stats.ligatures).toBe(9);
    expect(stats.ligatureSamples).toEqual(["ﬀ", "ﬁ", "ﬂ"]);
  });

  it("leaves text without ligatures untouched", () => {
    const stats = newNormalizeStats();
    expect(expandLigatures("office", stats)).toBe("office");
    expect(stats.ligatures).toBe(0);
  });
});

describe("collapseLetterSpacing", () => {
  it.each([
    ["P R O F I L E", "PROFILE"],
    ["J O H N   D O E", "JOHN DOE"],
    ["E X P E R I E N C E  &  S K I L L S", "EXPERIENCE & SKILLS"],
    ["A B C", "ABC"],
    ["姓 名 张 伟", "姓名张伟"],
  ])("%s → %s", (input, output) => {
    expect(collapseLetterSpacing(input)).toBe(output);
  });

  it.each(["J R R Tolkien", "Plan A or B", "C, R, Go", "a b", "Python 3 and C"])("leaves ordinary text alone: %s", (input) => {
    expect(collapseLetterSpacing(input)).toBe(input);
  });

  it("counts collapsed words", () => {
    const stats = newNormalizeStats();
    collapseLetterSpacing("J O H N   D O E", stats);
    expect(stats.spacedWords).toBe(2);
    expect(stats.spacedSamples).toEqual(["J O H N", "D O E"]);
  });
});

describe("normalizeFindings", () => {
  it("turns the tally into ligatures and letter_spacing findings", () => {
    const stats = newNormalizeStats();
    normalizeLineText("S K I L L S", stats);
    normalizeLineText("ﬁnance", stats);
    expect(normalizeFindings(stats, 2)).toEqual([
      { code: "ligatures", evidence: "ﬁnance", page: 2, count: 1 },
      { code: "letter_spacing", evidence: '"S K I L L S"', page: 2, count: 1 },
    ]);
    expect(normalizeFindings(newNormalizeStats())).toEqual([]);
  });
});

describe("glyphs", () => {
  it("decodes symbol-font codes, raw or in Word's private-use form", () => {
    expect(decodeSymbolFont("Wingdings", 0x28)).toBe("🕿");
    expect(decodeSymbolFont("Wingdings", 0xf02a)).toBe("🖂");
    expect(decodeSymbolFont("Symbol", 0xf0b7)).toBe("•");
    expect(decodeSymbolFont("Not A Symbol Font", 0x28)).toBeNull();
  });

  it("tells icons from bullets and text", () => {
    expect(classifyGlyph("☎")).toBe("icon");
    expect(classifyGlyph("✉")).toBe("icon");
    expect(classifyGlyph("\uF0E0")).toBe("icon");
    expect(classifyGlyph("•")).toBe("bullet");
    expect(classifyGlyph("▪")).toBe("bullet");
    expect(classifyGlyph("➢")).toBe("bullet");
    expect(classifyGlyph("a")).toBe("text");
    expect(classifyGlyph("©")).toBe("text");
  });

  it("finds private-use icons in text of unknown font, skipping symbol-font bullets", () => {
    expect(findIconGlyphs("\uF02A mail \uF0B7 item \uF09F sep")).toEqual(["\uF02A"]);
  });
});
