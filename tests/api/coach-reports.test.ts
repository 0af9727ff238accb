/**
 * A coach's reports: ownership of uploads, the "my reports" list with search, filters and pages,
 * private notes, read-only share links, JSON export and comparison — against a temp SQLite database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as analyze } from "../../app/api/analyze/route";
import { GET as compare } from "../../app/api/reports/compare/route";
import { GET as exportReport } from "../../app/api/reports/[id]/export/route";
import { DELETE as deleteNote, PATCH as patchNote } from "../../app/api/reports/[id]/notes/[noteId]/route";
import { GET as listNotes, POST as addNote } from "../../app/api/reports/[id]/notes/route";
import { DELETE as deleteReport, GET as getReport } from "../../app/api/reports/[id]/route";
import { DELETE as revokeShare } from "../../app/api/reports/[id]/shares/[token]/route";
import { GET as listShares, POST as createShare } from "../../app/api/reports/[id]/shares/route";
import { GET as listReports } from "../../app/api/reports/route";
import { GET as shared } from "../../app/api/shared/[token]/route";
import { analyzeFile } from "../../lib/report/analyze-file";
import type { Report } from "../../lib/report/schema";
import { getReportForViewer } from "../../server/db/get-report-for-viewer";
import { saveReport } from "../../server/db/save-report";
import { closeSharedAnalyzePool } from "../../server/pool/analyze-in-pool";
import { makeDocx, SAMPLE_RESUME_LINES } from "../server/make-docx";
import { asUser, createSignedInUser, ORIGIN, useTestAuthEnv, type TestUser } from "./sessions";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
let coachA: TestUser;
let coachB: TestUser;
let sample: Report;

beforeAll(async () => {
  useTestAuthEnv();
  database = createTestDatabase();
  [coachA, coachB] = [await createSignedInUser("coach"), await createSignedInUser("coach")];
  sample = await analyzeFile(await makeDocx(SAMPLE_RESUME_LINES), { fileName: "jane.docx" });
});
afterAll(async () => {
  await closeSharedAnalyzePool();
  await database.close();
});

const byId = (id: string) => ({ params: Promise.resolve({ id }) });

function api(path: string, user: TestUser | null, init: { method?: string; json?: unknown } = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? (init.json === undefined ? "GET" : "POST"),
    headers: asUser(user, init.json === undefined ? {} : { "content-type": "application/json" }),
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
}

async function upload(user: TestUser | null, lines = SAMPLE_RESUME_LINES, fileName = "jane.docx"): Promise<{ id: string; deleteToken: string }> {
  const form = new FormData();
  form.set("file", new Blob([await makeDocx(lines)]), fileName);
  const response = await analyze(new Request(`${ORIGIN}/api/analyze`, { method: "POST", body: form, headers: asUser(user) }));
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; deleteToken: string };
}

/** A stored report owned by `owner`, without running the pipeline (fast). */
async function stored(owner: TestUser, changes: { fileName?: string; name?: string; score?: number; profile?: string }): Promise<string> {
  const report: Report = structuredClone(sample);
  if (changes.fileName) report.file.name = changes.fileName;
  if (changes.name) report.contact.name = changes.name;
  if (report.match && changes.score !== undefined) report.match.score = changes.score;
  if (report.match && changes.profile) report.match.profile = changes.profile;
  return (await saveReport({ report, ownerId: owner.id })).id;
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function errorOf(response: Response) {
  return { status: response.status, ...(await json<{ error: { code: string } }>(response)).error };
}

interface ListBody {
  items: Array<{ id: string; fileName: string; candidateName: string | null; score: number | null; role: string | null }>;
  total: number;
  page: number;
  pageSize: number;
}

describe("ownership", () => {
  it("gives a signed-in upload to its uploader; an anonymous upload belongs to nobody", async () => {
    const mine = await upload(coachA);
    const anonymous = await upload(null);
    expect(await database.column('SELECT ownerId FROM "Report" WHERE id = ?', mine.id)).toEqual([coachA.id]);
    expect(await database.column('SELECT ownerId FROM "Report" WHERE id = ?', anonymous.id)).toEqual([null]);
    expect(await database.column('SELECT candidateName FROM "Report" WHERE id = ?', mine.id)).toEqual(["Jane Q. Doe"]);

    const listA = await json<ListBody>(await listReports(api("/api/reports", coachA)));
    expect(listA.items.map((item) => item.id)).toEqual([mine.id]);
    const listB = await json<ListBody>(await listReports(api("/api/reports", coachB)));
    expect(listB.items).toEqual([]);

    // The link still opens the report, for anyone who has it, as before accounts existed.
    for (const viewer of [coachB, null]) {
      expect((await getReport(api(`/api/reports/${mine.id}`, viewer), byId(mine.id))).status).toBe(200);
    }
    // The owner deletes without the token; someone else needs it.
    expect(await errorOf(await deleteReport(api(`/api/reports/${mine.id}`, coachB, { method: "DELETE" }), byId(mine.id)))).toMatchObject({ status: 400 });
    expect((await deleteReport(api(`/api/reports/${mine.id}`, coachA, { method: "DELETE" }), byId(mine.id))).status).toBe(204);
    expect(await database.count("Report", `id = '${mine.id}'`)).toBe(0);
  });
});

describe("GET /api/reports (my reports)", () => {
  it("searches file and candidate names, filters by role, score and date, and pages", async () => {
    const owner = await createSignedInUser("coach");
    const ids = {
      ada: await stored(owner, { fileName: "ada-lovelace.pdf", name: "Ada Lovelace", score: 82, profile: "ml-engineer" }),
      alan: await stored(owner, { fileName: "cv-final.docx", name: "Alan Turing", score: 55, profile: "data-engineer" }),
      grace: await stored(owner, { fileName: "grace.docx", name: "Grace Hopper", score: 67, profile: "ml-engineer" }),
    };
    await stored(coachB, { fileName: "ada-other.pdf", name: "Ada Other", score: 90 });
    const list = async (query: string) => json<ListBody>(await listReports(api(`/api/reports?${query}`, owner)));
    const names = async (query: string) => (await list(query)).items.map((item) => item.candidateName);

    expect(await names("q=ADA")).toEqual(["Ada Lovelace"]);
    expect(await names("q=turing")).toEqual(["Alan Turing"]);
    expect(await names("q=final")).toEqual(["Alan Turing"]);
    expect(await names("role=ml-engineer&sort=score-desc")).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(await names("minScore=60&maxScore=80")).toEqual(["Grace Hopper"]);
    expect(await names("sort=score-asc")).toEqual(["Alan Turing", "Grace Hopper", "Ada Lovelace"]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`from=${today}&to=${today}`)).total).toBe(3);
    expect((await list("to=2000-01-01")).total).toBe(0);

    const first = await list("pageSize=2&sort=oldest");
    const second = await list("pageSize=2&sort=oldest&page=2");
    expect([first.total, first.items.length, second.items.length]).toEqual([3, 2, 1]);
    expect([...first.items, ...second.items].map((item) => item.id).sort()).toEqual(Object.values(ids).sort());

    const bad = await listReports(api("/api/reports?minScore=90&maxScore=10&pageSize=1000", owner));
    expect(await errorOf(bad)).toMatchObject({ status: 400, code: "invalid_input" });
  });
});

