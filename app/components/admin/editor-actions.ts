/** What the editor's parts may do to the form; one stable object, so memoised parts stay cheap. */
export interface EditorActions {
  set(path: string, value: string): void;
  toggle(path: string, checked: boolean): void;
  touch(path: string): void;
  addItem(listPath: string, item: unknown): void;
  removeItem(listPath: string, index: number): void;
  moveItem(listPath: string, from: number, to: number): void;
  /** Focus the field (or element id) after the next render, opening whatever hides it. */
  focus(pathOrId: string): void;
}

/** Visible messages by field path (client validation of touched fields, and the server's). */
export type IssueMap = ReadonlyMap<string, readonly string[]>;

/** Messages of `path` and everything below it. */
export function countIssuesUnder(issues: IssueMap, path: string): number {
  let count = 0;
  for (const [field, messages] of issues) if (field === path || field.startsWith(`${path}.`)) count += messages.length;
  return count;
}
