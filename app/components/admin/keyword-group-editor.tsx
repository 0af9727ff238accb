"use client";
/**
 * One keyword group of the profile editor: its category, label and weight, and its keywords
 * (term, aliases, importance; spellings, guarded forms, exclusions, weight and stemming under
 * "More matching options"). Collapsed, it renders only its summary: a large profile stays fast.
 */
import { memo, useEffect, useRef } from "react";
import { countIssuesUnder, type EditorActions, type IssueMap } from "./editor-actions";
import { CheckboxField, FieldErrors, SelectField, TextField } from "./profile-fields";
import { fieldId, newKeyword, type KeywordForm, type KeywordGroupForm } from "./profile-form";

const IMPORTANCE = [
  { value: "required", label: "Required" },
  { value: "preferred", label: "Preferred" },
];

export interface KeywordGroupEditorProps {
  group: KeywordGroupForm;
  index: number;
  count: number;
  open: boolean;
  onOpenChange: (key: string, open: boolean) => void;
  issues: IssueMap;
  /** Signature of `issues` for this group (memo comparison). */
  issueKey: string;
  actions: EditorActions;
}

function KeywordGroupEditorInner({ group, index, count, open, onOpenChange, issues, actions }: KeywordGroupEditorProps) {
  const base = `keywordGroups.${index}`;
  const problems = countIssuesUnder(issues, base);
  const name = group.label.trim() || group.category.trim() || `Group ${index + 1}`;
  const field = (name: string) => ({ path: `${base}.${name}`, errors: issues.get(`${base}.${name}`), onChange: actions.set, onBlur: actions.touch });

  return (
    <details
      className={`group-editor ${problems ? "has-error" : ""}`}
      open={open}
      onToggle={(event) => {
        if (event.currentTarget.open !== open) onOpenChange(group.key, event.currentTarget.open);
      }}
      data-testid={`group-${index}`}
    >
      <summary id={fieldId(base)}>
        <span className="group-name">{name}</span>{" "}
        <span className="meta">
          {group.keywords.length} keyword{group.keywords.length === 1 ? "" : "s"}, weight {group.weight || "?"}
        </span>
        {problems > 0 && (
          <span className="problem-count">
            {" "}
            · {problems} problem{problems === 1 ? "" : "s"}
          </span>
        )}
      </summary>
      {open && (
        <div className="group-body">
          <FieldErrors path={base} errors={issues.get(base)} />
          <div className="field-grid">
            <TextField {...field("label")} value={group.label} label="Label" hint="Shown to people, e.g. “ML frameworks”." />
            <TextField {...field("category")} value={group.category} label="Category id" hint="Lower-case words joined by hyphens; reported with each keyword." />
            <TextField {...field("weight")} value={group.weight} label="Weight" inputMode="decimal" hint="Above 0, up to 10; 1 is ordinary." className="field-narrow" />
          </div>
          <div className="button-row">
            <button type="button" className="button-small button-quiet" disabled={index === 0} onClick={() => actions.moveItem("keywordGroups", index, index - 1)}>
              Move up<span className="visually-hidden"> group {name}</span>
            </button>
            <button type="button" className="button-small button-quiet" disabled={index === count - 1} onClick={() => actions.moveItem("keywordGroups", index, index + 1)}>
              Move down<span className="visually-hidden"> group {name}</span>
            </button>
            <button
              type="button"
              className="button-small danger"
              onClick={() => {
                if (window.confirm(`Remove the group “${name}” and its ${group.keywords.length} keywords?`)) {
                  actions.removeItem("keywordGroups", index);
                  actions.focus("add-group");
                }
              }}
            >
              Remove group<span className="visually-hidden"> {name}</span>
            </button>
          </div>

          <h3 className="subheading">Keywords</h3>
          <p className="hint">
            Aliases (other names, e.g. NLP, k8s) and the other lists are comma-separated; put an item that contains a comma in double quotes.
          </p>
          <FieldErrors path={`${base}.keywords`} errors={issues.get(`${base}.keywords`)} />
          <ol className="keyword-list">
            {group.keywords.map((keyword, k) => (
              <li key={keyword.key}>
                <KeywordEditor keyword={keyword} groupIndex={index} index={k} issues={issues} actions={actions} />
              </li>
            ))}
          </ol>
          <button
            type="button"
            id={`add-keyword-${index}`}
            className="button-small"
            onClick={() => {
              actions.addItem(`${base}.keywords`, newKeyword());
              actions.focus(`${base}.keywords.${group.keywords.length}.term`);
            }}
          >
            Add keyword<span className="visually-hidden"> to {name}</span>
          </button>
        </div>
      )}
    </details>
  );
}

