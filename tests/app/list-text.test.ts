import { describe, expect, it } from "vitest";
import { formatLines, formatList, parseLines, parseList } from "../../app/components/admin/list-text";

describe("comma lists", () => {
  it("splits on commas, trims, and drops empty items such as a trailing comma", () => {
    expect(parseList(" PyTorch,Torch ,  LibTorch, ")).toEqual(["PyTorch", "Torch", "LibTorch"]);
    expect(parseList("")).toEqual([]);
    expect(parseList(" , ,")).toEqual([]);
  });

  it("keeps commas and quotes inside double quotes", () => {
    expect(parseList('"Product Manager, AI" , PM, "say ""hi"""')).toEqual(["Product Manager, AI", "PM", 'say "hi"']);
  });

  it("round-trips any list, including items with commas, quotes, spaces or nothing", () => {
    const lists = [["a", "b c"], ["Manager, ML", 'the "best"', " padded "], [""], ["C++", "C#", "Node.js"], []];
    for (const list of lists) expect(parseList(formatList(list))).toEqual(list);
  });

  it("writes plain items without quotes", () => {
    expect(formatList(["scikit-learn", "sklearn"])).toBe("scikit-learn, sklearn");
    expect(formatList(["Manager, ML"])).toBe('"Manager, ML"');
  });
});

describe("line lists", () => {
  it("takes one trimmed item per non-empty line", () => {
    expect(parseLines("Product Manager, AI\r\n\n  ML Engineer  \n")).toEqual(["Product Manager, AI", "ML Engineer"]);
    expect(parseLines(formatLines(["a, b", "c"]))).toEqual(["a, b", "c"]);
  });
});
