/**
 * A stretch of `ats.text` with its marks rendered: keywords and warning evidence as <mark>,
 * contact details and non-body regions as styled spans, each also told apart by shape (underline,
 * dotted box, label), not by colour alone. Attributes carry what the client-side controls need:
 * `data-evidence` ("w0 s3": the warnings and suggestions whose evidence this is).
 */
import { Fragment } from "react";
import { CONTACT_LABELS, REGION_LABELS, segments, type TextMark } from "./text-marks";

export function MarkedText({ text, start, end, marks }: { text: string; start: number; end: number; marks: readonly TextMark[] }) {
  return (
    <>
      {segments(start, end, marks).map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        const regionStarts = segment.marks.filter((m) => m.kind === "region" && m.start === segment.start);
        const tags = regionStarts.map((m) =>
          m.kind === "region" ? (
            <span key={`tag-${m.start}`} className="region-tag" data-region={m.source}>
              {REGION_LABELS[m.source]}
            </span>
          ) : null,
        );
        if (segment.marks.length === 0) return <Fragment key={segment.start}>{piece}</Fragment>;
        const keywords = segment.marks.flatMap((m) => (m.kind === "keyword" ? [m.term] : []));
        const contact = segment.marks.flatMap((m) => (m.kind === "contact" ? [m.field] : []));
        const evidence = segment.marks.flatMap((m) => (m.kind === "evidence" ? [m.target] : []));
        const ofWarning = evidence.some((t) => t.startsWith("w"));
        const region = segment.marks.find((m) => m.kind === "region");
        const classes = [
          keywords.length > 0 && "m-keyword",
          contact.length > 0 && "m-contact",
          evidence.length > 0 && "m-evidence",
          // Only a warning's evidence is underlined from the start; a suggestion's shows when asked for.
          ofWarning && "m-warning",
          region?.kind === "region" && `m-region m-region-${region.source}`,
        ].filter(Boolean);
        const title = [
          keywords.length > 0 && `Keyword: ${[...new Set(keywords)].join(", ")}`,
          contact.length > 0 && `Contact ${CONTACT_LABELS[contact[0]]}`,
          region?.kind === "region" && REGION_LABELS[region.source],
        ]
          .filter(Boolean)
          .join(" · ");
        const Tag = keywords.length > 0 || evidence.length > 0 ? "mark" : "span";
        return (
          <Fragment key={segment.start}>
            {tags}
            <Tag
              className={classes.join(" ")}
              title={title || undefined}
              data-evidence={evidence.length > 0 ? evidence.join(" ") : undefined}
              data-contact={contact.length > 0 ? contact[0] : undefined}
            >
              {piece}
            </Tag>
          </Fragment>
        );
      })}
    </>
  );
}
