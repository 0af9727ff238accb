import { describe, expect, it } from "vitest";
import { readingText } from "../../lib/extract/reading-text";
import { parseResume } from "../../lib/parse";
import { docFromLines, h, li, span, type LineSpec } from "./helpers";

const ENGLISH: (string | LineSpec)[] = [
  { text: "Jane Q. Doe", size: 22, bold: true },
  "San Francisco, CA | +1 (415) 555-0142 | Jane.Doe@Example.com | linkedin.com/in/janedoe | github.com/janedoe",
  "",
  h("Summary"),
  "Backend engineer with eight years of experience building payment systems.",
  "",
  h("Work Experience"),
  "Senior Software Engineer",
  "Stripe • San Francisco, CA",
  "Jan 2023 – Present",
  li("Led the migration of the ledger service to Go"),
  li("Cut p99 latency by 40%"),
  "Software Engineer, Figma\tJun 2021 – Dec 2022",
  li("Built the collaboration backend"),
  "",
  h("Education"),
  "UC Berkeley",
  "Bachelor of Science, Computer Science",
  "2015 – 2019",
  "",
  h("Technical Skills"),
  "Languages: Go, Python, TypeScript",
  "Infrastructure: Kubernetes, Terraform, AWS",
];

describe("parseResume", () => {
  it("returns the reading text and sections that index into it", () => {
    const doc = docFromLines(ENGLISH);
    const parsed = parseResume(doc);
    expect(parsed.text).toBe(readingText(doc).text);
    expect(parsed.sections.map((s) => [s.kind, s.heading, s.detectedBy])).toEqual([
      ["summary", "Summary", "heading"],
      ["experience", "Work Experience", "heading"],
      ["education", "Education", "heading"],
      ["skills", "Technical Skills", "heading"],
    ]);
    for (const s of parsed.sections) {
      expect(parsed.text.slice(s.start, s.start + s.heading.length)).toBe(s.heading);
      expect(s.end).toBeGreaterThan(s.start);
    }
    const skills = parsed.sections[3];
    expect(parsed.text.slice(skills.start, skills.end).endsWith("Terraform, AWS")).toBe(true);
  });

  it("fills in contact, experience, education and skills", () => {
    const parsed = parseResume(docFromLines(ENGLISH));
    expect(parsed.contact).toEqual({
      name: "Jane Q. Doe",
      emails: ["jane.doe@example.com"],
      phones: ["+1 (415) 555-0142"],
      location: "San Francisco, CA",
      links: [
        { kind: "linkedin", url: "linkedin.com/in/janedoe" },
        { kind: "github", url: "github.com/janedoe" },
      ],
    });
    expect(parsed.experience.map((e) => [e.title, e.company, e.location, e.start, e.end, e.bullets.length])).toEqual([
      ["Senior Software Engineer", "Stripe", "San Francisco, CA", "2023-01", "present", 2],
      ["Software Engineer", "Figma", null, "2021-06", "2022-12", 1],
    ]);
    expect(parsed.education).toEqual([{ degree: "Bachelor of Science, Computer Science", school: "UC Berkeley", start: "2015", end: "2019" }]);
    // The skills list, plus technical terms named elsewhere ("Backend engineer…", "…to Go"), in order of appearance.
    expect(parsed.skills).toEqual(["Backend", "Go", "Python", "TypeScript", "Kubernetes", "Terraform", "AWS"]);
    expect(parsed.findings).toEqual([]);
  });

  it("reads a German CV", () => {
    const parsed = parseResume(
      docFromLines([
        { text: "Eva Müller", size: 20 },
        "Musterweg 42, 12345 Berlin, Deutschland",
        "Tel.: 0170 567890 · eva.mueller@example.de",
        "",
        h("Berufserfahrung"),
        "Softwareentwicklerin, Siemens AG",
        "seit 03.2020",
        li("Entwicklung von Microservices in Java"),
        "Werkstudentin, SAP SE",
        "10.2017 – 02.2020",
        "",
        h("Ausbildung"),
        "Technische Universität München",
        "M.Sc. Informatik, 2015 – 2017",
        "",
        h("Sprachkenntnisse"),
        "Deutsch (Muttersprache), Englisch (fließend)",
      ]),
    );
    expect(parsed.contact.name).toBe("Eva Müller");
    expect(parsed.contact.phones).toEqual(["0170 567890"]);
    expect(parsed.contact.location).toBe("12345 Berlin, Deutschland");
    expect(parsed.sections.map((s) => s.kind)).toEqual(["experience", "education", "languages"]);
    expect(parsed.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ["Softwareentwicklerin", "Siemens AG", "2020-03", "present"],
      ["Werkstudentin", "SAP SE", "2017-10", "2020-02"],
    ]);
    expect(parsed.education[0]).toMatchObject({ degree: "M.Sc. Informatik", school: "Technische Universität München", end: "2017" });
  });

  it("reads French and Spanish dates and headings", () => {
    const fr = parseResume(docFromLines([{ text: "Claire Dubois", size: 20 }, "+33 6 12 34 56 78", "", h("Expérience professionnelle"), "Ingénieure logiciel, Capgemini", "janv. 2019 – aujourd'hui", "", h("Formation"), "École Polytechnique", "Diplôme d'ingénieur, 2014 – 2017"]));
    expect(fr.contact.phones).toEqual(["+33 6 12 34 56 78"]);
    expect(fr.sections.map((s) => s.kind)).toEqual(["experience", "education"]);
    expect(fr.experience[0]).toMatchObject({ start: "2019-01", end: "present" });
    const es = parseResume(docFromLines([{ text: "Lucía Fernández", size: 20 }, "lucia@example.es", "", h("Experiencia laboral"), "Desarrolladora, Globant", "marzo 2018 - actual", "", h("Educación"), "Universidad de Buenos Aires", "Licenciatura en Informática, 2012 - 2017"]));
    expect(es.sections.map((s) => s.kind)).toEqual(["experience", "education"]);
    expect(es.experience[0]).toMatchObject({ title: "Desarrolladora", company: "Globant", start: "2018-03", end: "present" });
  });

  it("reads a Chinese resume", () => {
    const parsed = parseResume(
      docFromLines([
        { text: "王小明", size: 20 },
        "电话: 138 0013 8000 · wang@example.cn",
        "",
        h("教育背景"),
        "上海交通大学, 上海",
        "2013 – 2016",
        "硕士 计算机科学",
        "",
        h("工作经历"),
        "黑科技公司",
        "2019年7月 - 至今",
        "后端工程师",
      ]),
    );
    expect(parsed.contact.name).toBe("王小明");
    expect(parsed.contact.phones).toEqual(["138 0013 8000"]);
    expect(parsed.sections.map((s) => s.kind)).toEqual(["education", "experience"]);
    expect(parsed.experience[0]).toMatchObject({ title: "后端工程师", company: "黑科技公司", start: "2019-07", end: "present" });
    expect(parsed.education[0]).toMatchObject({ school: "上海交通大学", start: "2013", end: "2016" });
  });

  it("infers an untitled experience section from dated roles", () => {
    const parsed = parseResume(
      docFromLines([
        { text: "Sam Lee", size: 20 },
        "sam@example.com",
        "",
        "Senior Engineer, Acme Corp",
        "2019 – Present",
        li("Built things"),
        "Engineer, Initech",
        "2016 – 2019",
        li("Fixed things"),
        "",
        h("Education"),
        "MIT, B.S. Computer Science",
      ]),
    );
    expect(parsed.sections[0]).toMatchObject({ kind: "experience", heading: "", detectedBy: "inferred" });
    expect(parsed.experience).toHaveLength(2);
  });

  it("does not crash on an empty or heading-less document", () => {
    expect(parseResume(docFromLines([])).contact.name).toBeNull();
    expect(parseResume(docFromLines(["just some words"])).sections).toEqual([]);
  });
});

