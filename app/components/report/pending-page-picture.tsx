"use client";
/**
 * A page picture still being drawn when the report page was served (the seconds after an upload):
 * a blank page of the picture's exact size, so nothing moves, until the picture is ready. Asks the
 * picture's URL again while it answers 202 (sooner at first, then every few seconds, for a
 * bounded time); a 404 or a picture that never came leaves a note in its place.
 */
import { useEffect, useState } from "react";

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 4000;
/** The server gives up a picture after about a minute of waiting plus its time limit. */
const GIVE_UP_MS = 120_000;

type State = { kind: "drawing" } | { kind: "ready"; url: string } | { kind: "missing" };

export function PendingPagePicture({ src, width, height, alt }: { src: string; width: number; height: number; alt: string }) {
  const [state, setState] = useState<State>({ kind: "drawing" });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let objectUrl: string | null = null;
    const started = Date.now();
    let delay = FIRST_RETRY_MS;
    const check = async () => {
      try {
        const response = await fetch(src, { cache: "no-store" });
        if (stopped) return;
        if (response.status === 200) {
          objectUrl = URL.createObjectURL(await response.blob());
          if (!stopped) setState({ kind: "ready", url: objectUrl });
          return;
        }
        if (response.status !== 202) return setState({ kind: "missing" });
      } catch {
        // offline for a moment: ask again
      }
      if (stopped) return;
      if (Date.now() - started > GIVE_UP_MS) return setState({ kind: "missing" });
      timer = setTimeout(check, delay);
      delay = Math.min(MAX_RETRY_MS, delay * 2);
    };
    timer = setTimeout(check, FIRST_RETRY_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [src]);

  if (state.kind === "ready") {
    // eslint-disable-next-line @next/next/no-img-element -- a private, already sized image from our own API
    return <img src={state.url} width={width} height={height} alt={alt} decoding="async" />;
  }
  return (
    <div className="page-placeholder" style={{ aspectRatio: `${width} / ${height}` }} role="img" aria-label={alt} aria-busy={state.kind === "drawing"}>
      <span>{state.kind === "drawing" ? "Drawing this page…" : "No picture of this page could be made. The text on the right is complete."}</span>
    </div>
  );
}
