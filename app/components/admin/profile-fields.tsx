"use client";
/**
 * Labelled inputs of the profile editor. Each field is named by its path in the profile
 * ("keywordGroups.0.label"), which gives its id, its test id and its validation messages, shown
 * under the field and tied to it with aria-describedby / aria-invalid.
 */
import type { ReactNode } from "react";
import { fieldId } from "./profile-form";

export interface FieldProps {
  path: string;
  label: ReactNode;
  errors?: readonly string[];
  hint?: ReactNode;
  onChange: (path: string, value: string) => void;
  onBlur: (path: string) => void;
  className?: string;
}

function describedBy(path: string, hint: ReactNode, errors: readonly string[] | undefined): string | undefined {
  const id = fieldId(path);
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldErrors({ path, errors }: { path: string; errors?: readonly string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={`${fieldId(path)}-error`} className="field-errors" data-testid={`error-${path}`}>
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

function Hint({ path, hint }: { path: string; hint: ReactNode }) {
  return hint ? (
    <span id={`${fieldId(path)}-hint`} className="hint">
      {hint}
    </span>
  ) : null;
}

export function TextField({
  path,
  label,
  value,
  errors,
  hint,
  onChange,
  onBlur,
  className,
  multiline = false,
  readOnly = false,
  inputMode,
}: FieldProps & { value: string; multiline?: boolean; readOnly?: boolean; inputMode?: "decimal" | "text" }) {
  const id = fieldId(path);
  const common = {
    id,
    value,
    readOnly,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(path, hint, errors),
    "data-testid": `field-${path}`,
    onBlur: () => onBlur(path),
  };
  return (
    <div className={`field ${className ?? ""} ${errors?.length ? "has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(path, event.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onChange={(event) => onChange(path, event.target.value)} />
      )}
      <Hint path={path} hint={hint} />
      <FieldErrors path={path} errors={errors} />
    </div>
  );
}

export function SelectField({
  path,
  label,
  value,
  options,
  errors,
  hint,
  onChange,
  onBlur,
  className,
}: FieldProps & { value: string; options: readonly string[] | readonly { value: string; label: string }[] }) {
  const id = fieldId(path);
  const list = options.map((option) => (typeof option === "string" ? { value: option, label: option } : option));
  const known = list.some((option) => option.value === value);
  return (
    <div className={`field ${className ?? ""} ${errors?.length ? "has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(path, hint, errors)}
        data-testid={`field-${path}`}
        onChange={(event) => onChange(path, event.target.value)}
        onBlur={() => onBlur(path)}
      >
        {/* A value from an imported file that the schema does not know stays visible (and flagged). */}
        {!known && <option value={value}>{value || "(none)"}</option>}
        {list.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Hint path={path} hint={hint} />
      <FieldErrors path={path} errors={errors} />
    </div>
  );
}

export function CheckboxField({
  path,
  label,
  checked,
  errors,
  hint,
  onToggle,
  className,
}: Omit<FieldProps, "onChange" | "onBlur"> & { checked: boolean; onToggle: (path: string, checked: boolean) => void }) {
  const id = fieldId(path);
  return (
    <div className={`field field-checkbox ${className ?? ""}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={describedBy(path, hint, errors)}
        data-testid={`field-${path}`}
        onChange={(event) => onToggle(path, event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <Hint path={path} hint={hint} />
      <FieldErrors path={path} errors={errors} />
    </div>
  );
}
