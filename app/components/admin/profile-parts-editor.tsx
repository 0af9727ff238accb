"use client";
/**
 * The profile editor's smaller parts: basics, certifications, portfolio signals, expected sections
 * and career moves. Every field is addressed by its profile path (see profile-fields.tsx).
 */
import { PORTFOLIO_SIGNAL_KINDS } from "../../../lib/profiles/schema";
import { LINK_KINDS, SECTION_KINDS } from "../../../lib/report/schema";
import { sectionKindLabel } from "../report/section-kind-label";
import type { EditorActions, IssueMap } from "./editor-actions";
import { FieldErrors, SelectField, TextField } from "./profile-fields";
import {
  fieldId,
  newCertification,
  newExpectedSection,
  newPortfolioSignal,
  type CertificationForm,
  type ExpectedSectionForm,
  type PortfolioSignalForm,
  type ProfileForm,
} from "./profile-form";

const IMPORTANCE = [
  { value: "required", label: "Required" },
  { value: "preferred", label: "Preferred" },
];

/** Shown by name ("Experience"); the value stays the kind the profile stores. */
const SECTION_OPTIONS = SECTION_KINDS.map((kind) => ({ value: kind, label: sectionKindLabel(kind) }));

interface PartProps {
  issues: IssueMap;
  actions: EditorActions;
}

function fieldOf(issues: IssueMap, actions: EditorActions, path: string) {
  return { path, errors: issues.get(path), onChange: actions.set, onBlur: actions.touch };
}

export function BasicsEditor({ form, issues, actions, slugLocked }: PartProps & { form: ProfileForm; slugLocked: boolean }) {
  const f = (path: string) => fieldOf(issues, actions, path);
  return (
    <div className="field-grid">
      <TextField {...f("title")} value={form.title} label="Title" className="field-wide" />
      <TextField
        {...f("slug")}
        value={form.slug}
        label="Slug"
        readOnly={slugLocked}
        hint={slugLocked ? "A profile keeps its slug (reports refer to it); duplicate it to get a new one." : "Lower-case words joined by hyphens, e.g. ml-engineer. It cannot change later."}
      />
      <SelectField
        {...f("track")}
        value={form.track}
        label="Track"
        options={[
          { value: "technical", label: "Technical (hands-on)" },
          { value: "leadership", label: "Leadership (people, product)" },
        ]}
      />
      <TextField {...f("description")} value={form.description} label="Description" multiline className="field-full" />
      <TextField {...f("jobTitles")} value={form.jobTitles} label="Job titles" multiline hint="One per line: the titles that mean this role." className="field-full" />
    </div>
  );
}

