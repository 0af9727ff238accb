import { describe, expect, it } from "vitest";
import { padNum, padText, pyFixed } from "../../scripts/eval/format-number";

// Expected strings are Python 3.11's f"{x:.Nf}".
describe("pyFixed", () => {
  it.each([
    [0.0625, 3, "0.062"],
    [0.3125, 3, "0.312"],
    [0.125, 2, "0.12"],
    [2.5, 0, "2"],
    [1.5, 0, "2"],
    [0.5, 0, "0"],
    [-0.0625, 3, "-0.062"],
    [-0.0625, 0, "-0"],
    [1 / 3, 3, "0.333"],
    [0.0005, 3, "0.001"],
    [0.0015, 3, "0.002"],
    [1234.5, 0, "1234"],
    [0.6666666, 2, "0.67"],
    [1, 3, "1.000"],
  ])("%f with %i digits is %s", (x, digits, want) => {
    expect(pyFixed(x, digits)).toBe(want);
  });
  it("prints nan for missing values", () => {
    expect(pyFixed(null, 3)).toBe("nan");
    expect(pyFixed(NaN, 3)).toBe("nan");
  });
});

describe("padding", () => {
  it("pads numbers left and text right", () => {
    expect(padNum(3, 2)).toBe(" 3");
    expect(padNum(123, 2)).toBe("123");
    expect(padText("name", 9)).toBe("name     ");
  });
});
