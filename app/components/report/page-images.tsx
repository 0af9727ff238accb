/**
 * The original PDF pages as pictured after the upload (width and height known, so their space is
 * kept before they load, or while they are still being drawn), with the report's
 * header/footer/text-box/table regions outlined and labelled on top. Each page figure has id
 * `page-N` so a warning can point at it.
 */
import type { TextRegion } from "../../../lib/report/schema";
import { PendingPagePicture } from "./pending-page-picture";
import { REGION_LABELS } from "./text-marks";

export interface PageImageRef {
  page: number;
  width: number;
  height: number;
  /** False while the picture is still being drawn (just after the upload); true when absent. */
  ready?: boolean;
}

export function PageImages({
  images,
  imageBase,
  regions,
  pageCount,
}: {
  images: readonly PageImageRef[];
  /** URL prefix; the page number is appended (`/api/reports/<id>/pages/`). */
  imageBase: string;
  regions: readonly TextRegion[];
  pageCount: number;
}) {
  const shown = images.length;
  return (
    <div className="page-images" data-testid="page-images">
      <ol className="page-list">
        {images.map((image) => (
          <li key={image.page} id={`page-${image.page}`} className="page-figure" data-page={image.page} tabIndex={-1}>
            <figure>
              <div className="page-frame">
                {image.ready === false ? (
                  <PendingPagePicture
                    src={`${imageBase}${image.page}`}
                    width={image.width}
                    height={image.height}
                    alt={`Page ${image.page} of the original file`}
                  />
                ) : (
                  /* eslint-disable-next-line @next/next/no-img-element -- a private, already sized image from our own API */
                  <img
                    src={`${imageBase}${image.page}`}
                    width={image.width}
                    height={image.height}
                    alt={`Page ${image.page} of the original file`}
                    loading={image.page === 1 ? "eager" : "lazy"}
                    decoding="async"
                  />
                )}
                {regions
                  .filter((r) => r.page === image.page && r.box)
                  .map((r) => (
                    <span
                      key={`${r.start}-${r.source}`}
                      className={`region-box region-box-${r.source}`}
                      style={{
                        left: pct(r.box!.x),
                        top: pct(r.box!.y),
                        width: pct(r.box!.width),
                        height: pct(r.box!.height),
                      }}
                    >
                      <span className="region-box-label">{REGION_LABELS[r.source]}</span>
                    </span>
                  ))}
              </div>
              <figcaption>
                Page {image.page} of {pageCount} ·{" "}
                <a href={`${imageBase}${image.page}`} target="_blank" rel="noreferrer">
                  full size<span className="visually-hidden"> picture of page {image.page}</span>
                </a>
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
      {pageCount > shown && (
        <p className="hint">
          {shown === 0 ? "No page pictures were made for this report." : `Only the first ${shown} pages are pictured here; the text on the right covers all ${pageCount}.`}
        </p>
      )}
    </div>
  );
}

/** Fractions of the page as CSS percentages, padded a little so the outline does not touch the text. */
function pct(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}