describe("notes", () => {
  it("are private to their author", async () => {
    const id = await stored(coachA, { name: "Noted Person" });
    const added = await addNote(api(`/api/reports/${id}/notes`, coachA, { json: { body: "  Strong ML, weak summary.  " } }), byId(id));
    expect(added.status).toBe(201);
    const note = await json<{ id: string; body: string }>(added);
    expect(note.body).toBe("Strong ML, weak summary.");

    expect(await json(await listNotes(api(`/api/reports/${id}/notes`, coachB), byId(id)))).toEqual({ notes: [] });
    expect((await json<{ notes: unknown[] }>(await listNotes(api(`/api/reports/${id}/notes`, coachA), byId(id)))).notes).toHaveLength(1);
    const notesParams = { params: Promise.resolve({ id, noteId: note.id }) };
    expect(await errorOf(await patchNote(api(`/api/reports/${id}/notes/${note.id}`, coachB, { method: "PATCH", json: { body: "mine now" } }), notesParams))).toMatchObject({ status: 404 });
    expect(await errorOf(await deleteNote(api(`/api/reports/${id}/notes/${note.id}`, coachB, { method: "DELETE" }), notesParams))).toMatchObject({ status: 404 });
    expect(await errorOf(await listNotes(api(`/api/reports/${id}/notes`, null), byId(id)))).toMatchObject({ status: 401 });
    expect(await errorOf(await addNote(api(`/api/reports/${id}/notes`, coachA, { json: { body: "   " } }), byId(id)))).toMatchObject({ status: 400, code: "invalid_input" });

    const edited = await patchNote(api(`/api/reports/${id}/notes/${note.id}`, coachA, { method: "PATCH", json: { body: "Edited." } }), notesParams);
    expect(await json(edited)).toMatchObject({ id: note.id, body: "Edited." });
    // The page helper shows each viewer only their own notes, and share links only to the owner.
    expect((await getReportForViewer(id, coachA.id)).notes.map((n) => n.body)).toEqual(["Edited."]);
    expect(await getReportForViewer(id, coachB.id)).toMatchObject({ isOwner: false, owned: true, notes: [], shares: [] });
    expect((await deleteNote(api(`/api/reports/${id}/notes/${note.id}`, coachA, { method: "DELETE" }), notesParams)).status).toBe(204);
    expect(await database.count("ReportNote")).toBe(0);
  });
});

