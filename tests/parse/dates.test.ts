import { describe, expect, it } from "vitest";
import { findDates, isDateOnly, stripDates } from "../../lib/parse/dates";

/** The first date mention as [start, end]. */
function range(text: string): [string | null, string | null] | null {
  const m = findDates(text)[0];
  if (!m) return null;
  return [m.start?.value ?? null, m.end?.value ?? null];
}

describe("findDates", () => {
  it.each([
    ["Jan 2020 – Present", ["2020-01", "present"]],
    ["January 2020 - Current", ["2020-01", "present"]],
    ["Sept. 2018 – May 2023", ["2018-09", "2023-05"]],
    ["01/2020 – 06/2023", ["2020-01", "2023-06"]],
    ["03.2020 - 05.2021", ["2020-03", "2021-05"]],
    ["2020.03 – 2021.11", ["2020-03", "2021-11"]],
    ["2013-09 — Present", ["2013-09", "present"]],
    ["2019-2021", ["2019", "2021"]],
    ["2014–16", ["2014", "2016"]],
    ["2019 – now", ["2019", "present"]],
    ["Jan '20 - Mar '21", ["2020-01", "2021-03"]],
    ["2018 – heute", ["2018", "present"]],
    ["März 2017 – Juni 2019", ["2017-03", "2019-06"]],
    ["mars 2019 – présent", ["2019-03", "present"]],
    ["2017 - aujourd'hui", ["2017", "present"]],
    ["enero 2018 - actual", ["2018-01", "present"]],
    ["2019年7月 - 至今", ["2019-07", "present"]],
    ["2019.07-至今", ["2019-07", "present"]],
    ["10/18 – 12/20", ["2018-10", "2020-12"]],
    ["06/19 - Present", ["2019-06", "present"]],
    ["'19 – '21", ["2019", "2021"]],
    ["2015 - a la fecha", ["2015", "present"]],
    ["2016 – à ce jour", ["2016", "present"]],
    ["2018 – tot heden", ["2018", "present"]],
    ["2015 年 3 月 – 2015 年 5 月", ["2015-03", "2015-05"]],
    ["Date: Month 20XX – Ongoing", [null, "present"]],
    ["de marzo de 2018 a junio de 2020", ["2018-03", "2020-06"]],
    ["abril de 2017 – presente", ["2017-04", "present"]],
    ["2019 - настоящее время", ["2019", "present"]],
    ["сентябрь 2018 – май 2021", ["2018-09", "2021-05"]],
    ["styczeń 2019 – obecnie", ["2019-01", "present"]],
    ["maart 2018 - heden", ["2018-03", "present"]],
    ["gennaio 2020 - oggi", ["2020-01", "present"]],
    ["2019年至今", ["2019", "present"]],
    ["2017年3月至2020年5月", ["2017-03", "2020-05"]],
    ["二零二一年至今", ["2021", "present"]],
    ["二零一九年十二月 – 二零二一年三月", ["2019-12", "2021-03"]],
  ])("reads the range in %s", (text, want) => {
    expect(range(text)).toEqual(want);
  });

  it.each([
    ["seit 2020", ["2020", "present"]],
    ["since 2018", ["2018", "present"]],
    ["desde 2016", ["2016", "present"]],
  ])("reads an open start: %s", (text, want) => {
    expect(range(text)).toEqual(want);
  });

  it.each([
    ["Summer 2018", "2018"],
    ["Q3 2019", "2019"],
    ["Expected Graduation: May 2018", "2018-05"],
    ["12. Februar 2026", "2026-02"],
    ["15.03.2020", "2020-03"],
    ["1990年05月15日", "1990-05"],
  ])("reads a single date: %s", (text, want) => {
    const m = findDates(text)[0];
    expect(m.isRange).toBe(false);
    expect(m.start?.value).toBe(want);
  });

  it("marks a range cut off at the end of the line as open-ended", () => {
    const m = findDates("2021 – Machine Learning Engineer, OpenAI")[0];
    expect(m.isRange).toBe(true);
    expect(m.openEnded).toBe(true);
    expect(m.start?.value).toBe("2021");
    expect(m.end).toBeNull();
  });

  it.each(["+1 (555) 101-1001", "(123) 456-7890", "GPA 3.96 / 4.00", "raised $2.5M in 2 rounds", "Version 1.2.3", "ID 0000-0000-0000-0000"])(
    "finds no date in %s",
    (text) => {
      expect(findDates(text).filter((d) => d.isRange || d.start?.format !== "year")).toEqual([]);
    },
  );

  it.each([
    ["year–year Job title, Employer, City.", "year–year"],
    ["YYYY – YYYY Data Engineer", "YYYY – YYYY"],
    ["MM/YYYY - Present", "MM/YYYY - Present"],
    ["年 – 年 学位, 院校", "年 – 年"],
  ])("reads a template's placeholder range in %s as a range of unknown dates", (text, printed) => {
    const m = findDates(text)[0];
    expect([m.text, m.isRange, m.start?.value, m.start?.format]).toEqual([printed, true, null, "placeholder"]);
  });

  it("takes a placeholder word for a date only inside a range", () => {
    expect(findDates("Employee of the year – 2019").map((d) => d.text)).toEqual(["2019"]);
    expect(findDates("the year of the dragon")).toEqual([]);
  });

  it("does not read a year out of a longer number", () => {
    expect(findDates("Order 120195 shipped")).toEqual([]);
    expect(findDates("2019%")).toEqual([]);
  });
});

describe("isDateOnly / stripDates", () => {
  it("recognises lines that hold nothing but dates", () => {
    expect(isDateOnly("Oct. 2021 – Current")).toBe(true);
    expect(isDateOnly("2003 – 2004 und")).toBe(true);
    expect(isDateOnly("Software Engineer, 2019 - 2021")).toBe(false);
    expect(isDateOnly("Software Engineer")).toBe(false);
  });

  it("leaves a field break where a date was", () => {
    expect(stripDates("Senior Python Developer, 2021 - Present")).toBe("Senior Python Developer,");
    expect(stripDates("Director of IT\tMarch 2019 – November 2021 The Walt Disney Company")).toBe("Director of IT\tThe Walt Disney Company");
  });
});

describe("findDates: two-digit years", () => {
  it("takes a month with a two-digit year only inside a range", () => {
    expect(findDates("scored 10/18 on the final")).toEqual([]);
    expect(findDates("rated '19 best")).toEqual([]);
  });
});
