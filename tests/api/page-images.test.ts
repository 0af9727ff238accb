import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/analyze/route";
import { GET as sharedPage } from "../../app/api/shared/[token]/pages/[n]/route";
import { DELETE } from "../../app/api/reports/[id]/route";
import { GET as reportPage } from "../../app/api/reports/[id]/pages/[n]/route";
import { createReportShare } from "../../server/db/create-report-share";
import { createUserAccount } from "../../server/db/create-user-account";
import { listReportPageImages } from "../../server/db/list-report-page-images";
import { revokeReportShare } from "../../server/db/revoke-report-share";
import { saveReport } from "../../server/db/save-report";
import { analyzeWithPagesInPool, closeSharedAnalyzePool } from "../../server/pool/analyze-in-pool";
import { makeDocx, SAMPLE_RESUME_LINES } from "../server/make-docx";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
beforeAll(() => {
  database = createTestDatabase();
});
afterAll(async () => {
  await closeSharedAnalyzePool();
  await database.close();
});

const fixture = (name: string) => readFileSync(path.join("tests", "fixtures", "pdf", name));

function upload(bytes: Uint8Array, fileName: string): Request {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)]), fileName);
  return new Request("http://localhost/api/analyze", { method: "POST", body: form });
}

const pageParams = (id: string, n: string) => ({ params: Promise.resolve({ id, n }) });
const pageUrl = (id: string, n: string) => `http://localhost/api/reports/${id}/pages/${n}`;

describe("page pictures of an uploaded PDF", () => {
  it("are drawn at upload, served by report id, and gone with the report", async () => {
    const created = await POST(upload(fixture("page-numbers.pdf"), "cv.pdf"));
    expect(created.status).toBe(201);
    const { id, deleteToken, report } = (await created.json()) as { id: string; deleteToken: string; report: Record<string, unknown> };
    // The report itself carries no pictures.
    expect(JSON.stringify(report)).not.toContain("image/");

    const pages = await listReportPageImages({ reportId: id });
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(pages[0]).toMatchObject({ width: 900 });

    const image = await reportPage(new Request(pageUrl(id, "1")), pageParams(id, "1"));
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");
    expect(image.headers.get("cache-control")).toContain("private");
    const data = new Uint8Array(await image.arrayBuffer());
    expect(new TextDecoder().decode(data.subarray(8, 12))).toBe("WEBP");

    for (const n of ["3", "0", "x", "-1"]) {
      expect((await reportPage(new Request(pageUrl(id, n)), pageParams(id, n))).status).toBe(404);
    }
    const unknown = "AAAAAAAAAAAAAAAAAAAAAA";
    expect((await reportPage(new Request(pageUrl(unknown, "1")), pageParams(unknown, "1"))).status).toBe(404);

    const deleted = await DELETE(
      new Request(`http://localhost/api/reports/${id}`, { method: "DELETE", headers: { "x-delete-token": deleteToken } }),
      { params: Promise.resolve({ id }) },
    );
    expect(deleted.status).toBe(204);
    expect((await reportPage(new Request(pageUrl(id, "1")), pageParams(id, "1"))).status).toBe(404);
    expect(await database.count("ReportPageImage", `"reportId" = '${id}'`)).toBe(0);
  });

  it("are not drawn for Word files", async () => {
    const created = await POST(upload(await makeDocx(SAMPLE_RESUME_LINES), "cv.docx"));
    const { id } = (await created.json()) as { id: string };
    expect(await listReportPageImages({ reportId: id })).toEqual([]);
    expect((await reportPage(new Request(pageUrl(id, "1")), pageParams(id, "1"))).status).toBe(404);
  });

  it("follow a share link until it is revoked", async () => {
    const owner = await createUserAccount({ email: "pages-owner@example.test", password: "correct horse battery", name: "Owner", role: "coach" });
    const { report, pageImages } = await analyzeWithPagesInPool(fixture("two-column.pdf"), { fileName: "cv.pdf", renderPages: true });
    const { id } = await saveReport({ report, ownerId: owner.id, pageImages });
    const share = await createReportShare({ reportId: id, ownerId: owner.id });
    const params = { params: Promise.resolve({ token: share.token, n: "1" }) };
    const url = `http://localhost/api/shared/${share.token}/pages/1`;

    const image = await sharedPage(new Request(url), params);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");
    expect(await listReportPageImages({ shareToken: share.token })).toEqual([{ page: 1, width: 900, height: 1273 }]);

    await revokeReportShare({ reportId: id, token: share.token, ownerId: owner.id });
    expect((await sharedPage(new Request(url), params)).status).toBe(404);
    await expect(listReportPageImages({ shareToken: share.token })).rejects.toMatchObject({ code: "not_found" });
  });

  it("are left out when the pool is not asked for them (the CLI's path)", async () => {
    const result = await analyzeWithPagesInPool(fixture("two-column.pdf"), { fileName: "cv.pdf" });
    expect(result.pageImages).toEqual([]);
  });
});
