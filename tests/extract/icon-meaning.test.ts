import { describe, expect, it } from "vitest";
import { iconMeaningOf, iconMeaningOfName } from "../../lib/extract/icon-meaning";

describe("iconMeaningOf", () => {
  it("reads LaTeX's re-encoded Font Awesome by glyph name, whatever letter it sits on", () => {
    expect(iconMeaningOf({ text: "§", fontName: "FontAwesome5Brands-Regular", glyphName: "github", code: 167 })).toBe("github");
    expect(iconMeaningOfName("linkedin_sign")).toBe("linkedin");
    expect(iconMeaningOfName("linkedin-in")).toBe("linkedin");
    expect(iconMeaningOfName("map-marker-alt")).toBe("location");
    expect(iconMeaningOfName("envelope_alt")).toBe("email");
    expect(iconMeaningOfName("mobile-alt")).toBe("mobile");
    expect(iconMeaningOfName("mastodon")).toBe("profile");
    expect(iconMeaningOfName("trophy")).toBeNull();
  });

  it("reads Font Awesome private-use code points and marvosym's codes", () => {
    expect(iconMeaningOf({ text: "\uf0e1", fontName: "FontAwesome", glyphName: null, code: 210 })).toBe("linkedin");
    expect(iconMeaningOf({ text: "H", fontName: "MarVoSym", glyphName: null, code: 72 })).toBe("mobile");
    expect(iconMeaningOf({ text: "B", fontName: "MarVoSym", glyphName: null, code: 66 })).toBe("email");
    expect(iconMeaningOf({ text: "\uf005", fontName: "FontAwesome", glyphName: null, code: 1 })).toBe("other");
  });
});
