"use client";
/**
 * The signed-in viewer's private notes on a report: list, add, edit, delete. Only their author
 * ever sees a note (the API enforces it); results and errors are announced in live regions.
 */
import { useRef, useState, type FormEvent } from "react";
import { ActionStatusRegions, useActionStatus } from "../action-status";
import { callApi } from "./api-client";
import { formatDateTime } from "./format-date";

export interface NoteItem {
  id: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export function ReportNotes({ reportId, initialNotes }: { reportId: string; initialNotes: NoteItem[] }) {
  const [notes, setNotes] = useState(initialNotes);
  const [draft, setDraft] = useState("");
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const outcome = useActionStatus();
  const newNoteRef = useRef<HTMLTextAreaElement>(null);
  const base = `/api/reports/${encodeURIComponent(reportId)}/notes`;

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.trim()) return outcome.fail("Write something first.");
    setBusy(true);
    const result = await callApi<NoteItem>(base, { method: "POST", json: { body: draft } });
    setBusy(false);
    if (!result.ok) return outcome.fail(result.problem.issues[0]?.message ?? result.problem.message);
    setNotes((list) => [...list, serialize(result.data)]);
    setDraft("");
    outcome.succeed("Note added.");
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!editing) return;
    if (!editing.body.trim()) return outcome.fail("A note cannot be empty; delete it instead.");
    setBusy(true);
    const result = await callApi<NoteItem>(`${base}/${editing.id}`, { method: "PATCH", json: { body: editing.body } });
    setBusy(false);
    if (!result.ok) return outcome.fail(result.problem.issues[0]?.message ?? result.problem.message);
    const saved = serialize(result.data);
    setNotes((list) => list.map((note) => (note.id === saved.id ? saved : note)));
    setEditing(null);
    outcome.succeed("Note saved.");
    focusSoon(`note-edit-${saved.id}`);
  }

  async function remove(note: NoteItem) {
    if (!window.confirm("Delete this note for good?")) return;
    setBusy(true);
    const result = await callApi<null>(`${base}/${note.id}`, { method: "DELETE" });
    setBusy(false);
    if (!result.ok && result.problem.status !== 404) return outcome.fail(result.problem.message);
    setNotes((list) => list.filter((item) => item.id !== note.id));
    if (editing?.id === note.id) setEditing(null);
    outcome.succeed("Note deleted.");
    newNoteRef.current?.focus();
  }

  return (
    <section className="card account-panel" aria-labelledby="notes-heading" data-testid="report-notes">
      <h2 id="notes-heading">Your private notes</h2>
      <p className="hint">Only you can see these notes; they are never shared.</p>
      {notes.length === 0 ? (
        <p className="empty">No notes yet.</p>
      ) : (
        <ul className="note-list">
          {notes.map((note) => (
            <li key={note.id} className="note" data-testid="note">
              {editing?.id === note.id ? (
                <form onSubmit={save} className="note-edit">
                  <label htmlFor={`note-text-${note.id}`}>Edit note</label>
                  <textarea
                    id={`note-text-${note.id}`}
                    value={editing.body}
                    onChange={(event) => setEditing({ id: note.id, body: event.target.value })}
                    autoFocus
                    maxLength={10_000}
                  />
                  <div className="button-row">
                    <button type="submit" disabled={busy}>
                      Save note
                    </button>
                    <button
                      type="button"
                      className="button-quiet"
                      onClick={() => {
                        setEditing(null);
                        focusSoon(`note-edit-${note.id}`);
                      }}
                    >
                      Cancel
                    </button>
                  </div>
                </form>
              ) : (
                <>
                  <p className="note-body">{note.body}</p>
                  <p className="meta">
                    Added {formatDateTime(note.createdAt)}
                    {note.updatedAt !== note.createdAt && <> · edited {formatDateTime(note.updatedAt)}</>}
                  </p>
                  <div className="button-row">
                    <button type="button" id={`note-edit-${note.id}`} className="button-small button-quiet" onClick={() => setEditing({ id: note.id, body: note.body })} disabled={busy}>
                      Edit
                    </button>
                    <button type="button" className="button-small danger" onClick={() => remove(note)} disabled={busy}>
                      Delete
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="note-add">
        <div className="field">
          <label htmlFor="new-note">Add a note</label>
          <textarea id="new-note" ref={newNoteRef} value={draft} onChange={(event) => setDraft(event.target.value)} maxLength={10_000} />
        </div>
        <button type="submit" disabled={busy}>
          Add note
        </button>
      </form>
      <ActionStatusRegions outcome={outcome} testId="notes" />
    </section>
  );
}

/** Dates arrive as JSON strings from the API; keep the props' shape. */
function serialize(note: NoteItem): NoteItem {
  return { id: note.id, body: note.body, createdAt: String(note.createdAt), updatedAt: String(note.updatedAt) };
}

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
