import { describe, expect, it } from "vitest";
import type { PageImage } from "../../lib/extract/pdf/render-pages";
import type { RenderPagesInPoolOptions } from "../../server/pool/analyze-pool";
import { PageImageJobs } from "../../server/pool/page-image-jobs";

const picture = (page: number): PageImage => ({ page, width: 9, height: 12, mime: "image/jpeg", data: new Uint8Array([page]) });

/** A stand-in pool with one background thread: jobs wait (abortably) until the test releases them. */
function fakePool() {
  const line: Array<{ bytes: Uint8Array; start: () => void }> = [];
  return {
    line,
    renderPages(bytes: Uint8Array, { signal, onStart }: RenderPagesInPoolOptions = {}): Promise<PageImage[]> {
      return new Promise((resolve, reject) => {
        const entry = {
          bytes,
          start: () => {
            onStart?.();
            resolve([picture(bytes[0])]);
          },
        };
        signal?.addEventListener("abort", () => {
          line.splice(line.indexOf(entry), 1);
          reject(signal.reason);
        });
        line.push(entry);
      });
    },
  };
}

function job(n: number, size = 1) {
  const finished: PageImage[][] = [];
  const bytes = new Uint8Array(size).fill(n);
  return { finished, job: { bytes, finish: async (images: PageImage[]) => void finished.push(images) } };
}

describe("PageImageJobs", () => {
  it("hands the pictures drawn to finish, once", async () => {
    const pool = fakePool();
    const jobs = new PageImageJobs(pool, { maxJobs: 4, maxBytes: 100, maxWaitMs: 10_000 });
    const one = job(1);
    jobs.schedule(one.job);
    expect(jobs.pending).toBe(1);
    pool.line[0].start();
    await jobs.idle();
    expect(one.finished).toEqual([[picture(1)]]);
    expect(jobs.pending).toBe(0);
  });

  it("gives up the oldest waiting job past the job or byte limit, with no pictures", async () => {
    const pool = fakePool();
    const jobs = new PageImageJobs(pool, { maxJobs: 2, maxBytes: 10, maxWaitMs: 10_000 });
    const [a, b, c] = [job(1), job(2), job(3)];
    [a, b, c].forEach((j) => jobs.schedule(j.job));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(a.finished).toEqual([[]]);
    expect(jobs.pending).toBe(2);
    const big = job(4, 9); // 1 + 1 + 9 bytes > 10: b goes
    jobs.schedule(big.job);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(b.finished).toEqual([[]]);
    pool.line.forEach((entry) => entry.start());
    await jobs.idle();
    expect(c.finished).toEqual([[picture(3)]]);
    expect(big.finished).toEqual([[picture(4)]]);
  });

  it("gives up a job that waited too long for a thread", async () => {
    const pool = fakePool();
    const jobs = new PageImageJobs(pool, { maxJobs: 4, maxBytes: 100, maxWaitMs: 50 });
    const slow = job(1);
    jobs.schedule(slow.job);
    await jobs.idle();
    expect(slow.finished).toEqual([[]]);
    expect(pool.line).toHaveLength(0);
  });
});
