import { describe, expect, it } from "vitest";
import { parseExperience } from "../../lib/parse/experience";
import { parseLines } from "../../lib/parse/lines";
import { docFromLines, li, type DocOptions, type LineSpec } from "./helpers";

function roles(lines: (string | LineSpec)[], options: DocOptions = {}) {
  return parseExperience([parseLines(docFromLines(lines, options)).lines]);
}
const brief = (lines: (string | LineSpec)[], options: DocOptions = {}) =>
  roles(lines, options).map((r) => [r.title, r.company, r.start, r.end]);

describe("parseExperience", () => {
  it("reads title, company and date lines with list bullets", () => {
    const out = roles(["Software Engineer", "ABC Company", "May 2023 - Present", li("Led a team of 5 engineers"), li("Wrote clean code")]);
    expect(out).toEqual([
      { title: "Software Engineer", company: "ABC Company", location: null, start: "2023-05", end: "present", bullets: ["Led a team of 5 engineers", "Wrote clean code"] },
    ]);
  });

  it("leaves out a larger sub-heading set above a role line that names title and employer", () => {
    const lines: LineSpec[] = [
      { text: "Freelance", size: 12 },
      { text: "2019 – 2021 Data Scientist, Acme Corp, Berlin." },
      li("Built the forecasting service"),
      { text: "year–year Analyst, Initech, Austin." },
      li("Wrote the reports"),
    ];
    expect(brief(lines, { geometry: true })).toEqual([
      ["Data Scientist", "Acme Corp", "2019", "2021"],
      ["Analyst", "Initech", null, null],
    ]);
  });

  it("reads 'Company — Title' with dates and place on the next line", () => {
    const out = roles(["Acme Corp — Senior Software Engineer", "Jan 2022 – Present · Springfield, IL", "• Led migration of core services"]);
    expect(out[0]).toMatchObject({ title: "Senior Software Engineer", company: "Acme Corp", location: "Springfield, IL", start: "2022-01", end: "present" });
    expect(out[0].bullets).toEqual(["Led migration of core services"]);
  });

  it("reads 'Title at Company' and a right-aligned date after a tab", () => {
    expect(brief(["Data Analyst at Globex\tMar 2019 – Dec 2021", "- Built dashboards for sales"])).toEqual([["Data Analyst", "Globex", "2019-03", "2021-12"]]);
  });

  it("reads 'Company, City, ST, Title' lines", () => {
    expect(brief(["Gilmore Financial, New Orleans, LA, Certified Public Accountant", "Oct. 2021 – Current", li("Compute taxes for clients")])).toEqual([
      ["Certified Public Accountant", "Gilmore Financial", "2021-10", "present"],
    ]);
  });

  it("reads dates printed before the title (date-first layouts)", () => {
    expect(
      brief([
        "2018 – 2021 Data Scientist, Uber, San Francisco, USA",
        "Developed and deployed machine learning models to improve ride allocation.",
        "2016 – 2018 Junior Data Analyst, Facebook, Menlo Park, USA",
        "Analyzed and visualized large datasets using Python and R.",
      ]),
    ).toEqual([
      ["Data Scientist", "Uber", "2018", "2021"],
      ["Junior Data Analyst", "Facebook", "2016", "2018"],
    ]);
  });

  it("carries an end date that wrapped to the next line ('2021 –' / 'Present …')", () => {
    expect(brief(["2021 – Machine Learning Engineer, OpenAI, San Francisco, USA", "Present Leading a team of AI engineers on research."])).toEqual([
      ["Machine Learning Engineer", "OpenAI", "2021", "present"],
    ]);
  });

  it("gives several roles under one employer that employer", () => {
    expect(
      brief(["Harrison Money Management", "Accountant\tAug 2020 – Oct 2021", li("Prepared tax returns"), "Junior Accountant\tMay 2019 – Aug 2020", li("Maintained accounts payable")]),
    ).toEqual([
      ["Accountant", "Harrison Money Management", "2020-08", "2021-10"],
      ["Junior Accountant", "Harrison Money Management", "2019-05", "2020-08"],
    ]);
  });

  it("gives a date printed after the bullets back to its role", () => {
    const out = brief(
      ["Nexus AI, Co-Founder & CTO", "• Built foundation model infrastructure", "", "San Francisco, CA", "June 2023 – present", "2 years 10 months", "NVIDIA Research, Research Intern", "• Designed sparse attention", "", "Santa Clara, CA", "May 2022 – Aug 2022"],
      { geometry: true },
    );
    expect(out).toEqual([
      ["Co-Founder & CTO", "Nexus AI", "2023-06", "present"],
      ["Research Intern", "NVIDIA Research", "2022-05", "2022-08"],
    ]);
  });

  it("takes a date merged into the end of the first bullet line", () => {
    const out = roles(["Nexus AI, Co-Founder & CTO", li("• Built model infrastructure serving 2M requests June 2023 – present"), li("• Raised $18M Series A")]);
    expect(out[0]).toMatchObject({ title: "Co-Founder & CTO", company: "Nexus AI", start: "2023-06", end: "present" });
    expect(out[0].bullets[0]).toBe("Built model infrastructure serving 2M requests");
  });

  it("splits a title and an employer joined by a plain space", () => {
    expect(brief(["Software Developer Tech Company Inc.", "June 2019 – Present", li("Built web apps")])).toEqual([["Software Developer", "Tech Company Inc.", "2019-06", "present"]]);
  });

  it("keeps a dash-joined qualifier in the title", () => {
    expect(brief(["Director of IT – Hybrid Cloud\tMarch 2019 – November 2021", "The Walt Disney Company – Los Angeles, CA", "Served as technical lead on re-platforming."])).toEqual([
      ["Director of IT – Hybrid Cloud", "The Walt Disney Company", "2019-03", "2021-11"],
    ]);
  });

  it("reads pipe-separated header lines and dates in brackets", () => {
    expect(brief(["Machine Learning Engineer | Tempus | Chicago, IL | Jun 2021 – Present", li("Trained models"), "Software Engineering Intern (Summer 2017), Google", li("Improved latency")])).toEqual([
      ["Machine Learning Engineer", "Tempus", "2021-06", "present"],
      ["Software Engineering Intern", "Google", "2017", "2017"],
    ]);
  });

  it("treats a single date as both start and end", () => {
    expect(brief(["DEF Organization", "Software Engineer Intern", "Summer 2022", li("Re-architected the editor")])).toEqual([["Software Engineer Intern", "DEF Organization", "2022", "2022"]]);
  });

  it("joins wrapped bullet lines and keeps description sentences without glyphs", () => {
    const out = roles(
      ["Intern", "Another Tech Company", "June 2018 – August 2018", "• Developed and maintained web applications using React and", "Node.js with a focus on accessibility.", "• Fixed bugs"],
      { geometry: true },
    );
    expect(out[0].bullets).toEqual(["Developed and maintained web applications using React and Node.js with a focus on accessibility.", "Fixed bugs"]);
  });

  it("does not take bullet sentences without glyphs for roles (DOC files)", () => {
    const out = brief(
      ["Brightside Dental, Practice Manager", "August 2019 – Present", "Train new employees", "Handle insurance billing and compliance", "Marsshine Engineering, Office Manager", "September 2015 – August 2019", "Managed office supplies"],
      { bodySize: null },
    );
    expect(out).toEqual([
      ["Practice Manager", "Brightside Dental", "2019-08", "present"],
      ["Office Manager", "Marsshine Engineering", "2015-09", "2019-08"],
    ]);
  });

  it("learns the document's title/company order from its clear entries", () => {
    expect(brief(["Globex Corporation, Software Engineer", "2019 – 2021", li("x"), "Initech, Wizard", "2017 – 2019", li("y")])).toEqual([
      ["Software Engineer", "Globex Corporation", "2019", "2021"],
      ["Wizard", "Initech", "2017", "2019"],
    ]);
  });

  it("reads German and Chinese entries", () => {
    expect(brief(["Werkstudent Softwareentwicklung, Siemens AG", "seit 10.2021", "- Entwicklung von Microservices"])).toEqual([["Werkstudent Softwareentwicklung", "Siemens AG", "2021-10", "present"]]);
    expect(brief(["黑科技公司", "2015 年 3 月 – 2015 年 5 月", "实习 后端开发", "• 实现了 xxx 特性"])).toEqual([["实习", "黑科技公司", "2015-03", "2015-05"]]);
    expect(brief(["阿里巴巴集团 高级算法工程师 2019.07 - 至今", "• 负责推荐系统的模型优化"])).toEqual([["高级算法工程师", "阿里巴巴集团", "2019-07", "present"]]);
  });

  it("reads one role with two stints ('2003 – 2004 und' / '2006 – 2012')", () => {
    expect(brief(["2003 – 2004 und", "2006 – 2012", "Tierarzt-Praxis Dr. Hauser", li("Hunden die Pfötchen halten")])).toEqual([[null, "Tierarzt-Praxis Dr. Hauser", "2003", "2012"]]);
  });

  it("joins an end month left on the date line with the year wrapped onto the next", () => {
    expect(brief(["Director of IT\tMarch 2019 – November", "2021 The Walt Disney Company – Los Angeles, CA", li("Led the platform team")], { geometry: true })).toEqual([
      ["Director of IT", "The Walt Disney Company", "2019-03", "2021-11"],
    ]);
  });

  it("drops a colon after a leading date and a bracketed 'since' date from the fields", () => {
    expect(brief(["Since 2020: Data Scientist at Bosch", li("Built models"), "2016 – 2020: Analyst at Siemens", li("Wrote reports")])).toEqual([
      ["Data Scientist", "Bosch", "2020", "present"],
      ["Analyst", "Siemens", "2016", "2020"],
    ]);
    expect(brief(["Data Scientist, Bosch (seit 2020)", li("Modelle gebaut")])).toEqual([["Data Scientist", "Bosch", "2020", "present"]]);
  });

  it("starts a new role at an all-caps title right under a bullet", () => {
    const lines = ["SENIOR DATA ENGINEER", "SPOTIFY AB", "2020 – PRESENT", li("Pipelines"), "DATA ENGINEER", "KLARNA", "2017 – 2020", li("ETL jobs")];
    expect(brief(lines, { geometry: true })).toEqual([
      ["SENIOR DATA ENGINEER", "SPOTIFY AB", "2020", "present"],
      ["DATA ENGINEER", "KLARNA", "2017", "2020"],
    ]);
  });

  it("keeps a sentence cut short by a page break in the role above", () => {
    const lines: LineSpec[] = [
      { text: "Staff Engineer, Initech\tJan 2020 – Present" },
      li("Led R&D on the next platform and governance models."),
      { text: "" },
      { text: "Designed and" },
      { text: "" },
      { text: "tested platform integrations for new features." },
      { text: "Engineer, Acme\tJan 2018 – Dec 2019" },
      li("Built the billing service"),
    ];
    expect(brief(lines, { geometry: true })).toEqual([
      ["Staff Engineer", "Initech", "2020-01", "present"],
      ["Engineer", "Acme", "2018-01", "2019-12"],
    ]);
  });
});

