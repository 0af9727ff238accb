/**
 * Privacy: reports expire after REPORT_RETENTION_DAYS (purged by `npm run purge`, on start and hourly
 * by the server), and deleting a report removes everything derived from it: its notes, share links
 * and page pictures. The uploaded file itself is never stored.
 */
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as analyze } from "../../app/api/analyze/route";
import { DELETE } from "../../app/api/reports/[id]/route";
import { analyzeFile } from "../../lib/report/analyze-file";
import { addReportNote } from "../../server/db/add-report-note";
import { createReportShare } from "../../server/db/create-report-share";
import { createUserAccount } from "../../server/db/create-user-account";
import { saveReport } from "../../server/db/save-report";
import { storeReportPageImages } from "../../server/db/store-report-page-images";
import { closeSharedAnalyzePool } from "../../server/pool/analyze-in-pool";
import { purgeExpiredReports } from "../../server/retention/purge-expired-reports";
import { startPurgeTimer } from "../../server/retention/purge-timer";
import { createTestDatabase, type TestDatabase } from "../api/test-database";
import { makeDocx, SAMPLE_RESUME_LINES } from "../server/make-docx";

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const DAY_MS = 24 * 60 * 60 * 1000;
const DERIVED = ["ReportNote", "ReportShare", "ReportPageImage"] as const;

let database: TestDatabase;
let coachId: string;
beforeAll(async () => {
  database = createTestDatabase();
  coachId = (await createUserAccount({ email: "coach@example.test", password: "correct horse battery", role: "coach" })).id;
});
afterAll(async () => {
  await closeSharedAnalyzePool();
  await database.close();
});

/** A stored report owned by the coach, with a note, a share link and two page pictures. */
async function reportWithEverything(): Promise<string> {
  const report = await analyzeFile(await makeDocx(SAMPLE_RESUME_LINES), { fileName: "jane.docx" });
  const picture = { width: 10, height: 14, mime: "image/png" as const };
  const { id } = await saveReport({ report, ownerId: coachId, pendingPageImages: [{ page: 1, ...picture }, { page: 2, ...picture }] });
  await storeReportPageImages(id, [1, 2].map((page) => ({ page, ...picture, data: new Uint8Array([1, 2, 3]) })));
  await addReportNote({ reportId: id, authorId: coachId, body: "strong candidate" });
  await createReportShare({ reportId: id, ownerId: coachId });
  return id;
}

function ageReport(id: string, days: number): void {
  const sqlite = new Database(database.file);
  // The way Prisma's SQLite adapter writes a DateTime.
  const when = new Date(Date.now() - days * DAY_MS).toISOString().replace("Z", "+00:00");
  sqlite.prepare('UPDATE "Report" SET createdAt = ? WHERE id = ?').run(when, id);
  sqlite.close();
}

async function rowsOf(id: string): Promise<Record<string, number>> {
  const out: Record<string, number> = { Report: await database.count("Report", `id = '${id}'`) };
  for (const table of DERIVED) out[table] = await database.count(table, `reportId = '${id}'`);
  return out;
}

const nothing = { Report: 0, ReportNote: 0, ReportShare: 0, ReportPageImage: 0 };
const everything = { Report: 1, ReportNote: 1, ReportShare: 1, ReportPageImage: 2 };

describe("purgeExpiredReports", () => {
  it("deletes reports past the retention period with their notes, shares and pictures, and keeps the rest", async () => {
    const old = await reportWithEverything();
    const recent = await reportWithEverything();
    ageReport(old, 31);
    ageReport(recent, 29);
    expect(await rowsOf(old)).toEqual(everything);

    const result = await purgeExpiredReports({ retentionDays: 30 });
    expect(result.deleted).toBe(1);
    expect(await rowsOf(old)).toEqual(nothing);
    expect(await rowsOf(recent)).toEqual(everything);
    // The account that owned it stays.
    expect(await database.count("User", `id = '${coachId}'`)).toBe(1);
  });

  it("keeps every report when the retention is 0", async () => {
    const id = await reportWithEverything();
    ageReport(id, 3650);
    expect(await purgeExpiredReports({ retentionDays: 0 })).toMatchObject({ deleted: 0, cutoff: null });
    expect(await rowsOf(id)).toEqual(everything);
    await purgeExpiredReports({ retentionDays: 30 });
  });

  it("reads REPORT_RETENTION_DAYS when no period is given", async () => {
    const id = await reportWithEverything();
    ageReport(id, 3);
    process.env.REPORT_RETENTION_DAYS = "2";
    try {
      expect((await purgeExpiredReports()).retentionDays).toBe(2);
    } finally {
      delete process.env.REPORT_RETENTION_DAYS;
    }
    expect(await rowsOf(id)).toEqual(nothing);
  });
});