function KeywordEditor({ keyword, groupIndex, index, issues, actions }: { keyword: KeywordForm; groupIndex: number; index: number; issues: IssueMap; actions: EditorActions }) {
  const base = `keywordGroups.${groupIndex}`;
  const path = `${base}.keywords.${index}`;
  const field = (name: string) => ({ path: `${path}.${name}`, errors: issues.get(`${path}.${name}`), onChange: actions.set, onBlur: actions.touch });
  const moreProblems = MORE_FIELDS.some((name) => issues.has(`${path}.${name}`));
  const moreRef = useRef<HTMLDetailsElement>(null);
  // Opened when something in it needs fixing, never closed under the admin's hands.
  useEffect(() => {
    if (moreProblems && moreRef.current) moreRef.current.open = true;
  }, [moreProblems]);
  const term = keyword.term.trim() || `keyword ${index + 1}`;
  return (
    <fieldset id={fieldId(path)} tabIndex={-1} className={`keyword-editor ${countIssuesUnder(issues, path) ? "has-error" : ""}`} data-testid={`keyword-${groupIndex}-${index}`}>
      <legend>
        Keyword {index + 1}
        {keyword.term.trim() && `: ${keyword.term.trim()}`}
      </legend>
      <FieldErrors path={path} errors={issues.get(path)} />
      <div className="keyword-main">
        <TextField {...field("term")} value={keyword.term} label="Term" />
        <TextField {...field("aliases")} value={keyword.aliases} label="Aliases" />
        <SelectField {...field("importance")} value={keyword.importance} label="Importance" options={IMPORTANCE} />
      </div>
      <div className="keyword-footer">
        <details className="more-options" ref={moreRef}>
          <summary>More matching options</summary>
          <div className="field-grid">
            <TextField {...field("variants")} value={keyword.variants} label="Spellings" hint="Comma-separated: scikit learn, NodeJS." className="field-wide" />
            <TextField {...field("guarded")} value={keyword.guarded} label="Guarded forms" hint="Forms that count only in the right case, in context: Go (language), CV (field)." className="field-wide" />
            <TextField {...field("negatives")} value={keyword.negatives} label="Not when inside" hint="Comma-separated phrases, e.g. Java Script." className="field-wide" />
            <TextField {...field("weight")} value={keyword.weight} label="Weight override" inputMode="decimal" hint="Blank: the group's weight." className="field-narrow" />
            <CheckboxField path={`${path}.stem`} checked={keyword.stem} label="Match inflections (transformers → transformer)" errors={issues.get(`${path}.stem`)} onToggle={actions.toggle} className="field-wide" />
          </div>
        </details>
        <button
          type="button"
          className="button-small danger"
          onClick={() => {
            actions.removeItem(`${base}.keywords`, index);
            actions.focus(`add-keyword-${groupIndex}`);
          }}
        >
          Remove<span className="visually-hidden"> {term}</span>
        </button>
      </div>
    </fieldset>
  );
}

const MORE_FIELDS = ["variants", "guarded", "negatives", "weight", "stem"];

/** Re-renders only when its group, position, openness or messages change. */
export const KeywordGroupEditor = memo(
  KeywordGroupEditorInner,
  (a, b) => a.group === b.group && a.index === b.index && a.count === b.count && a.open === b.open && a.issueKey === b.issueKey && a.actions === b.actions && a.onOpenChange === b.onOpenChange,
);