describe("contact zone", () => {
  it("adds a ZIP code wrapped onto the line under a labelled address", () => {
    const parsed = parseResume(
      docFromLines(["Robert Kowalski", "Phone: (412) 555-0178 | Address: 500 Grant Street, Pittsburgh, PA", "15219", "", h("Experience"), "Engineer, Acme\t2019 – 2021"], { geometry: true }),
    );
    expect(parsed.contact.location).toBe("500 Grant Street, Pittsburgh, PA 15219");
    expect(parsed.contact.phones).toEqual(["(412) 555-0178"]);
  });
});

describe("jobs outside the experience section", () => {
  it("reads positions under a 'Leadership Experience' heading as jobs, not other activities", () => {
    const parsed = parseResume(docFromLines([
      "Jane Doe", "", h("Work Experience"), "Server, Panini's Bar and Grill\tAugust 2014 - May 2015", li("Served tables"), "",
      h("Leadership Experience"), "Soccer Assistant Coach, Harding Middle School\tJuly 2014 - October 2015", li("Coached 20 players"), "",
      h("Campus Involvement"), "Member, Delta Sigma Pi\tAugust 2016 - Present",
    ]));
    expect(parsed.sections.map((s) => s.kind)).toEqual(["experience", "activities", "activities"]);
    expect(parsed.experience.map((e) => e.title)).toEqual(["Server", "Soccer Assistant Coach"]);
  });
});

describe("hidden text", () => {
  it("leaves hidden spans out of the skills and lines it parses, and keeps them in the text an ATS reads", () => {
    const stuffed: LineSpec = {
      text: "Backend engineer. kubernetes tensorflow",
      spans: [span("Backend engineer. "), span("kubernetes tensorflow", { hidden: true })],
    };
    const parsed = parseResume(docFromLines([{ text: "Jane Doe", size: 20 }, "jane@example.com", "", h("Summary"), stuffed, h("Skills"), "Go, Python"]));
    expect(parsed.skills).toEqual(expect.arrayContaining(["Go", "Python"]));
    expect(parsed.skills.map((k) => k.toLowerCase())).not.toEqual(expect.arrayContaining(["kubernetes"]));
    expect(parsed.skills.map((k) => k.toLowerCase())).not.toEqual(expect.arrayContaining(["tensorflow"]));
    expect(parsed.text).toContain("kubernetes tensorflow");
  });
});