describe("page pictures a stopped server never finished drawing", () => {
  it("are deleted by the purge once their upload is 10 minutes old; those being drawn stay", async () => {
    const report = await analyzeFile(await makeDocx(SAMPLE_RESUME_LINES), { fileName: "jane.docx" });
    const pending = [{ page: 1, width: 10, height: 14, mime: "image/jpeg" as const }];
    const stale = (await saveReport({ report, pendingPageImages: pending })).id;
    const drawing = (await saveReport({ report, pendingPageImages: pending })).id;
    ageReport(stale, 11 / (24 * 60));
    await purgeExpiredReports({ retentionDays: 30 });
    expect(await database.count("Report", `id = '${stale}'`)).toBe(1);
    expect(await database.count("ReportPageImage", `reportId = '${stale}'`)).toBe(0);
    expect(await database.count("ReportPageImage", `reportId = '${drawing}'`)).toBe(1);
  });
});

describe("the running server's purge (instrumentation.ts)", () => {
  it("deletes expired reports as soon as it starts, then on its interval", async () => {
    const id = await reportWithEverything();
    ageReport(id, 45);
    startPurgeTimer(60 * 60 * 1000);
    await expect.poll(() => rowsOf(id), { timeout: 5_000 }).toEqual(nothing);
  });
});

describe("npm run purge", () => {
  const purge = (...args: string[]) =>
    spawnSync(process.execPath, [tsxCli, "scripts/purge-reports.ts", ...args], {
      env: { ...process.env, DATABASE_URL: `file:${database.file}` },
      encoding: "utf8",
    });

  it("deletes the expired reports and says how many", async () => {
    const id = await reportWithEverything();
    ageReport(id, 10);
    const run = purge("--days", "7");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/purge: deleted 1 report older than 7 days/);
    expect(await rowsOf(id)).toEqual(nothing);
  });

  it("refuses a bad --days with exit 64", () => {
    const run = purge("--days", "soon");
    expect(run.status).toBe(64);
    expect(run.stderr).toMatch(/--days must be a whole number/);
  });
});

describe("deleting a report", () => {
  it("with its delete token removes the notes, share links and page pictures too", async () => {
    const bytes = await makeDocx(SAMPLE_RESUME_LINES);
    const form = new FormData();
    form.set("file", new Blob([bytes]), "jane.docx");
    const created = await analyze(new Request("http://localhost/api/analyze", { method: "POST", body: form }));
    expect(created.status).toBe(201);
    const { id, deleteToken } = (await created.json()) as { id: string; deleteToken: string };
    // Give the anonymous report everything a coach could add to it.
    const sqlite = new Database(database.file);
    sqlite.prepare('UPDATE "Report" SET ownerId = ? WHERE id = ?').run(coachId, id);
    sqlite.close();
    await addReportNote({ reportId: id, authorId: coachId, body: "note" });
    await createReportShare({ reportId: id, ownerId: coachId });
    // Page pictures come with PDF uploads; one is added directly.
    const images = new Database(database.file);
    images.prepare('INSERT INTO "ReportPageImage" (reportId, page, width, height, mime, data) VALUES (?, 1, 1, 1, ?, ?)').run(id, "image/png", Buffer.from([0]));
    images.close();
    expect(await rowsOf(id)).toEqual({ Report: 1, ReportNote: 1, ReportShare: 1, ReportPageImage: 1 });

    const deleted = await DELETE(
      new Request(`http://localhost/api/reports/${id}`, { method: "DELETE", headers: { "x-delete-token": deleteToken } }),
      { params: Promise.resolve({ id }) },
    );
    expect(deleted.status).toBe(204);
    expect(await rowsOf(id)).toEqual(nothing);
  });
});

describe("the uploaded file", () => {
  it("is never written to the database: only the report built from it", async () => {
    // A package with an incompressible part, so its bytes cannot hide inside the report's text.
    const bytes = await makeDocx([...SAMPLE_RESUME_LINES, "Unique marker 7f3a9c"]);
    const form = new FormData();
    form.set("file", new Blob([bytes]), "marker.docx");
    const created = await analyze(new Request("http://localhost/api/analyze", { method: "POST", body: form }));
    expect(created.status).toBe(201);
    // The database with its write-ahead log, where recent commits live until a checkpoint.
    const stored = Buffer.concat([database.file, `${database.file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
    // The report (with the text) is there...
    expect(stored.includes(Buffer.from("Unique marker 7f3a9c"))).toBe(true);
    // ...the file is not: not whole, and not its compressed main part.
    expect(stored.includes(Buffer.from(bytes))).toBe(false);
    expect(stored.includes(Buffer.from(bytes.subarray(bytes.length - 200)))).toBe(false);
  });
});
