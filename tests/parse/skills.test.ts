import { describe, expect, it } from "vitest";
import { parseLines } from "../../lib/parse/lines";
import { parseResume } from "../../lib/parse";
import { extractSkills, technicalTerms } from "../../lib/parse/skills";
import { docFromLines, h, li, type DocOptions, type LineSpec } from "./helpers";

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

  it("leaves out the head row and the category column of a skills table", () => {
    const row = (text: string): LineSpec => ({ text, source: "table" });
    expect(skills([row("Area\tTools\tYears"), row("Languages\tPython, SQL, Scala\t7"), row("Cloud\tAWS, Docker\t4")])).toEqual([
      "Python", "SQL", "Scala", "AWS", "Docker",
    ]);
    // A grid of names without lists keeps every cell.
    expect(skills([row("Python\tDocker"), row("SQL\tAWS")])).toEqual(["Python", "Docker", "SQL", "AWS"]);
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

  it("ends a wrapped list at a line that is only a category label", () => {
    const lines: LineSpec[] = [{ text: "ServiceNow, HP OO, HP SA, SQL, SharePoint, and Microsoft" }, { text: "Office" }, { text: "Operating Systems:" }, { text: "Windows, Linux, macOS" }];
    expect(skills(lines, { geometry: true })).toEqual(["ServiceNow", "HP OO", "HP SA", "SQL", "SharePoint", "Microsoft Office", "Windows", "Linux", "macOS"]);
  });
});

describe("skill items", () => {
  it("keeps the skill after a qualifier", () => {
    expect(skills(["Proficiency in accounting software", "Microsoft Office: Word, PowerPoint, and basic Excel", "Basic mathematics"])).toEqual([
      "accounting software", "Word", "PowerPoint", "Excel", "Basic mathematics",
    ]);
  });

  it("does not run a category line into the list above it", () => {
    expect(skills(["Languages: Python, Julia", "ML Frameworks: PyTorch, JAX"], { geometry: true })).toEqual(["Python", "Julia", "PyTorch", "JAX"]);
  });
});

describe("technicalTerms", () => {
  const terms = (text: string) => technicalTerms(text, []).map((t) => t.text);

  it("finds profile and everyday tool names in running text, as printed, once each", () => {
    const found = terms("Maintained accounts payable and payroll; wrote Ansible playbooks; reporting in Power BI.");
    expect(found).toEqual(["accounts payable", "payroll", "Ansible", "Power BI"]);
  });

  it("skips names inside URLs and lower-case paraphrases of a keyword", () => {
    expect(terms("See github.com/jane and https://jane.dev/python.html")).toEqual([]);
    expect(terms("Responsible for deploying predictive models to production.")).toEqual([]);
  });

  it("reads Latin names set against CJK text", () => {
    expect(terms("Ruby on RailsとDockerを使用したKubernetes環境")).toEqual(["Ruby on Rails", "Docker", "Kubernetes"]);
  });

  it("keeps short capitals and common words to their printed, technical use", () => {
    expect(terms("We excel at sem planning with a chef.")).toEqual([]);
  });
});

describe("collectSkills", () => {
  it("merges the skills section with terms named elsewhere, in order of first appearance, case-insensitively", () => {
    const doc = docFromLines(["Jane Doe", "", h("Experience"), "Engineer, Acme\t2020 – 2022", li("Moved billing to Kafka and PostgreSQL"), "", h("Skills"), "Python, postgresql, Docker"]);
    const parsed = parseResume(doc);
    expect(parsed.skills).toEqual(["Kafka", "PostgreSQL", "Python", "Docker"]);
  });
});