describe("entries that are not separate jobs", () => {
  it("leaves out entries that call themselves projects, even inside an experience section", () => {
    expect(brief([
      "Acme Corp\tMar 2015 – May 2015", "Backend Intern", li("Built the billing service"),
      "Proxy Toolkit\tJun 2014 – Present", "Golang, Linux · Personal project", li("Fixed a descriptor leak"),
      "Resume Template\tMay 2015 – Present", "Open-source project, https://github.com/jane/resume", li("Easy to extend"),
    ])).toEqual([["Backend Intern", "Acme Corp", "2015-03", "2015-05"]]);
  });

  it("keeps a sentence that mentions a date as a bullet, not a new entry", () => {
    expect(brief(["Harding Middle School, Columbus, Ohio\tJuly 2014 - October 2015", "Soccer Assistant Coach",
      "Led team to its first regional championship in October 2015; recognized at school banquet."])).toEqual([
      ["Soccer Assistant Coach", "Harding Middle School", "2014-07", "2015-10"],
    ]);
  });

  it("takes a date printed further down as the end of an open range", () => {
    expect(brief(["Acme Corp", "Software Engineer", li("Built the API"), "2014年04月～", li("Designed the schema"), "2018年03月", li("Tuned the queries")], { geometry: true }))
      .toEqual([["Software Engineer", "Acme Corp", "2014-04", "2018-03"]]);
  });

  it("reads a range split over two lines or table cells ('Jan 2020' / 'Present')", () => {
    expect(brief(["Senior Data Engineer, Northwind Analytics", "Jan 2020", "Present", li("Built the ingestion service")])).toEqual([
      ["Senior Data Engineer", "Northwind Analytics", "2020-01", "present"],
    ]);
  });

  it("keeps two undated roles with the same title and employer apart", () => {
    expect(brief(["Job title, Employer, City", li("Did one thing"), "Job title, Employer, City", li("Did another thing")])).toEqual([
      ["Job title", "Employer", null, null],
      ["Job title", "Employer", null, null],
    ]);
  });

  it("does not give a role printed in another place the employer of the role above", () => {
    expect(brief(["2003 – 2012\tTierarztpraxis Hauser, Berlin", li("Hunden die Pfötchen halten"), "2005\tVolontariat, Sri Lanka", li("Elefanten füttern")]))
      .toEqual([[null, "Tierarztpraxis Hauser", "2003", "2012"], ["Volontariat", null, "2005", "2005"]]);
  });

  it("merges the same job told twice (a summary and the details)", () => {
    expect(parseExperience([
      parseLines(docFromLines(["2014\t04\t株式会社フロンティア・エンジニア・入社", "2018\t03\t株式会社フロンティア・エンジニア・退社"])).lines,
      parseLines(docFromLines(["株式会社フロンティア\t2014年04月 – 2018年03月", "エンジニア", li("APIの設計と実装")])).lines,
    ]).map((r) => [r.title, r.company, r.start, r.end, r.bullets.length])).toEqual([["エンジニア", "株式会社フロンティア", "2014-04", "2018-03", 1]]);
  });
});

describe("履歴書 history rows", () => {
  it("pairs joined and left rows into jobs, skips school rows, and reads 現在に至る as the present", () => {
    expect(brief([
      "2010\t04\t東京工業大学・学士・入学",
      "2014\t04\t東京都千代田区・株式会社デジタル・ソフトウェアエンジニア・入社",
      "2018\t03\t同社 退社",
      "2018\t04\tテック株式会社 入社",
      "現在に至る",
      "年\t月\t免許・資格",
      "2018\t12\tTOEIC 920",
    ])).toEqual([
      ["ソフトウェアエンジニア", "株式会社デジタル", "2014-04", "2018-03"],
      [null, "テック株式会社", "2018-04", "present"],
    ]);
  });

  it("leaves placeholder years undated", () => {
    expect(brief(["20XX\t4\t株式会社履歴書入社", "20XX\t10\t株式会社履歴書退職", "20XX\t10\t株式会社XXX 入社", "現在にいたる"])).toEqual([
      [null, "株式会社履歴書", null, null],
      [null, "株式会社XXX", null, "present"],
    ]);
  });
});
