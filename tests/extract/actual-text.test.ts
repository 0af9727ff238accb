/**
 * Ligatures spelled out with /ActualText (Chrome, Google Docs, HTML-to-PDF services): an extractor
 * that honours the span reads "fi", so neither the ligature nor an unmapped ligature glyph is a
 * problem. Content streams are built in code, compressed and not.
 */
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { countLigatureActualTexts, decodePdfString, settleActualText } from "../../lib/extract/pdf/actual-text";
import type { ExtractedDocument } from "../../lib/extract/model";
import { finding } from "../../lib/warnings/finding";

const CONTENT = [
  "BT /F1 10 Tf 50 700 Td (Certi) Tj ET",
  "/Span <</ActualText (fi)>> BDC BT /F1 10 Tf (\\001) Tj ET EMC",
  "/Span <</ActualText <FEFF0066006C>>> BDC BT (\\002) Tj ET EMC",
  "/Span <</ActualText (Chapter one)>> BDC BT (x) Tj ET EMC",
].join("\n");

function pdf(content: string, compress: boolean): Uint8Array {
  const data = compress ? deflateSync(Buffer.from(content, "latin1")) : Buffer.from(content, "latin1");
  const filter = compress ? "/Filter /FlateDecode " : "";
  return new Uint8Array(Buffer.concat([
    Buffer.from(`%PDF-1.7\n4 0 obj\n<< ${filter}/Length ${data.length} >>\nstream\n`, "latin1"),
    data,
    Buffer.from("\nendstream\nendobj\n%%EOF\n", "latin1"),
  ]));
}

function doc(findings: ExtractedDocument["findings"]): ExtractedDocument {
  return {
    format: "pdf", pageCount: 1, pages: [], streamText: "Certiﬁed ﬂows", findings,
    metadata: { title: null, author: null, producer: null, creator: null },
  };
}

describe("ActualText ligatures", () => {
  it("decodes literal and UTF-16 hex PDF strings", () => {
    expect(decodePdfString("(fi)")).toBe("fi");
    expect(decodePdfString("(a\\(b\\)\\101)")).toBe("a(b)A");
    expect(decodePdfString("<FEFF00660069>")).toBe("fi");
    expect(decodePdfString("<6666>")).toBe("ff");
  });

  it("counts spans that spell out a ligature, in compressed and plain content streams", () => {
    expect(countLigatureActualTexts(pdf(CONTENT, true))).toBe(2);
    expect(countLigatureActualTexts(pdf(CONTENT, false))).toBe(2);
    expect(countLigatureActualTexts(pdf("BT (Certified) Tj ET", true))).toBe(0);
  });

  it("drops the ligature and unmapped-glyph findings the spans account for, and spells out the stream text", () => {
    const settled = settleActualText(doc([finding("ligatures", "ﬁ", 1, 1), finding("garbled_text", "Pro�les", 1, 1)]), pdf(CONTENT, true));
    expect(settled.findings).toEqual([]);
    expect(settled.streamText).toBe("Certified flows");
  });

  it("keeps findings the spans do not cover", () => {
    const settled = settleActualText(doc([finding("ligatures", "ﬁ", 1, 5)]), pdf(CONTENT, true));
    expect(settled.findings.map((f) => f.code)).toEqual(["ligatures"]);
    expect(settled.streamText).toBe("Certiﬁed ﬂows");
  });
});
