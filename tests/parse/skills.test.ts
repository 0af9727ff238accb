import { describe, expect, it } from "vitest";
import { parseLines } from "../../lib/parse/lines";
import { extractSkills } from "../../lib/parse/skills";
import { docFromLines, li, type DocOptions, type LineSpec } from "./helpers";

const skills = (lines: (string | LineSpec)[], options: DocOptions = {}) => extractSkills([parseLines(docFromLines(lines, options)).lines]);

describe("extractSkills", () => {
  it("splits on commas, pipes, semicolons and bullets", () => {
    expect(skills(["Python, R, TensorFlow; PyTorch | SQL • Docker"])).toEqual(["Python", "R", "TensorFlow", "PyTorch", "SQL", "Docker"]);
  });

  it("keeps the items of 'Category: a, b' lines", () => {
    expect(skills(["Languages: Python, Go", "Cloud: AWS, GCP", "Applications: SQL (Structure Query Language)"])).toEqual([
      "Python",
      "Go",
      "AWS",
      "GCP",
      "SQL (Structure Query Language)",
    ]);
  });

  it("keeps one item per line and multi-word skills whole", () => {
    expect(skills([li("Customer service"), li("Data analysis"), "CI/CD", "C++", "Node.js"])).toEqual(["Customer service", "Data analysis", "CI/CD", "C++", "Node.js"]);
  });

  it("drops proficiency levels and de-duplicates case-insensitively", () => {
    expect(skills(["Web Frameworks", "Intermediate", "React, Angular, react", "Python (5 years)"])).toEqual(["Web Frameworks", "React", "Angular", "Python"]);
  });

  it("drops sentences and bare category labels", () => {
    expect(skills(["Excellent skills in mathematics and communication with clients.", "Tools:", "Git"])).toEqual(["Git"]);
  });

  it("joins a list wrapped over lines", () => {
    expect(skills(["Deep Learning, Natural", "Language Processing"], { geometry: true })).toEqual(["Deep Learning", "Natural Language Processing"]);
  });

  it("splits tool names that lost the gaps between them, not skill phrases", () => {
    expect(skills(["Go Python Node.js TypeScript"])).toEqual(["Go", "Python", "Node.js", "TypeScript"]);
    expect(skills(["Project Management Budget Planning"])).toEqual(["Project Management Budget Planning"]);
  });

  it("reads CJK lists", () => {
    expect(skills(["编程语言: C、Python、Java"])).toEqual(["C", "Python", "Java"]);
  });
});
