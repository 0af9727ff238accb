import { describe, expect, it } from "vitest";
import { parseResume } from "../../lib/parse";
import { docFromLines, h, li, span, type LineSpec } from "./helpers";

const codes = (lines: (string | LineSpec)[]) => parseResume(docFromLines(lines)).findings;
const find = (lines: (string | LineSpec)[], code: string) => codes(lines).find((f) => f.code === code);

const CONTACT = [{ text: "Jane Doe", size: 20 }, "jane@example.com | (555) 123-4567", ""];

describe("parse findings", () => {
  it("reports a missing e-mail or phone, not present ones", () => {
    expect(find([{ text: "Jane Doe", size: 20 }, "(555) 123-4567"], "missing_email")).toBeTruthy();
    expect(find([{ text: "Jane Doe", size: 20 }, "jane@example.com"], "missing_phone")).toBeTruthy();
    expect(find(CONTACT, "missing_email")).toBeUndefined();
    expect(find(CONTACT, "missing_phone")).toBeUndefined();
  });

  it("reports nothing about contacts for a document without text", () => {
    expect(codes([])).toEqual([]);
  });

  it("reports non-standard headings with the headings as evidence", () => {
    const lines: (string | LineSpec)[] = [
      ...CONTACT,
      h("Summary"),
      "I build reliable distributed systems and the teams that run them well.",
      h("Where I've made impact"),
      "Staff Engineer, Acme Corporation, 2019 – 2021",
      h("My toolbox"),
      "Go, Rust, Python, Kubernetes, PostgreSQL, Terraform, Linux, Docker",
      h("Education"),
      "Massachusetts Institute of Technology, B.S. Computer Science",
    ];
    const f = find(lines, "nonstandard_headings");
    expect(f?.evidence).toBe(`"Where I've made impact", "My toolbox"`);
    expect(f?.count).toBe(2);
  });

  it("stays quiet when every heading is standard", () => {
    expect(find([...CONTACT, h("Experience"), "Engineer, Acme, 2019 – 2021", h("Education"), "MIT, B.S. Computer Science, 2015 – 2019"], "nonstandard_headings")).toBeUndefined();
  });

  it("reports dates printed in mixed styles, with examples", () => {
    const f = find([...CONTACT, h("Experience"), "Engineer, Acme", "Jan 2020 – Present", "Developer, Initech", "03/2017 – 12/2019"], "date_format");
    expect(f?.evidence).toBe("Jan 2020 / 03/2017");
    expect(find([...CONTACT, h("Experience"), "Engineer, Acme", "Jan 2020 – Present", "Developer, Initech", "Mar 2017 – Dec 2019"], "date_format")).toBeUndefined();
  });

  it("reports placeholder dates of an unfinished template as no date style", () => {
    expect(find([...CONTACT, h("Experience"), "Engineer, Acme", "Month 20XX – Ongoing", "Developer, Initech", "year–year"], "date_format")).toBeUndefined();
  });

  it("takes squares and hollow circles for unusual bullets, round bullets and dashes for common ones", () => {
    const job = [...CONTACT, h("Experience"), "Engineer, Acme, 2019 – 2021"];
    expect(find([...job, li("■ Built the billing service"), li("■ Cut costs by 20%")], "unusual_bullets")?.evidence).toBe("■");
    for (const glyph of ["•", "●", "◦", "–", "*"]) {
      expect(find([...job, li(`${glyph} Built the billing service`), li(`${glyph} Cut costs by 20%`)], "unusual_bullets")).toBeUndefined();
    }
  });

  it("does not take a marker that only opens lists of its own for a bullet", () => {
    const lines = [...CONTACT, h("Skills"), "◎Backend", li("• Ruby on Rails"), li("• Node.js"), "◎Databases", li("• MySQL"), li("• PostgreSQL")];
    expect(find(lines, "unusual_bullets")).toBeUndefined();
  });

  it("reports bullets the reader found drawn with an icon font, not icons before headings or contact details", () => {
    const bullet = (text: string): LineSpec => ({ text, list: true, spans: [span("", { icon: "bullet", fontName: "MarVoSym" }), span(text)] });
    const f = find([...CONTACT, h("Experience"), "Engineer, Acme, 2019 – 2021", bullet("Built the billing service"), bullet("Cut costs by 20%")], "unusual_bullets");
    expect(f?.evidence).toContain("MarVoSym");
    expect(f?.count).toBe(2);
    const icon = (text: string, meaning: "other" | "email"): LineSpec => ({ text, spans: [span("", { icon: meaning }), span(text)] });
    expect(find([{ text: "Jane Doe", size: 20 }, icon("jane@example.com", "email"), icon("(555) 123-4567", "other"), "", h("Experience"), icon("Engineer, Acme, 2019 – 2021", "other")], "unusual_bullets")).toBeUndefined();
  });

  it("reports unusual bullet glyphs, not common ones", () => {
    const odd = find([...CONTACT, h("Experience"), "Engineer, Acme, 2019 – 2021", "➢ Built the billing service", "➢ Cut costs by 20%"], "unusual_bullets");
    expect(odd?.evidence).toBe("➢");
    expect(odd?.count).toBe(2);
    expect(find([...CONTACT, h("Experience"), "Engineer, Acme, 2019 – 2021", li("• Built the billing service"), li("• Cut costs")], "unusual_bullets")).toBeUndefined();
  });
});
