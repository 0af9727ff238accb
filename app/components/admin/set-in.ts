/**
 * Immutable updates by dotted path ("keywordGroups.0.keywords.3.term"), the same paths the profile
 * schema reports issues at: the editor changes one field and every untouched branch keeps its
 * identity (so unchanged keyword groups skip re-rendering).
 */

export function getIn(target: unknown, path: string): unknown {
  let value = target;
  for (const segment of split(path)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

export function setIn<T>(target: T, path: string, value: unknown): T {
  return setSegments(target, split(path), value) as T;
}

/** Applies `change` to the array at `path`. */
export function updateListIn<T, Item>(target: T, path: string, change: (list: Item[]) => Item[]): T {
  const list = getIn(target, path);
  return setIn(target, path, change(Array.isArray(list) ? (list as Item[]) : []));
}

/** A copy of `list` with the item at `from` moved to `to` (clamped). */
export function moveItem<Item>(list: readonly Item[], from: number, to: number): Item[] {
  const copy = list.slice();
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item);
  return copy;
}

function setSegments(target: unknown, segments: string[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (Array.isArray(target)) {
    const index = Number(head);
    if (!Number.isInteger(index) || index < 0 || index >= target.length) throw new Error(`no item ${head} in the list`);
    const copy = target.slice();
    copy[index] = setSegments(target[index], rest, value);
    return copy;
  }
  const object = (target ?? {}) as Record<string, unknown>;
  return { ...object, [head]: setSegments(object[head], rest, value) };
}

function split(path: string): string[] {
  return path === "" ? [] : path.split(".");
}
