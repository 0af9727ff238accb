import { describe, expect, it } from "vitest";
import { parseEducation } from "../../lib/parse/education";
import { parseLines } from "../../lib/parse/lines";
import { docFromLines, li, type DocOptions, type LineSpec } from "./helpers";

function schools(lines: (string | LineSpec)[], options: DocOptions = {}) {
  return parseEducation([parseLines(docFromLines(lines, options)).lines]).map((e) => [e.degree, e.school, e.start, e.end]);
}

describe("parseEducation", () => {
  it("reads school, degree and dates on separate lines", () => {
    expect(schools(["XYZ University", "Bachelor of Science in Computer Science - 3.8 GPA", "Sep 2019 - May 2023", li("Won 1st place in 2022 Hackathon")])).toEqual([
      ["Bachelor of Science in Computer Science", "XYZ University", "2019-09", "2023-05"],
    ]);
  });

  it("starts a new entry at a second school or degree", () => {
    expect(schools(["Waldorf College", "M.S. in Information Systems", "Haverford University", "B.S. in Computer Science"])).toEqual([
      ["M.S. in Information Systems", "Waldorf College", null, null],
      ["B.S. in Computer Science", "Haverford University", null, null],
    ]);
  });

  it("reads degree and school from one line, with a place and a date", () => {
    expect(schools(["Associate degree, H.R. Management, Bellows College", "Sep 2019 - May 2021"])).toEqual([["Associate degree, H.R. Management", "Bellows College", "2019-09", "2021-05"]]);
    expect(schools(["2010 – 2014 Bachelor of Science in Computer Science, UC San Diego, San Diego, USA"])).toEqual([
      ["Bachelor of Science in Computer Science", "UC San Diego", "2010", "2014"],
    ]);
    expect(schools(["PhD Princeton University, Computer Science Princeton, NJ", li("• Thesis: Efficient NAS Sept 2018 – May 2023")])).toEqual([
      ["PhD Computer Science", "Princeton University", "2018-09", "2023-05"],
    ]);
  });

  it("takes a graduation date as the end", () => {
    expect(schools(["Bachelor of Business Administration\tExpected Graduation: May 2018", "Kent State University\tKent, Ohio"])).toEqual([
      ["Bachelor of Business Administration", "Kent State University", null, "2018-05"],
    ]);
    expect(schools(["上海交通大学, 上海", "2013 – 至今", "在读硕士研究生 信息与通信工程, 预计 2016 年 3 月毕业"])).toEqual([
      ["在读硕士研究生 信息与通信工程", "上海交通大学", "2013", "2016-03"],
    ]);
  });

  it("joins a bare degree abbreviation with the subject on the next line", () => {
    expect(schools(["B.S.", "Computer Science", "University of Alabama", "September 2012 - June 2016"])).toEqual([["B.S. Computer Science", "University of Alabama", "2012-09", "2016-06"]]);
  });

  it("shares a school printed once above several degrees", () => {
    expect(schools(["First American University, Springfield, Massachusetts, USA", "■ Ph.D. in Geophysical Engineering", "Dec 2009 – Jul 2014", "● Adviser: Prof. Public", "■ M.B.A.", "Nov 2008 – Jun 2009", "● Focus: finance"])).toEqual([
      ["Ph.D. in Geophysical Engineering", "First American University", "2009-12", "2014-07"],
      ["M.B.A.", "First American University", "2008-11", "2009-06"],
    ]);
  });

  it("reads German and Japanese degrees", () => {
    expect(schools(["Diplom-Informatiker", "Technische Universität München", "2010 – 2015"])).toEqual([["Diplom-Informatiker", "Technische Universität München", "2010", "2015"]]);
    expect(schools(["東京工業大学", "コンピューターサイエンス 学士", "2010年4月 – 2014年3月"])).toEqual([["コンピューターサイエンス 学士", "東京工業大学", "2010-04", "2014-03"]]);
  });

  it("skips lines that are neither degree nor school", () => {
    expect(schools(["Relevant coursework: Algorithms, Databases", "GPA: 3.9"])).toEqual([]);
  });
});
