-- CreateTable
CREATE TABLE "ReportPageImage" (
    "reportId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "mime" TEXT NOT NULL,
    "data" BLOB NOT NULL,

    PRIMARY KEY ("reportId", "page"),
    CONSTRAINT "ReportPageImage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

