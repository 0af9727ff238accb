import { describe, expect, it } from "vitest";
import type { Span } from "../../../lib/extract/model";
import { parseResume } from "../../../lib/parse";
import { lineSegments } from "../../../lib/parse/contact/icons";
import { labelledLink, linkBehind } from "../../../lib/parse/contact/links";
import { docFromLines, h } from "../helpers";

const span = (text: string, extra: Partial<Span> = {}): Span => ({
  text, x: null, y: null, width: null, height: null, fontName: null, fontSize: null, bold: null, italic: null,
  icon: null, link: null, hidden: false, ...extra,
});

describe("lineSegments", () => {
  it("splits a line at icon spans, each labelling the field after it", () => {
    const spans = [span("", { icon: "linkedin" }), span("jane-doe"), span("\t", { icon: "github" }), span("janedoe")];
    expect(lineSegments("jane-doe\tjanedoe", spans)).toEqual([
      { icon: "linkedin", text: "jane-doe", link: null },
      { icon: "github", text: "janedoe", link: null },
    ]);
  });

  it("cuts at the edges of hyperlinks and carries their web targets, not mailto", () => {
    const spans = [
      span("jane@x.io", { link: "mailto:jane@x.io" }), span(" "),
      span("jane.doe ", { link: "http://www.linkedin.com/in/jane.doe" }), span("jdoe", { link: "https://github.com/jdoe" }),
    ];
    expect(lineSegments("jane@x.io jane.doe jdoe", spans)).toEqual([
      { icon: null, text: "jane@x.io", link: null },
      { icon: null, text: "jane.doe", link: "http://www.linkedin.com/in/jane.doe" },
      { icon: null, text: "jdoe", link: "https://github.com/jdoe" },
    ]);
  });

  it("reads the text alone when the spans do not spell the line", () => {
    expect(lineSegments("a | b", [span("x", { icon: "email" })])).toEqual([
      { icon: null, text: "a", link: null },
      { icon: null, text: "b", link: null },
    ]);
  });
});

describe("links behind labels", () => {
  it("takes a hyperlink's target when the printed text is a label or the handle it spells out", () => {
    expect(linkBehind("https://www.linkedin.com/in/jane/", "LinkedIn")).toEqual({ kind: "linkedin", url: "www.linkedin.com/in/jane" });
    expect(linkBehind("https://x.com/@jane", "@jane")).toEqual({ kind: "other", url: "x.com/@jane" });
    expect(linkBehind("https://example.com/talk", "My talk at PyCon")).toBeNull();
    expect(linkBehind("mailto:jane@x.io", "Email")).toBeNull();
  });

  it("reads 'Label: URL' for networks and personal sites, but not a repository", () => {
    expect(labelledLink("• GitHub: https://github.com/jane")).toEqual({ kind: "github", url: "github.com/jane" });
    expect(labelledLink("技术博客: http://blog.jane.me")).toEqual({ kind: "portfolio", url: "blog.jane.me" });
    expect(labelledLink("GitHub: https://github.com/jane/project")).toBeNull();
    expect(labelledLink("Tools: https://example.com")).toBeNull();
  });
});

describe("contact links from the document model", () => {
  it("classifies handles by their icon spans and labels by their hyperlinks", () => {
    const doc = docFromLines(["Jane Doe", "jane-doe\tjanedoe", "GitHub", "", h("Experience"), "Engineer, Acme\t2020 – 2022"]);
    const [contactLine, labelLine] = doc.pages[0].blocks[0].lines.slice(1);
    contactLine.spans = [span("", { icon: "linkedin" }), span("jane-doe"), span("\t", { icon: "twitter" }), span("janedoe")];
    labelLine.spans = [span("GitHub", { link: "https://github.com/janedoe/" })];
    expect(parseResume(doc).contact.links).toEqual([
      { kind: "linkedin", url: "jane-doe" },
      { kind: "other", url: "janedoe" },
      { kind: "github", url: "github.com/janedoe" },
    ]);
  });

  it("finds a labelled profile outside the contact block, but not a project's repository", () => {
    const doc = docFromLines([
      "Jane Doe", "jane@x.io", "", h("Projects"), "Parser\tGitHub: https://github.com/jane/parser", "",
      h("Other"), "GitHub: https://github.com/jane",
    ]);
    expect(parseResume(doc).contact.links).toEqual([{ kind: "github", url: "github.com/jane" }]);
  });
});