describe("share links", () => {
  it("open the report read-only while signed out, without id or notes, until revoked", async () => {
    const id = await stored(coachA, { name: "Shared Person" });
    await addNote(api(`/api/reports/${id}/notes`, coachA, { json: { body: "secret note" } }), byId(id));
    expect(await errorOf(await createShare(api(`/api/reports/${id}/shares`, coachB, { method: "POST" }), byId(id)))).toMatchObject({ status: 403 });
    expect(await errorOf(await createShare(api(`/api/reports/${id}/shares`, null, { method: "POST" }), byId(id)))).toMatchObject({ status: 401 });

    const created = await createShare(api(`/api/reports/${id}/shares`, coachA, { method: "POST" }), byId(id));
    expect(created.status).toBe(201);
    const share = await json<{ token: string; path: string }>(created);
    expect(share.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(share.path).toBe(`/shared/${share.token}`);

    const tokenParams = { params: Promise.resolve({ token: share.token }) };
    const open = await shared(api(`/api/shared/${share.token}`, null), tokenParams);
    expect(open.status).toBe(200);
    const text = await open.text();
    const body = JSON.parse(text) as { report: Report };
    expect(body.report.contact.name).toBe("Shared Person");
    expect(text).not.toContain(id);
    expect(text).not.toContain("secret note");

    expect((await json<{ shares: unknown[] }>(await listShares(api(`/api/reports/${id}/shares`, coachA), byId(id)))).shares).toHaveLength(1);
    expect(await errorOf(await listShares(api(`/api/reports/${id}/shares`, coachB), byId(id)))).toMatchObject({ status: 403 });
    const revokeParams = { params: Promise.resolve({ id, token: share.token }) };
    expect(await errorOf(await revokeShare(api(`/api/reports/${id}/shares/${share.token}`, coachB, { method: "DELETE" }), revokeParams))).toMatchObject({ status: 403 });
    expect((await revokeShare(api(`/api/reports/${id}/shares/${share.token}`, coachA, { method: "DELETE" }), revokeParams)).status).toBe(204);
    expect(await errorOf(await shared(api(`/api/shared/${share.token}`, null), tokenParams))).toMatchObject({ status: 404 });
    expect(await errorOf(await shared(api("/api/shared/nope", null), { params: Promise.resolve({ token: "nope" }) }))).toMatchObject({ status: 404 });
  });
});

describe("export and compare", () => {
  it("exports the report as a JSON attachment", async () => {
    const id = await stored(coachA, { fileName: "cv v2.docx" });
    const response = await exportReport(api(`/api/reports/${id}/export`, null), byId(id));
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="cv-v2-ats-report.json"');
    expect(JSON.parse(await response.text())).toEqual({ ...sample, file: { ...sample.file, name: "cv v2.docx" } });
  });

  it("compares two uploads: score, factors and keywords gained", async () => {
    const before = await upload(coachA, SAMPLE_RESUME_LINES, "v1.docx");
    const after = await upload(coachA, [...SAMPLE_RESUME_LINES, "PyTorch, TensorFlow, Kubernetes, MLflow"], "v2.docx");
    const response = await compare(api(`/api/reports/compare?before=${before.id}&after=${after.id}`, coachA));
    expect(response.status).toBe(200);
    const body = await json<{ before: { fileName: string }; after: { fileName: string }; comparison: { comparable: boolean; score: { change: number }; factors: Array<{ factor: string; change: number | null }>; keywords: { gained: Array<{ term: string }> } } }>(response);
    expect([body.before.fileName, body.after.fileName]).toEqual(["v1.docx", "v2.docx"]);
    expect(body.comparison.comparable).toBe(true);
    expect(body.comparison.keywords.gained.map((k) => k.term)).toEqual(expect.arrayContaining(["PyTorch", "Kubernetes"]));
    expect(body.comparison.score.change).toBeGreaterThan(0);
    expect(body.comparison.factors.find((f) => f.factor === "keywords")?.change).toBeGreaterThan(0);
    expect(await errorOf(await compare(api(`/api/reports/compare?before=${before.id}&after=${after.id}`, null)))).toMatchObject({ status: 401 });
    expect(await errorOf(await compare(api(`/api/reports/compare?before=${before.id}`, coachA)))).toMatchObject({ status: 400 });
  });
});
