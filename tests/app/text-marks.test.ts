import { describe, expect, it } from "vitest";
import { sectionBands } from "../../app/components/report/section-bands";
import { segments, type TextMark } from "../../app/components/report/text-marks";
import type { Section } from "../../lib/report/schema";

describe("segments", () => {
  it("cuts a range wherever a mark begins or ends and lists the marks covering each piece", () => {
    const marks: TextMark[] = [
      { kind: "keyword", term: "Spark", start: 2, end: 7 },
      { kind: "evidence", target: "w0", start: 5, end: 12 },
      { kind: "region", source: "header", start: 20, end: 30 },
    ];
    expect(segments(0, 12, marks).map((s) => [s.start, s.end, s.marks.map((m) => m.kind).join("+")])).toEqual([
      [0, 2, ""],
      [2, 5, "keyword"],
      [5, 7, "keyword+evidence"],
      [7, 12, "evidence"],
    ]);
    expect(segments(25, 28, marks)).toEqual([{ start: 25, end: 28, marks: [marks[2]] }]);
  });
});

describe("sectionBands", () => {
  const section = (kind: Section["kind"], start: number, end: number): Section => ({ kind, heading: kind, start, end, detectedBy: "heading" });

  it("gives each section a band, keeps uncovered text, drops blank gaps and trims", () => {
    const text = "Jane Doe\n\nSKILLS\nPython\n\n  \nEXPERIENCE\nBuilt it\n";
    const skills = section("skills", 10, 23);
    const experience = section("experience", 28, text.length);
    const bands = sectionBands(text, [experience, skills]);
    expect(bands.map((b) => [b.section?.kind ?? null, text.slice(b.start, b.end)])).toEqual([
      [null, "Jane Doe"],
      ["skills", "SKILLS\nPython"],
      ["experience", "EXPERIENCE\nBuilt it"],
    ]);
  });
});
