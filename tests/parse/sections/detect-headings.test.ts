import { describe, expect, it } from "vitest";
import { parseLines } from "../../../lib/parse/lines";
import { detectHeadings } from "../../../lib/parse/sections/detect-headings";
import { docFromLines, h, li, type DocOptions, type LineSpec } from "../helpers";

function headings(lines: (string | LineSpec)[], options: DocOptions = {}) {
  return detectHeadings(parseLines(docFromLines(lines, options))).map((x) => [x.text, x.kind, x.match]);
}

describe("detectHeadings", () => {
  it("finds headings by wording and emphasis", () => {
    const found = headings([{ text: "Jane Doe", size: 20 }, "jane@example.com", "", h("Experience"), "Acme Corp", "", h("Education"), "MIT"]);
    expect(found).toEqual([
      ["Experience", "experience", "exact"],
      ["Education", "education", "exact"],
    ]);
  });

  it("takes a plain known label alone in a layout table cell or text box for a heading, even beside a styled body", () => {
    const styled = (text: string): LineSpec => ({ text, style: "Heading 1", size: 14, bold: true });
    const cell = (text: string): LineSpec => ({ text, source: "table" });
    const found = headings([
      { text: "Alex Rivera", style: "Title", size: 24 },
      "",
      cell("Skills"),
      cell("Python, SQL, Kafka"),
      cell("Experience"),
      cell("Senior Data Engineer, Northwind"),
      cell("Python developers are in demand"),
      "",
      styled("Education"),
      "B.S. Computer Science, Oregon State University",
    ]);
    expect(found).toEqual([
      ["Skills", "skills", "exact"],
      ["Experience", "experience", "exact"],
      ["Education", "education", "exact"],
    ]);
    // In the body, the same plain label beside a heading style is just a line.
    expect(headings([styled("Summary"), "Data engineer.", "Skills", "Python", styled("Education"), "MIT"]).map((x) => x[0])).toEqual(["Summary", "Education"]);
  });

  it("joins a heading wrapped onto a line that opens with a lower-case joining word", () => {
    const margin = (text: string): LineSpec => ({ text, size: 13, bold: true });
    const found = headings([margin("Experience"), "Engineer, Acme, 2019 – 2021", "", margin("Volunteering"), margin("and Community Service"), "Mentor, Code Club", "", margin("Education"), "MIT"], { geometry: true });
    expect(found.map((x) => x[0])).toContain("Volunteering and Community Service");
  });

  it("finds a non-standard heading set in the document's heading style", () => {
    const found = headings([
      h("Summary"),
      "I build reliable distributed systems and the teams that run them.",
      "",
      h("Where I've made impact"),
      "Staff Engineer, Acme Corporation, 2019 – 2021",
      "",
      h("My toolbox"),
      "Go, Rust, Python, Kubernetes, PostgreSQL, Terraform",
      "",
      h("Education"),
      "Massachusetts Institute of Technology",
    ]);
    expect(found).toContainEqual(["Where I've made impact", "experience", "hint"]);
    expect(found).toContainEqual(["My toolbox", "skills", "hint"]);
  });

  it("finds a heading style when every heading is non-standard", () => {
    const big = (text: string): LineSpec => ({ text, size: 14 });
    const found = headings([
      { text: "PRIYA NATARAJAN", size: 22 },
      "priya.n@hey.com · +1 415 555 0123 · Oakland, CA",
      big("What I bring"),
      "I design calm, accessible interfaces for complicated financial products.",
      big("Where I've made impact"),
      "Lead Product Designer at Plaid · Jan 2021 – Present",
      big("My toolbox"),
      "Figma · Framer · Principle · HTML/CSS · User research",
      big("Where I learned"),
      "California College of the Arts — BFA Interaction Design, 2017",
    ]);
    expect(found).toEqual([
      ["What I bring", "summary", "hint"],
      ["Where I've made impact", "experience", "hint"],
      ["My toolbox", "skills", "hint"],
      ["Where I learned", "education", "hint"],
    ]);
  });

  it("trusts a known heading with no emphasis when the document has no heading style", () => {
    const found = headings(["John Smith", "Summary", "Experienced developer.", "Professional Experience", "ABC Company", "Education", "XYZ University"]);
    expect(found.map((x) => x[1])).toEqual(["summary", "experience", "education"]);
  });

  it("does not take plain-body known words for headings when the document has a heading style", () => {
    const found = headings([h("Skills"), "Python", "Languages", "Go", "", h("Experience"), "Acme"]);
    expect(found.map((x) => x[0])).toEqual(["Skills", "Experience"]);
  });

  it("ignores list items, sentences, dated lines, places and job titles", () => {
    const found = headings([
      h("Skills"),
      li("Leadership"),
      { text: "Experience with Python.", size: 13, bold: true },
      { text: "Jan 2020 – Present", size: 13, bold: true },
      { text: "San Francisco, CA", size: 13, bold: true },
      { text: "Senior Software Engineer", size: 13, bold: true },
      h("Education"),
      "MIT",
    ]);
    expect(found.map((x) => x[0])).toEqual(["Skills", "Education"]);
  });

  it("does not read a one-word skill line such as Go as a heading", () => {
    const found = headings([h("Skills"), "Go", "Python", "", h("Experience"), "Acme"]);
    expect(found.map((x) => x[0])).toEqual(["Skills", "Experience"]);
  });

  it("takes a short CJK label alone on its line as a heading even without emphasis", () => {
    const found = headings([h("【職務経歴】"), "株式会社デジタルフロンティア", "学歴", "2010 04 東京工業大学 入学", "職歴", "2014 04 株式会社デジタルフロンティア 入社"]);
    expect(found.map((x) => [x[0], x[1]])).toEqual([
      ["【職務経歴】", "experience"],
      ["学歴", "education"],
      ["職歴", "experience"],
    ]);
  });

  it("takes a plain CJK label made only of known phrases as a heading", () => {
    const found = headings([h("【職務経歴】"), "株式会社デジタルフロンティア", "学歴", "2010 04 東京工業大学 入学", "インターンシップ・アルバイト", "2019 01 コードフォージャパン 講師"]);
    expect(found.map((x) => [x[0], x[1]])).toEqual([
      ["【職務経歴】", "experience"],
      ["学歴", "education"],
      ["インターンシップ・アルバイト", "experience"],
    ]);
  });

  it("reads the label of a 履歴書 table's head row as a heading, but not the history table's own", () => {
    const found = headings(["年\t月\t学歴・職歴（各項目ごとにまとめて書く）", "学歴", "2010\t4\t東京大学 入学", "職歴", "2014\t4\t株式会社XXX 入社", "年\t月\t免許・資格", "2018\t11\t普通自動車免許"]);
    expect(found.map((x) => [x[0], x[1]])).toEqual([
      ["学歴", "education"],
      ["職歴", "experience"],
      ["免許・資格", "certifications"],
    ]);
  });

  it("joins a heading wrapped over two lines of the same style", () => {
    const found = headings(
      [{ text: "RESEARCH", size: 12 }, { text: "EXPERIENCE", size: 12 }, "Research Assistant, Climate Lab, 2019 – 2020", "", { text: "EDUCATION", size: 12 }, "Massachusetts Institute of Technology"],
      { geometry: true },
    );
    expect(found[0]).toEqual(["RESEARCH EXPERIENCE", "experience", "exact"]);
  });

  it("undoes letter-spaced small caps and drops icon glyphs", () => {
    const found = headings([{ text: "E XPERIENCE", size: 12 }, "Acme", "", { text: "\uf0b1 SKILLS", size: 12 }, "Go", "", { text: "E DUCATION", size: 12 }, "MIT"]);
    expect(found.map((x) => x[0])).toEqual(["EXPERIENCE", "SKILLS", "EDUCATION"]);
  });

  it("drops sub-headings set smaller inside a main section of the same kind", () => {
    const found = headings([{ text: "PUBLICATIONS", size: 16, bold: true }, { text: "Books", size: 12, bold: true }, "A book", { text: "Journal Articles", size: 12, bold: true }, "A paper", { text: "EDUCATION", size: 16, bold: true }, "MIT"]);
    expect(found.map((x) => x[0])).toEqual(["PUBLICATIONS", "EDUCATION"]);
  });

  it("rejects a wrapped line of text that happens to start with a known word", () => {
    const found = headings(
      [h("Skills"), "Python, Deep Learning, Natural", "Language Processing", "", h("Experience"), "Acme"],
      { geometry: true },
    );
    expect(found.map((x) => x[0])).toEqual(["Skills", "Experience"]);
  });
});
