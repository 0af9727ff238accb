/** The profile editor's expected-sections rows, server-rendered: kinds are offered by name, stored by value. */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { EditorActions } from "../../app/components/admin/editor-actions";
import { ExpectedSectionsEditor } from "../../app/components/admin/profile-parts-editor";
import { SECTION_KINDS } from "../../lib/report/schema";

const noActions: EditorActions = { set() {}, toggle() {}, touch() {}, addItem() {}, removeItem() {}, moveItem() {}, focus() {} };

function render(kind: string): string {
  return renderToString(createElement(ExpectedSectionsEditor, { items: [{ key: "row-1", kind, importance: "required" }], issues: new Map(), actions: noActions }));
}

describe("ExpectedSectionsEditor", () => {
  it("names every section kind in the select, keeping the kind as the value", () => {
    const html = render("experience");
    for (const kind of SECTION_KINDS) {
      const label = kind.charAt(0).toUpperCase() + kind.slice(1);
      expect(html).toMatch(new RegExp(`<option value="${kind}"[^>]*>${label}</option>`));
    }
    expect(html).toContain("section Experience</span>");
  });

  it("still shows a kind the schema does not know, as it is", () => {
    expect(render("hobbies")).toMatch(/<option value="hobbies"[^>]*>hobbies<\/option>/);
  });
});
