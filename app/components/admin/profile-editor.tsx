"use client";
/**
 * The role profile editor (admins): every field of a profile, validated as it is typed with the
 * one profile schema (messages next to each field once it was left, all of them after a save
 * attempt), the server's 400 issues shown the same way, JSON load/download, and a preview of the
 * unsaved profile against a sample resume.
 */
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import { nameProfilePath } from "../../../lib/profiles/issue-wording";
import type { RoleProfile, RoleProfileInput } from "../../../lib/profiles/schema";
import { callApi } from "../account/api-client";
import { ActionStatusRegions, useActionStatus } from "../action-status";
import type { EditorActions } from "./editor-actions";
import { KeywordGroupEditor } from "./keyword-group-editor";
import { BasicsEditor, CareerMovesEditor, CertificationsEditor, ExpectedSectionsEditor, SignalsEditor } from "./profile-parts-editor";
import {
  emptyProfileForm,
  fieldId,
  formToProfileInput,
  issuesByField,
  newKeywordGroup,
  placeIssue,
  profileToForm,
  validateProfileForm,
  type FormIssue,
  type ProfileForm,
} from "./profile-form";
import { ProfilePreview } from "./profile-preview";
import { moveItem, setIn, updateListIn } from "./set-in";

export interface ProfileEditorProps {
  /** The stored profile to edit; omitted for a new one. */
  initialProfile?: RoleProfile;
}

