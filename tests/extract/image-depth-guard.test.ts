import { describe, expect, it } from "vitest";
import { blankInvalidImageDepths } from "../../lib/extract/pdf/image-depth-guard";

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (bytes: Uint8Array) => String.fromCharCode(...bytes);

function guard(source: string): { out: string; blanked: number } {
  const bytes = latin1(source);
  const blanked = blankInvalidImageDepths(bytes);
  return { out: text(bytes), blanked };
}

describe("blankInvalidImageDepths", () => {
  it("blanks a depth PDF does not allow to 0, keeping every byte offset", () => {
    const source = "<< /Subtype /Image /Width 4 /BitsPerComponent 1e308 /Length 48 >>";
    const { out, blanked } = guard(source);
    expect(blanked).toBe(1);
    expect(out).toBe("<< /Subtype /Image /Width 4 /BitsPerComponent 0     /Length 48 >>");
    expect(out.length).toBe(source.length);
  });

  it("catches inline images' /BPC, any spacing, and several keys", () => {
    const { out, blanked } = guard("BI /W 2 /H 2 /BPC\n99999999999 /CS /G ID xx EI\n<</BitsPerComponent 3>>");
    expect(blanked).toBe(2);
    expect(out).toBe("BI /W 2 /H 2 /BPC\n0           /CS /G ID xx EI\n<</BitsPerComponent 0>>");
  });

  it("leaves valid depths, references, other names and other numbers alone", () => {
    const source = [
      "/BitsPerComponent 8 /BitsPerComponent 1/BPC 16 /BitsPerComponent 8.0",
      "/BitsPerComponent 12 0 R",
      "/BPCx 7 /Width 1e308",
    ].join("\n");
    expect(guard(source)).toEqual({ out: source, blanked: 0 });
  });
});
