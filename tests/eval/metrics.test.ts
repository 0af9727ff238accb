import { describe, expect, it } from "vitest";
import {
  averageRanks,
  linkFound,
  normText,
  normUrl,
  phoneDigits,
  prf,
  ratio,
  sequenceRatio,
  similar,
  spearman,
  upperMedian,
} from "../../scripts/eval/metrics";

// Expected values were computed with Python 3.11 (difflib, and the functions of shared/tools/eval.py).

describe("normText", () => {
  it("lower-cases and collapses punctuation runs to one space, keeping @ . + and _", () => {
    expect(normText("Jane  Q. Doe-Smith")).toBe("jane q. doe smith");
    expect(normText("ﬁnance & Co_ 😀 x+y@z.com")).toBe("finance co_ x+y@z.com");
  });
  it("applies NFKC (full-width letters and spaces become ASCII)", () => {
    expect(normText("ＪＡＮＥ　ＤＯＥ")).toBe("jane doe");
  });
  it("treats combining marks as separators, as Python's \\w does", () => {
    expect(normText("हिन्दी")).toBe("ह न द");
  });
  it("maps null and undefined to the empty string", () => {
    expect(normText(null)).toBe("");
    expect(normText(undefined)).toBe("");
  });
});

describe("phoneDigits", () => {
  it("keeps the last 9 digits when there are more, so country codes do not matter", () => {
    expect(phoneDigits("+1 (555) 123-4567")).toBe("551234567");
    expect(phoneDigits("+49 30 1234 5678")).toBe("012345678");
  });
  it("keeps short numbers whole and counts any decimal digit", () => {
    expect(phoneDigits("12345")).toBe("12345");
    expect(phoneDigits("٠١٢٣٤٥٦٧٨٩")).toBe("١٢٣٤٥٦٧٨٩");
    expect(phoneDigits(null)).toBe("");
  });
});

describe("normUrl", () => {
  it("drops scheme, www. and trailing slashes, and lower-cases", () => {
    expect(normUrl(" HTTPS://www.GitHub.com/Jane/ ")).toBe("github.com/jane");
    expect(normUrl("http://linkedin.com/in/x//")).toBe("linkedin.com/in/x");
  });
  it("only drops www. as a whole label", () => {
    expect(normUrl("wwwx.com")).toBe("wwwx.com");
  });
});

describe("linkFound", () => {
  it("matches equal urls and urls inside one another", () => {
    expect(linkFound("https://github.com/jane", ["github.com/jane"])).toBe(true);
    expect(linkFound("jane", ["github.com/jane"])).toBe(true);
    expect(linkFound("linkedin.com/in/jane-doe-123", ["linkedin.com/in/jane-doe"])).toBe(true);
  });
  it("does not match unrelated urls, and an empty found url matches nothing", () => {
    expect(linkFound("github.com/jane", ["gitlab.com/john", ""])).toBe(false);
    expect(linkFound("github.com/jane", [])).toBe(false);
  });
});

describe("sequenceRatio (difflib.SequenceMatcher.ratio)", () => {
  it.each([
    ["abcd", "bcde", 0.75],
    ["senior software engineer", "software engineer ii", 0.7727272727272727],
    ["san francisco ca", "san francisco, california", 0.7804878048780488],
    ["kitten", "sitting", 0.6153846153846154],
    ["qabxcd", "abycdf", 0.6666666666666666],
    ["münchen", "munich", 0.6153846153846154],
    ["北京 中国", "北京市", 0.5],
    ["", "abc", 0],
  ])("%s ~ %s = %f", (a, b, want) => {
    expect(sequenceRatio(a, b)).toBeCloseTo(want, 12);
  });
  it("is 1 for two empty strings", () => {
    expect(sequenceRatio("", "")).toBe(1);
  });
  it("applies difflib's autojunk on 200+ characters (frequent characters do not seed matches)", () => {
    const a = `${"a".repeat(250)}b`;
    const b = `b${"a".repeat(250)}`;
    expect(sequenceRatio(a, b)).toBeCloseTo(0.00398406374501992, 12);
    // Below 200 characters the same shape matches almost entirely.
    expect(sequenceRatio(`${"a".repeat(50)}b`, `b${"a".repeat(50)}`)).toBeCloseTo(100 / 102, 12);
  });
  it("counts code points, not UTF-16 units", () => {
    expect(sequenceRatio("😀a", "😀b")).toBe(0.5);
  });
});

describe("similar", () => {
  it("accepts containment and ratios at the threshold", () => {
    expect(similar("Senior Software Engineer", "Software Engineer")).toBe(true);
    expect(similar("Berlin, Germany", "Berlin", 0.7)).toBe(true);
  });
  it("rejects different strings and empty sides", () => {
    expect(similar("Data Scientist", "Data Analyst")).toBe(false);
    expect(similar("", "x")).toBe(false);
    expect(similar(null, "x")).toBe(false);
    expect(similar("---", "---")).toBe(false);
  });
});

describe("prf", () => {
  it("computes precision, recall and F1", () => {
    const r = prf(2, 1, 1);
    expect(r.precision).toBeCloseTo(2 / 3, 12);
    expect(r.recall).toBeCloseTo(2 / 3, 12);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
  });
  it("counts an empty denominator as perfect", () => {
    expect(prf(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 2, 0)).toEqual({ precision: 0, recall: 1, f1: 0 });
    expect(prf(0, 0, 3)).toEqual({ precision: 1, recall: 0, f1: 0 });
  });
});

describe("averageRanks", () => {
  it("gives ties the mean of their positions", () => {
    expect(averageRanks([10, 30, 20, 30, 10])).toEqual([0.5, 3.5, 2, 3.5, 0.5]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe("spearman", () => {
  it("matches eval.py on known values, with and without ties", () => {
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 12);
    expect(spearman([1, 1, 2, 2, 3], [0, 0, 1, 3, 3])).toBeCloseTo(0.9166666666666666, 12);
    expect(spearman([10, 20, 30, 40, 50, 60], [0, 1, 1, 2, 3, 3])).toBeCloseTo(0.9710083124552245, 12);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });
  it("is NaN under 3 pairs or when one side is constant", () => {
    expect(spearman([1, 2], [1, 2])).toBeNaN();
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(spearman([], [])).toBeNaN();
  });
  it("refuses lists of different length", () => {
    expect(() => spearman([1, 2, 3], [1, 2])).toThrow();
  });
});

describe("upperMedian and ratio", () => {
  it("takes the upper middle of an even count, as eval.py does", () => {
    expect(upperMedian([4, 1, 3, 2])).toBe(3);
    expect(upperMedian([5, 1, 3])).toBe(3);
    expect(upperMedian([])).toBeNaN();
  });
  it("is null when there was nothing to find", () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });
});
