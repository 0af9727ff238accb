import { describe, expect, it } from "vitest";
import { findName, isNameLike } from "../../../lib/parse/contact/name";
import { parseLines } from "../../../lib/parse/lines";
import { docFromLines, type DocOptions, type LineSpec } from "../helpers";

function nameOf(lines: (string | LineSpec)[], options: DocOptions = {}) {
  const doc = docFromLines(lines, options);
  return findName(parseLines(doc), doc.metadata, lines.length).name;
}

describe("findName", () => {
  it("takes the largest line on page 1, not the heading-like text above it", () => {
    expect(nameOf([{ text: "Last updated in Mar 2026", size: 9 }, { text: "John Doe", size: 30 }, "San Francisco, CA"], { geometry: true })).toBe("John Doe");
  });

  it("prefers the name over a larger summary band when sizes tie with the position", () => {
    expect(nameOf([{ text: "Jane Q. Fullstacker", size: 24, bold: true }, { text: "INFO", size: 16 }])).toBe("Jane Q. Fullstacker");
  });

  it("keeps all-caps names, particles, accents and initials as printed", () => {
    expect(nameOf(["JOHN DOE", "Senior Software Engineer"])).toBe("JOHN DOE");
    expect(nameOf(["Ludwig van der Berg", "ludwig@example.com"])).toBe("Ludwig van der Berg");
    expect(nameOf(["José Ramírez-Ñúñez", "Madrid, España"])).toBe("José Ramírez-Ñúñez");
    expect(nameOf(["Jane Q. Public", "jane@example.com"])).toBe("Jane Q. Public");
    expect(nameOf(["Jose de los Santos", "jose@example.com"])).toBe("Jose de los Santos");
    expect(nameOf(["محمد علي", "m.ali@example.com"])).toBe("محمد علي");
  });

  it("leaves degrees and certifications after the name out, and keeps a generational suffix", () => {
    expect(nameOf(["Emily Chen, PhD", "emily@example.com"])).toBe("Emily Chen");
    expect(nameOf(["RAJ PATEL, MBA, PMP", "raj@example.com"])).toBe("RAJ PATEL");
    expect(nameOf(["John Smith, Jr.", "john@example.com"])).toBe("John Smith Jr.");
    // A region code after a city is not a credential: the line is a place, not a name.
    expect(nameOf(["Salem Town, MA", "Jane Roe", "jane@example.com"])).toBe("Jane Roe");
  });

  it("reads CJK names", () => {
    expect(nameOf([{ text: "田中 花子", size: 18 }, "東京都渋谷区神宮前1-1-1"])).toBe("田中 花子");
    expect(nameOf([{ text: "王小明", size: 18 }, "电话: 138 0013 8000"])).toBe("王小明");
  });

  it("never takes a heading, a job title, a place or a document title", () => {
    expect(nameOf([{ text: "Curriculum Vitae", size: 20 }, { text: "Maria Schmidt", size: 16 }])).toBe("Maria Schmidt");
    expect(nameOf([{ text: "Software Engineer", size: 20 }, { text: "Ana Lima", size: 16 }])).toBe("Ana Lima");
    expect(nameOf([{ text: "Experience", size: 20 }, "Acme Corp"])).toBeNull();
    expect(nameOf([{ text: "San Francisco, CA", size: 20 }])).toBeNull();
    expect(nameOf([{ text: "Computer Science", size: 20 }])).toBeNull();
  });

  it("joins a name set over two lines", () => {
    expect(nameOf([{ text: "Chanchal", size: 28 }, { text: "Sharma", size: 28 }, "Office Manager"])).toBe("Chanchal Sharma");
  });

  it("reads a labelled name and a name leading a joined contact line", () => {
    expect(nameOf(["Name: Jane Doe", "Phone: 555-123-4567"])).toBe("Jane Doe");
    expect(nameOf(["Harvey Dent hdent@email.com (123) 456-7891"])).toBe("Harvey Dent");
  });

  it("keeps a nickname in quotes and prefers lines above the first heading", () => {
    expect(nameOf([{ text: 'ROBERT "BOBBY" ALVAREZ', size: 18 }, "Cell: (217) 555-0134", { text: "WORK HISTORY", bold: true }, "Stock Associate (2016 – 2019)"])).toBe('ROBERT "BOBBY" ALVAREZ');
  });

  it("does not take a title line with a lower-case rest for a name and contact line", () => {
    expect(nameOf(["Cheffe de projet digital — Société Générale, Paris"])).toBeNull();
  });

  it("skips a letter's addressee", () => {
    expect(nameOf(["Frau Prof. Dr. Christina Funkel", "Eva Mustermann"])).toBe("Eva Mustermann");
  });

  it("uses the document author as a tie-breaker", () => {
    expect(nameOf(["Ivy Haddington", "Mark Twain"], { author: "Mark Twain" })).toBe("Mark Twain");
  });
});

describe("isNameLike", () => {
  it.each(["Jane Doe", "MARISSA MAYER", "Mary-Jane O'Neil", "Jean de La Fontaine"])("accepts %s", (t) => expect(isNameLike(t)).toBe(true));
  it.each(["Jane", "jane doe", "Jane Doe, PhD.", "Data Scientist", "Acme Corp", "LinkedIn Github", "Skills", "Jane Doe 2024"])(
    "rejects %s",
    (t) => expect(isNameLike(t)).toBe(false),
  );
});
