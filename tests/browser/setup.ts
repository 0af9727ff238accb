/** Runs around every browser test: a test fails on console errors or failed requests it did not expect. */
import { afterEach, expect } from "vitest";
import { noBrowser, pageProblems } from "./helpers";

afterEach(() => {
  if (noBrowser) return;
  expect(pageProblems.takeUnexpected(), "console errors and failed requests in the browser").toEqual([]);
});
