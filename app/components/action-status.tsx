"use client";
/**
 * The outcome of a panel's last action, for two live regions that are always in the page (so
 * assistive technology is listening before a message appears): a status for success, an alert for
 * failure. Only the latest outcome shows; a new one replaces the other.
 */
import { useMemo, useState } from "react";

export interface ActionStatus {
  status: string;
  error: string;
  succeed: (message: string) => void;
  fail: (message: string) => void;
  /** Both regions empty, e.g. as a new attempt starts. */
  clear: () => void;
}

export function useActionStatus(): ActionStatus {
  const [outcome, setOutcome] = useState({ status: "", error: "" });
  const actions = useMemo(
    () => ({
      succeed: (message: string) => setOutcome({ status: message, error: "" }),
      fail: (message: string) => setOutcome({ status: "", error: message }),
      clear: () => setOutcome({ status: "", error: "" }),
    }),
    [],
  );
  return { ...outcome, ...actions };
}

/** The two regions; `testId` names them "<testId>-status" and "<testId>-error". */
export function ActionStatusRegions({ outcome, testId, as: Tag = "p" }: { outcome: Pick<ActionStatus, "status" | "error">; testId: string; as?: "p" | "span" }) {
  return (
    <>
      <Tag role="status" className="status-text" data-testid={`${testId}-status`}>
        {outcome.status}
      </Tag>
      <Tag role="alert" className="error" data-testid={`${testId}-error`}>
        {outcome.error}
      </Tag>
    </>
  );
}
