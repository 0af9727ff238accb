import { describe, expect, it } from "vitest";
import { readReportListParams, reportListHref } from "../../app/components/account/report-list-query";
import { formatDateTime, formatDay } from "../../app/components/account/format-date";

describe("report list parameters", () => {
  it("reads the filters, trimming and skipping empty ones, first value of a repeated one", () => {
    const { values, query, problems } = readReportListParams({ q: "  smith ", role: "", minScore: "40", sort: ["score-desc", "oldest"], page: "2" });
    expect(values).toEqual({ q: "smith", minScore: "40", sort: "score-desc", page: "2" });
    expect(query).toEqual(values);
    expect(problems).toEqual([]);
  });

  it("drops a bad parameter with a message and keeps the others", () => {
    const { query, problems } = readReportListParams({ q: "x", minScore: "lots", from: "26/11/2025", sort: "random", page: "0" });
    expect(query).toEqual({ q: "x" });
    expect(problems.map((p) => p.field).sort()).toEqual(["from", "minScore", "page", "sort"]);
    expect(problems.find((p) => p.field === "minScore")?.message).toMatch(/number from 0 to 100/);
  });

  it("drops the lower bound of an inverted range", () => {
    const scores = readReportListParams({ minScore: "80", maxScore: "20" });
    expect(scores.query).toEqual({ maxScore: "20" });
    expect(scores.problems).toEqual([{ field: "minScore", message: expect.stringMatching(/above the highest/) }]);
    const dates = readReportListParams({ from: "2025-02-01", to: "2025-01-01" });
    expect(dates.query).toEqual({ to: "2025-01-01" });
  });

  it("builds links that leave defaults out and apply changes", () => {
    const values = { q: "smith", sort: "newest", page: "3" };
    expect(reportListHref(values)).toBe("/reports?q=smith&page=3");
    expect(reportListHref(values, { page: "1" })).toBe("/reports?q=smith");
    expect(reportListHref(values, { q: undefined, role: "ml-engineer" })).toBe("/reports?role=ml-engineer&page=3");
    expect(reportListHref({})).toBe("/reports");
    expect(reportListHref({ q: "a&b c" })).toBe("/reports?q=a%26b+c");
  });
});

describe("dates", () => {
  it("prints UTC days and minutes whatever the local zone", () => {
    expect(formatDay(new Date("2025-11-26T23:59:00Z"))).toBe("2025-11-26");
    expect(formatDateTime("2025-11-26T16:13:42.123Z")).toBe("2025-11-26 16:13 UTC");
  });
});
