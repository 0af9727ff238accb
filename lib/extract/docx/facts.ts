/**
 * What the DOCX walk notices besides text, gathered for the whole package and turned into findings
 * once at the end (see findings.ts).
 */
import { newNormalizeStats, type NormalizeStats } from "../text-normalize";

export interface TextBoxFact {
  text: string;
  /** Tall and narrow next to the body: a sidebar column rather than a label. */
  sidebar: boolean;
}

export interface TableFact {
  /** Text of the first row, cells joined with " | ". */
  firstRow: string;
  /** Tables inside this one's cells. */
  nested: number;
  /** Cells side by side that each hold several paragraphs: the table lays out columns. */
  layoutColumns: number;
}

export interface DocxFacts {
  textBoxes: TextBoxFact[];
  tables: TableFact[];
  images: number;
  icons: { count: number; samples: string[] };
  hidden: { count: number; samples: string[] };
  /** Explicit page breaks (w:br type="page", page-break-before, next-page section breaks). */
  pageBreaks: number;
  /** Where Word broke pages when it last laid the document out (w:lastRenderedPageBreak). */
  renderedPageBreaks: number;
  normalize: NormalizeStats;
}

export function newDocxFacts(): DocxFacts {
  return {
    textBoxes: [],
    tables: [],
    images: 0,
    icons: { count: 0, samples: [] },
    hidden: { count: 0, samples: [] },
    pageBreaks: 0,
    renderedPageBreaks: 0,
    normalize: newNormalizeStats(),
  };
}

export function addSample(samples: string[], sample: string, limit = 3): void {
  const s = sample.replace(/\s+/g, " ").trim();
  if (s && samples.length < limit && !samples.includes(s)) samples.push(s);
}
