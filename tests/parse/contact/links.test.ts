import { describe, expect, it } from "vitest";
import { contactSegments } from "../../../lib/parse/contact/icons";
import { cleanUrl, findUrls, iconHandle, labelledHandle, linkKind } from "../../../lib/parse/contact/links";

describe("findUrls", () => {
  it("classifies profile links and strips scheme and trailing slash", () => {
    expect(findUrls("https://www.linkedin.com/in/jane-doe/")).toEqual([{ kind: "linkedin", url: "www.linkedin.com/in/jane-doe" }]);
    expect(findUrls("github.com/janedoe")).toEqual([{ kind: "github", url: "github.com/janedoe" }]);
    expect(findUrls("kaggle.com/jane")).toEqual([{ kind: "kaggle", url: "kaggle.com/jane" }]);
    expect(findUrls("https://scholar.google.com/citations?user=abc")[0].kind).toBe("scholar");
    expect(findUrls("https://janedoe.dev")).toEqual([{ kind: "portfolio", url: "janedoe.dev" }]);
    expect(findUrls("x.com/jane")[0].kind).toBe("other");
  });

  it("finds several links in one contact line", () => {
    const urls = findUrls("jane@example.com | linkedin.com/in/jane | github.com/jane | jane.io").map((l) => l.url);
    expect(urls).toEqual(["linkedin.com/in/jane", "github.com/jane", "jane.io"]);
  });

  it("does not take file names, frameworks or e-mail domains for links", () => {
    expect(findUrls("React.js, Node.js, ASP.NET, e.g. config.yaml")).toEqual([]);
    expect(findUrls("jane.doe@example.com")).toEqual([]);
  });
});

describe("handles", () => {
  it("reads a handle after a network's name", () => {
    expect(labelledHandle("LinkedIn: evamustermann")).toEqual({ kind: "linkedin", url: "evamustermann" });
    expect(labelledHandle("GitHub – evamustermann")).toEqual({ kind: "github", url: "evamustermann" });
    expect(labelledHandle("Xing: Eva_Mustermann")).toEqual({ kind: "other", url: "Eva_Mustermann" });
    expect(labelledHandle("Skills: Python")).toBeNull();
  });

  it("reads a handle after a known icon", () => {
    expect(iconHandle("github", "rendercv")).toEqual({ kind: "github", url: "rendercv" });
    expect(iconHandle("email", "rendercv")).toBeNull();
    expect(iconHandle(null, "rendercv")).toBeNull();
  });

  it("cleans and classifies urls", () => {
    expect(cleanUrl("http://www.example.com/~jane/")).toBe("www.example.com/~jane");
    expect(linkKind("www.linkedin.com/in/x")).toBe("linkedin");
  });
});

describe("contactSegments", () => {
  it("splits a contact line at separators and icons, keeping each icon's meaning", () => {
    expect(contactSegments("\uf041 San Francisco, CA \uf0e0 jane@x.io | \uf08c jdoe  ,  \uf09b jdoe")).toEqual([
      { icon: "location", text: "San Francisco, CA" },
      { icon: "email", text: "jane@x.io" },
      { icon: "linkedin", text: "jdoe" },
      { icon: "github", text: "jdoe" },
    ]);
    expect(contactSegments("2222 McCoy Road  •   Columbus, Ohio 44444")).toEqual([
      { icon: null, text: "2222 McCoy Road" },
      { icon: null, text: "Columbus, Ohio 44444" },
    ]);
  });
});
