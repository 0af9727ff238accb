-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReportPageImage" (
    "reportId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "mime" TEXT NOT NULL,
    "data" BLOB,

    PRIMARY KEY ("reportId", "page"),
    CONSTRAINT "ReportPageImage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReportPageImage" ("data", "height", "mime", "page", "reportId", "width") SELECT "data", "height", "mime", "page", "reportId", "width" FROM "ReportPageImage";
DROP TABLE "ReportPageImage";
ALTER TABLE "new_ReportPageImage" RENAME TO "ReportPageImage";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

