import { describe, expect, it } from "vitest";
import { ServiceBusyError } from "../../server/errors";
import { ThreadGate } from "../../server/pool/thread-gate";

/** A task that runs until `finish()` is called, recording when it started. */
function controlled(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { task: async () => (log.push(name), done), finish: () => finish() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("ThreadGate", () => {
  it("runs as many tasks as threads, and hands a freed thread to waiting uploads before page pictures", async () => {
    const gate = new ThreadGate({ threads: 2, backgroundThreads: 1 });
    const log: string[] = [];
    const [a, b, picture, c] = [controlled(log, "a"), controlled(log, "b"), controlled(log, "picture"), controlled(log, "c")];
    const runs = [gate.foreground(a.task), gate.foreground(b.task), gate.background(picture.task), gate.foreground(c.task)];
    await tick();
    expect(log).toEqual(["a", "b"]);
    expect(gate.waiting).toBe(1);
    a.finish();
    await tick();
    expect(log).toEqual(["a", "b", "c"]); // the upload that came after the picture goes first
    c.finish();
    await tick();
    expect(log).toEqual(["a", "b", "c", "picture"]);
    b.finish();
    picture.finish();
    await Promise.all(runs);
  });

  it("never gives background work every thread", async () => {
    const gate = new ThreadGate({ threads: 2 });
    const log: string[] = [];
    const pictures = [controlled(log, "p1"), controlled(log, "p2")];
    const runs = pictures.map((p) => gate.background(p.task));
    await tick();
    expect(log).toEqual(["p1"]);
    const upload = controlled(log, "upload");
    const uploaded = gate.foreground(upload.task);
    await tick();
    expect(log).toEqual(["p1", "upload"]); // the spare thread takes an upload at once
    upload.finish();
    pictures[0].finish();
    await tick();
    expect(log).toEqual(["p1", "upload", "p2"]);
    pictures[1].finish();
    await Promise.all([...runs, uploaded]);
  });

  it("runs the steady number of tasks, and lets the next one start on a spare thread once a task is slow", async () => {
    const gate = new ThreadGate({ threads: 2, steadyThreads: 1, spillAfterMs: 80 });
    const log: string[] = [];
    const [slow, next, picture] = [controlled(log, "slow"), controlled(log, "next"), controlled(log, "picture")];
    const runs = [gate.foreground(slow.task), gate.foreground(next.task)];
    const drawn = gate.background(picture.task);
    await tick();
    expect(log).toEqual(["slow"]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(log).toEqual(["slow", "next"]); // spilled over; background work never does
    next.finish();
    await tick();
    expect(log).toEqual(["slow", "next"]);
    slow.finish();
    await tick();
    expect(log).toEqual(["slow", "next", "picture"]);
    picture.finish();
    await Promise.all([...runs, drawn]);
  });

  it("refuses an upload at once with ServiceBusyError when the line is full", async () => {
    const gate = new ThreadGate({ threads: 1, maxWaiting: 2 });
    const log: string[] = [];
    const tasks = [controlled(log, "1"), controlled(log, "2"), controlled(log, "3")];
    const runs = tasks.map((t) => gate.foreground(t.task));
    await tick();
    expect(() => gate.assertRoom()).toThrow(ServiceBusyError);
    const refused = await gate.foreground(async () => "never").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ServiceBusyError);
    expect((refused as ServiceBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    tasks.forEach((t) => t.finish());
    await Promise.all(runs);
    expect(log).toEqual(["1", "2", "3"]);
    expect(() => gate.assertRoom()).not.toThrow();
  });

  it("lets a background task give up its wait, and passes its thread on", async () => {
    const gate = new ThreadGate({ threads: 1 });
    const log: string[] = [];
    const upload = controlled(log, "upload");
    const uploaded = gate.foreground(upload.task);
    const controller = new AbortController();
    const waiting = gate.background(async () => log.push("picture"), controller.signal).catch((error: unknown) => error);
    controller.abort(new Error("waited too long"));
    expect(await waiting).toMatchObject({ message: "waited too long" });
    upload.finish();
    await uploaded;
    await gate.background(async () => log.push("next picture"));
    expect(log).toEqual(["upload", "next picture"]);
  });

  it("releases the thread of a task that throws", async () => {
    const gate = new ThreadGate({ threads: 1 });
    await expect(gate.foreground(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(gate.foreground(async () => "ok")).resolves.toBe("ok");
  });
});
