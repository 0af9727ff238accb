import { describe, expect, it } from "vitest";
import { getIn, moveItem, setIn, updateListIn } from "../../app/components/admin/set-in";

describe("setIn", () => {
  const state = { title: "t", groups: [{ label: "a", items: [1, 2] }, { label: "b", items: [3] }] };

  it("sets a nested value and keeps untouched branches identical", () => {
    const next = setIn(state, "groups.0.items.1", 9);
    expect(next.groups[0].items).toEqual([1, 9]);
    expect(next.groups[1]).toBe(state.groups[1]);
    expect(state.groups[0].items).toEqual([1, 2]);
    expect(getIn(next, "groups.0.items.1")).toBe(9);
    expect(getIn(next, "groups.7.label")).toBeUndefined();
  });

  it("refuses an index outside a list", () => {
    expect(() => setIn(state, "groups.5.label", "x")).toThrow(/no item 5/);
  });

  it("updates and reorders lists", () => {
    const next = updateListIn<typeof state, { label: string; items: number[] }>(state, "groups", (list) => [...list, { label: "c", items: [] }]);
    expect(next.groups.map((g) => g.label)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 9)).toEqual(["b", "c", "a"]);
  });
});
