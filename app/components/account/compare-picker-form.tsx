"use client";
/**
 * Wraps the report table in a form whose checkboxes pick two reports to compare. Without
 * JavaScript the form still submits (GET /compare?id=…&id=…; the page orders them by date);
 * with it, the count is announced and a wrong count is explained instead of submitted.
 */
import { useState, type FormEvent, type ReactNode } from "react";

export function ComparePickerForm({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState(0);
  const [error, setError] = useState("");

  function count(form: HTMLFormElement): number {
    return form.querySelectorAll<HTMLInputElement>('input[name="id"]:checked').length;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    if (count(event.currentTarget) !== 2) {
      event.preventDefault();
      setError("Select exactly two reports to compare.");
    }
  }

  return (
    <form
      action="/compare"
      method="get"
      onSubmit={submit}
      onChange={(event) => {
        setSelected(count(event.currentTarget));
        setError("");
      }}
    >
      {children}
      <div className="compare-bar">
        <button type="submit" data-testid="compare-selected">
          Compare selected
        </button>
        <span role="status" className="status-text" data-testid="compare-count">
          {selected === 0 ? "Tick two reports to compare them." : `${selected} of 2 selected.`}
        </span>
        <span role="alert" className="error">
          {error}
        </span>
      </div>
    </form>
  );
}
