import { describe, expect, it } from "vitest";
import { locateContactValue, locateEvidence, mergeRanges, TextIndex } from "../../lib/report/locate-text";

const TEXT = [
  "Maria Santos",
  "maria.santos@example.com | +1 (555) 013-2468",
  "",
  "EXPERIENCE",
  "Senior Data Engineer",
  "• Certified in Spark",
  "➤ Built pipelines",
  "Header text – Page 1 of 2",
].join("\n");

const index = new TextIndex(TEXT);
const found = (evidence: string) => locateEvidence(index, evidence).map((r) => TEXT.slice(r.start, r.end));

describe("locateEvidence", () => {
  it("finds quoted excerpts across line breaks, and cut-off ones by their beginning", () => {
    expect(found('page 1: 2 columns; left starts "EXPERIENCE Senior Data Engineer", right starts "Certified in Sp…')).toEqual([
      "EXPERIENCE\nSenior Data Engineer",
      "Certified in Spark",
    ]);
  });

  it("prefers a same-case match, and puts letter-spaced words back together", () => {
    expect(found('page 1: "M A R I A S A N T O S" → "MARIA SANTOS"')).toEqual(["Maria Santos"]);
    expect(found('"S E N I O R"')).toEqual(["Senior"]);
    expect(found('"Maria Santos"')).toEqual(["Maria Santos"]);
  });

  it("reads unquoted evidence after its label, whole or item by item, ligatures folded", () => {
    expect(found("header: maria.santos@example.com | +1 (555) 013-2468")).toEqual(["maria.santos@example.com | +1 (555) 013-2468"]);
    expect(found("Certiﬁed, Engineer")).toEqual(["Engineer", "Certified"].sort((a, b) => TEXT.indexOf(a) - TEXT.indexOf(b)));
    expect(found("Jan 2020 / Senior Data")).toEqual(["Senior Data"]);
  });

  it("finds a lone symbol as printed, and nothing for descriptions", () => {
    expect(found("➤")).toEqual(["➤"]);
    expect(found("1 image, largest 80×100pt at x=459pt")).toEqual([]);
    expect(found("no e-mail address found")).toEqual([]);
    expect(found('"OR"')).toEqual([]);
  });

  it("falls back to the first words when the text differs further on", () => {
    expect(found('tiny text "Senior Data Engineer Certifxed in Spark"')).toEqual(["Senior Data Engineer"]);
  });
});

describe("locateContactValue", () => {
  it("finds a phone number by its digits however it is punctuated", () => {
    const [range] = locateContactValue(index, "+15550132468", "phone");
    expect(TEXT.slice(range.start, range.end)).toBe("+1 (555) 013-2468");
    expect(locateContactValue(index, "555 999 0000", "phone")).toEqual([]);
  });

  it("finds a lower-cased e-mail and a name", () => {
    expect(locateContactValue(index, "maria.santos@example.com", "text")).toHaveLength(1);
    expect(locateContactValue(index, "Maria Santos", "text").map((r) => TEXT.slice(r.start, r.end))).toEqual(["Maria Santos"]);
  });
});

describe("mergeRanges", () => {
  it("joins overlapping and touching ranges, in order", () => {
    expect(mergeRanges([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 7, end: 9 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
    ]);
  });
});