export function CertificationsEditor({ items, issues, actions }: PartProps & { items: CertificationForm[] }) {
  return (
    <>
      {items.length === 0 && <p className="empty">No certifications.</p>}
      <ol className="row-list">
        {items.map((item, i) => {
          const base = `certifications.${i}`;
          const f = (name: string) => fieldOf(issues, actions, `${base}.${name}`);
          return (
            <li key={item.key}>
              <fieldset id={fieldId(base)} tabIndex={-1} className="row-editor" data-testid={`certification-${i}`}>
                <legend>Certification {i + 1}{item.name.trim() && `: ${item.name.trim()}`}</legend>
                <FieldErrors path={base} errors={issues.get(base)} />
                <div className="field-grid">
                  <TextField {...f("name")} value={item.name} label="Name" />
                  <TextField {...f("issuer")} value={item.issuer} label="Issuer" />
                  <SelectField {...f("importance")} value={item.importance} label="Importance" options={IMPORTANCE} className="field-narrow" />
                  <TextField {...f("aliases")} value={item.aliases} label="Aliases" hint="Comma-separated." className="field-wide" />
                  <TextField {...f("why")} value={item.why} label="Why it matters" className="field-wide" />
                </div>
                <RemoveButton label={item.name || `certification ${i + 1}`} onClick={() => removeAndFocus(actions, "certifications", i, "add-certification")} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <AddButton id="add-certification" label="Add certification" onClick={() => addAndFocus(actions, "certifications", newCertification(), `certifications.${items.length}.name`)} />
    </>
  );
}

export function SignalsEditor({ items, issues, actions }: PartProps & { items: PortfolioSignalForm[] }) {
  return (
    <>
      {items.length === 0 && <p className="empty">No portfolio signals.</p>}
      <ol className="row-list">
        {items.map((item, i) => {
          const base = `portfolioSignals.${i}`;
          const f = (name: string) => fieldOf(issues, actions, `${base}.${name}`);
          return (
            <li key={item.key}>
              <fieldset id={fieldId(base)} tabIndex={-1} className="row-editor" data-testid={`signal-${i}`}>
                <legend>Signal {i + 1}{item.label.trim() && `: ${item.label.trim()}`}</legend>
                <FieldErrors path={base} errors={issues.get(base)} />
                <div className="field-grid">
                  <SelectField {...f("kind")} value={item.kind} label="Kind" options={PORTFOLIO_SIGNAL_KINDS} className="field-narrow" />
                  <TextField {...f("label")} value={item.label} label="Label" />
                  <SelectField {...f("importance")} value={item.importance} label="Importance" options={IMPORTANCE} className="field-narrow" />
                  <TextField {...f("terms")} value={item.terms} label="Words or hosts" hint="Comma-separated, e.g. Kaggle, github.com." className="field-wide" />
                  <TextField {...f("sectionKinds")} value={item.sectionKinds} label="Section kinds" hint={`Comma-separated, from: ${SECTION_KINDS.join(", ")}.`} className="field-wide" />
                  <TextField {...f("linkKinds")} value={item.linkKinds} label="Link kinds" hint={`Comma-separated, from: ${LINK_KINDS.join(", ")}.`} className="field-wide" />
                  <TextField {...f("why")} value={item.why} label="Why it matters" className="field-full" />
                </div>
                <RemoveButton label={item.label || `signal ${i + 1}`} onClick={() => removeAndFocus(actions, "portfolioSignals", i, "add-signal")} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <AddButton id="add-signal" label="Add portfolio signal" onClick={() => addAndFocus(actions, "portfolioSignals", newPortfolioSignal(), `portfolioSignals.${items.length}.kind`)} />
    </>
  );
}

export function ExpectedSectionsEditor({ items, issues, actions }: PartProps & { items: ExpectedSectionForm[] }) {
  return (
    <>
      {items.length === 0 && <p className="empty">No expected sections.</p>}
      <ol className="row-list row-list-compact">
        {items.map((item, i) => {
          const base = `sections.${i}`;
          const f = (name: string) => fieldOf(issues, actions, `${base}.${name}`);
          return (
            <li key={item.key}>
              <fieldset id={fieldId(base)} tabIndex={-1} className="row-editor row-inline" data-testid={`section-${i}`}>
                <legend className="visually-hidden">Expected section {i + 1}</legend>
                <SelectField {...f("kind")} value={item.kind} label={`Section ${i + 1}`} options={SECTION_OPTIONS} />
                <SelectField {...f("importance")} value={item.importance} label="Importance" options={IMPORTANCE} />
                <RemoveButton label={`section ${sectionKindLabel(item.kind)}`} onClick={() => removeAndFocus(actions, "sections", i, "add-section")} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <AddButton id="add-section" label="Add expected section" onClick={() => addAndFocus(actions, "sections", newExpectedSection(), `sections.${items.length}.kind`)} />
    </>
  );
}

export function CareerMovesEditor({ form, issues, actions }: PartProps & { form: ProfileForm }) {
  const f = (path: string) => fieldOf(issues, actions, path);
  return (
    <div className="field-grid">
      <TextField {...f("sourceRoles")} value={form.sourceRoles} label="Roles people move from" hint="Comma-separated profile slugs." className="field-wide" />
      <TextField {...f("destinationRoles")} value={form.destinationRoles} label="Roles people move on to" hint="Comma-separated profile slugs." className="field-wide" />
    </div>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button-small danger" onClick={onClick}>
      Remove<span className="visually-hidden"> {label}</span>
    </button>
  );
}

function AddButton({ id, label, onClick }: { id: string; label: string; onClick: () => void }) {
  return (
    <button type="button" id={id} className="button-small" onClick={onClick}>
      {label}
    </button>
  );
}

function addAndFocus(actions: EditorActions, list: string, item: unknown, focusPath: string) {
  actions.addItem(list, item);
  actions.focus(focusPath);
}

function removeAndFocus(actions: EditorActions, list: string, index: number, focusId: string) {
  actions.removeItem(list, index);
  actions.focus(focusId);
}
