import { describe, expect, it } from "vitest";
import { compareHref, formatChange, readCompareParams } from "../../app/components/account/compare-params";

describe("compare parameters", () => {
  it("takes an ordered pair, or two ids from the list's checkboxes", () => {
    expect(readCompareParams({ before: "a", after: "b" })).toEqual({ kind: "pair", before: "a", after: "b" });
    expect(readCompareParams({ id: ["a", "b"] })).toEqual({ kind: "unordered", ids: ["a", "b"] });
    expect(readCompareParams({})).toEqual({ kind: "none" });
  });

  it("explains a wrong pick", () => {
    expect(readCompareParams({ before: "a", after: "a" })).toMatchObject({ kind: "invalid" });
    expect(readCompareParams({ before: "a" })).toMatchObject({ kind: "invalid" });
    expect(readCompareParams({ id: ["a", "b", "c"] })).toMatchObject({ kind: "invalid", message: expect.stringMatching(/3 selected/) });
    expect(readCompareParams({ id: "a" })).toMatchObject({ kind: "invalid" });
  });

  it("builds links and signed changes", () => {
    expect(compareHref("a", "b")).toBe("/compare?before=a&after=b");
    expect(formatChange(3.46)).toBe("+3.5");
    expect(formatChange(-2)).toBe("−2");
    expect(formatChange(0.01)).toBe("±0");
  });
});