export function ProfileEditor({ initialProfile }: ProfileEditorProps) {
  const router = useRouter();
  const editing = initialProfile !== undefined;
  const [form, setForm] = useState<ProfileForm>(() => (initialProfile ? profileToForm(initialProfile) : emptyProfileForm()));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(formToProfileInput(form)));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<FormIssue[]>([]);
  const outcome = useActionStatus();
  const [saving, setSaving] = useState(false);
  // A new profile starts with its groups open; a stored one (often 100+ keywords) collapsed.
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(() => new Set(editing ? [] : form.keywordGroups.map((g) => g.key)));
  /** A field (or element id) to focus once it is rendered. */
  const pendingFocus = useRef<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const saveBarRef = useRef<HTMLDivElement>(null);

  const validation = useMemo(() => validateProfileForm(form), [form]);
  const dirty = useMemo(() => JSON.stringify(formToProfileInput(form)) !== savedJson, [form, savedJson]);
  const clientIssues = useMemo(() => (validation.ok ? [] : validation.issues), [validation]);

  // What is shown: the schema's messages for fields the admin has left (all after a save attempt), and the server's.
  const visibleIssues = useMemo(() => {
    const shown = clientIssues.filter((issue) => submitted || isTouched(touched, placeIssue(issue).field));
    return issuesByField([...shown, ...serverIssues]);
  }, [clientIssues, serverIssues, submitted, touched]);

  const actions = useMemo<EditorActions>(
    () => ({
      set: (path, value) => {
        setForm((current) => setIn(current, path, value));
        setServerIssues((list) => (list.length ? list.filter((issue) => !issue.path.startsWith(path)) : list));
      },
      toggle: (path, checked) => setForm((current) => setIn(current, path, checked)),
      touch: (path) => setTouched((current) => (current.has(path) ? current : new Set(current).add(path))),
      addItem: (listPath, item) => {
        setForm((current) => updateListIn(current, listPath, (list) => [...list, item]));
        if (listPath === "keywordGroups") setOpenGroups((current) => new Set(current).add((item as { key: string }).key));
      },
      removeItem: (listPath, index) => {
        setForm((current) => updateListIn(current, listPath, (list) => list.filter((_, i) => i !== index)));
        // Positions shift: server messages about later items no longer point at the right row.
        setServerIssues((list) => list.filter((issue) => !issue.path.startsWith(`${listPath}.`)));
      },
      moveItem: (listPath, from, to) => {
        setForm((current) => updateListIn(current, listPath, (list) => moveItem(list, from, to)));
        setServerIssues((list) => list.filter((issue) => !issue.path.startsWith(`${listPath}.`)));
      },
      focus: (target) => {
        pendingFocus.current = target;
        requestAnimationFrame(() => focusPending(pendingFocus));
      },
    }),
    [],
  );

  const onGroupOpenChange = useCallback((key: string, open: boolean) => {
    setOpenGroups((current) => {
      const next = new Set(current);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  // After every render: a requested field may have just appeared (a group opened, a row added).
  useEffect(() => focusPending(pendingFocus));

  // Focus never rests under the sticky save bar: the browser scrolls only to a field outside the
  // viewport, so one just above its bottom edge stayed half hidden. scrollIntoView stops above
  // the bar (scroll-padding-bottom in account.css).
  useEffect(() => {
    function keepClearOfSaveBar(event: FocusEvent) {
      const bar = saveBarRef.current;
      const target = event.target;
      if (!bar || !(target instanceof HTMLElement) || bar.contains(target)) return;
      if (target.getBoundingClientRect().bottom > bar.getBoundingClientRect().top) target.scrollIntoView({ block: "nearest" });
    }
    document.addEventListener("focusin", keepClearOfSaveBar);
    return () => document.removeEventListener("focusin", keepClearOfSaveBar);
  }, []);

  // Leaving with unsaved changes asks first (reload, closing the tab, typing another address).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  /** Opens the groups holding `issues` so their messages are rendered. */
  function openGroupsWith(issues: readonly FormIssue[]) {
    const indexes = new Set(issues.map((issue) => /^keywordGroups\.(\d+)/.exec(issue.path)?.[1]).filter((i): i is string => i !== undefined));
    if (indexes.size === 0) return;
    setOpenGroups((current) => {
      const next = new Set(current);
      for (const i of indexes) {
        const group = form.keywordGroups[Number(i)];
        if (group) next.add(group.key);
      }
      return next;
    });
  }

  function reveal(path: string) {
    openGroupsWith([{ path, message: "" }]);
    actions.focus(path);
  }


  /** Validates for saving or previewing: the profile, or null with every problem shown. */
  function checkedProfile(): RoleProfile | null {
    setSubmitted(true);
    if (validation.ok) return validation.profile;
    openGroupsWith(validation.issues);
    requestAnimationFrame(() => summaryRef.current?.focus());
    return null;
  }

  async function save() {
    outcome.clear();
    setServerIssues([]);
    const profile = checkedProfile();
    if (!profile) {
      outcome.fail(`The profile was not saved: ${countText(clientIssues.length)} to fix.`);
      return;
    }
    setSaving(true);
    const url = editing ? `/api/admin/profiles/${encodeURIComponent(initialProfile.slug)}` : "/api/admin/profiles";
    const result = await callApi<RoleProfile>(url, { method: editing ? "PUT" : "POST", json: profile });
    setSaving(false);
    if (!result.ok) {
      const { problem } = result;
      const issues = problem.code === "conflict" ? [{ path: "slug", message: problem.message }] : problem.issues;
      setServerIssues(issues);
      openGroupsWith(issues);
      outcome.fail(issues.length ? `The server refused the profile: ${countText(issues.length)} to fix.` : problem.message);
      if (issues.length) requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSavedJson(JSON.stringify(formToProfileInput(form)));
    outcome.succeed(editing ? "Saved. The next analysis with this role uses this version." : "Profile created.");
    if (editing) router.refresh();
    else router.replace(`/admin/profiles/${encodeURIComponent(result.data.slug)}`);
  }

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    outcome.clear();
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      outcome.fail(`${file.name} is not valid JSON.`);
      return;
    }
    if (Array.isArray(data)) {
      outcome.fail(`${file.name} holds ${data.length} profiles; import it from the profile list instead.`);
      return;
    }
    if (data === null || typeof data !== "object") {
      outcome.fail(`${file.name} does not hold a profile object.`);
      return;
    }
    const next = profileToForm(data as RoleProfileInput);
    const keptSlug = editing && next.slug !== initialProfile.slug;
    if (editing) next.slug = initialProfile.slug;
    setForm(next);
    setServerIssues([]);
    setSubmitted(true);
    setOpenGroups(new Set(next.keywordGroups.map((g) => g.key)));
    outcome.succeed(`Loaded ${file.name}${keptSlug ? ` (the slug stays ${initialProfile.slug})` : ""}. Review it, then save.`);
  }

  function download() {
    const json = `${JSON.stringify(formToProfileInput(form), null, 2)}\n`;
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${form.slug.trim() || "role-profile"}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const summaryIssues = submitted || serverIssues.length ? [...visibleIssues.entries()] : [];

  return (
    <div className="profile-editor">
      <div className="editor-tools">
        <div className="field">
          <label htmlFor="load-json">Load from a JSON file</label>
          <input id="load-json" type="file" accept=".json,application/json" onChange={loadFile} aria-describedby="load-json-hint" />
          <span id="load-json-hint" className="hint">
            Replaces what is in the editor (not saved until you save).
          </span>
        </div>
        <button type="button" className="button-small button-quiet" onClick={download}>
          Download as JSON
        </button>
      </div>

      <div ref={summaryRef} tabIndex={-1} className={summaryIssues.length ? "error-summary" : undefined} aria-labelledby={summaryIssues.length ? "error-summary-heading" : undefined} data-testid="error-summary">
        {summaryIssues.length > 0 && (
          <>
            <h2 id="error-summary-heading">{countText(summaryIssues.reduce((sum, [, list]) => sum + list.length, 0))} to fix</h2>
            <ul>
              {summaryIssues.map(([path, messages]) => (
                <li key={path}>
                  <a
                    href={`#${fieldId(path)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      reveal(path);
                    }}
                  >
                    {nameProfilePath(path, form)}
                  </a>
                  : {messages.join(" ")}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        aria-label={editing ? `Edit ${initialProfile.title}` : "New role profile"}
      >
        <section className="card" aria-labelledby="basics-heading">
          <h2 id="basics-heading">Basics</h2>
          <BasicsEditor form={form} issues={visibleIssues} actions={actions} slugLocked={editing} />
        </section>

        <section className="card" aria-labelledby="groups-heading">
          <h2 id="groups-heading">Keyword groups</h2>
          <p className="hint">A keyword counts towards the score by its group&apos;s weight (or its own). Open a group to edit it.</p>
          <div className="button-row">
            <button type="button" className="button-small button-quiet" onClick={() => setOpenGroups(new Set(form.keywordGroups.map((g) => g.key)))}>
              Open all groups
            </button>
            <button type="button" className="button-small button-quiet" onClick={() => setOpenGroups(new Set())}>
              Close all groups
            </button>
          </div>
          {visibleIssues.get("keywordGroups") && (
            <ul className="field-errors" id={fieldId("keywordGroups")} data-testid="error-keywordGroups">
              {visibleIssues.get("keywordGroups")?.map((message) => <li key={message}>{message}</li>)}
            </ul>
          )}
          {form.keywordGroups.map((group, index) => {
            const groupIssues = issuesUnder(visibleIssues, `keywordGroups.${index}`);
            return (
              <KeywordGroupEditor
                key={group.key}
                group={group}
                index={index}
                count={form.keywordGroups.length}
                open={openGroups.has(group.key)}
                onOpenChange={onGroupOpenChange}
                issues={groupIssues}
                issueKey={JSON.stringify([...groupIssues])}
                actions={actions}
              />
            );
          })}
          <button
            type="button"
            id="add-group"
            className="button-small"
            onClick={() => {
              actions.addItem("keywordGroups", newKeywordGroup());
              actions.focus(`keywordGroups.${form.keywordGroups.length}.label`);
            }}
          >
            Add keyword group
          </button>
        </section>

        <section className="card" aria-labelledby="certifications-heading">
          <h2 id="certifications-heading">Certifications</h2>
          <CertificationsEditor items={form.certifications} issues={visibleIssues} actions={actions} />
        </section>

        <section className="card" aria-labelledby="signals-heading">
          <h2 id="signals-heading">Portfolio signals</h2>
          <p className="hint">Evidence beyond the resume text: a GitHub profile, publications, talks…</p>
          <SignalsEditor items={form.portfolioSignals} issues={visibleIssues} actions={actions} />
        </section>

        <section className="card" aria-labelledby="sections-heading">
          <h2 id="sections-heading">Expected sections</h2>
          <SectionsIssues issues={visibleIssues.get("sections")} />
          <ExpectedSectionsEditor items={form.sections} issues={visibleIssues} actions={actions} />
        </section>

        <section className="card" aria-labelledby="moves-heading">
          <h2 id="moves-heading">Career moves</h2>
          <CareerMovesEditor form={form} issues={visibleIssues} actions={actions} />
        </section>

        <div className="save-bar" ref={saveBarRef}>
          <button type="submit" disabled={saving} data-testid="save-profile">
            {saving ? "Saving…" : editing ? "Save changes" : "Create profile"}
          </button>
          <span className="save-state" data-testid="save-state">
            {dirty ? "Unsaved changes" : "No unsaved changes"}
          </span>
          <ActionStatusRegions outcome={outcome} testId="editor" as="span" />
        </div>
      </form>

      <section className="card" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview against a sample resume</h2>
        <ProfilePreview getProfile={checkedProfile} />
      </section>
    </div>
  );
}

/** Focuses the pending field if it is in the page, opening the <details> around it. */
function focusPending(pending: { current: string | null }) {
  const target = pending.current;
  if (!target) return;
  const element = document.getElementById(target) ?? document.getElementById(fieldId(target));
  if (!element) return;
  for (let details = element.closest("details"); details; details = details.parentElement?.closest("details") ?? null) details.open = true;
  element.focus();
  pending.current = null;
}

function SectionsIssues({ issues }: { issues?: readonly string[] }) {
  if (!issues?.length) return null;
  return (
    <ul className="field-errors" id={fieldId("sections")} data-testid="error-sections">
      {issues.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

function isTouched(touched: ReadonlySet<string>, field: string): boolean {
  if (touched.has(field)) return true;
  // A row's own message (e.g. a duplicate form) shows once any of its fields was left.
  for (const path of touched) if (path.startsWith(`${field}.`)) return true;
  return false;
}

function issuesUnder(issues: ReadonlyMap<string, readonly string[]>, path: string): Map<string, readonly string[]> {
  const subset = new Map<string, readonly string[]>();
  for (const [field, messages] of issues) if (field === path || field.startsWith(`${path}.`)) subset.set(field, messages);
  return subset;
}

function countText(count: number): string {
  return `${count} problem${count === 1 ? "" : "s"}`;
}

