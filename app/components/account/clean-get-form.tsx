"use client";
/**
 * A GET form whose address keeps only the fields that were filled in (and not at their default),
 * so a filtered list reads "/reports?q=smith" rather than a string of empty parameters. Without
 * JavaScript it is a plain GET form.
 */
import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";

export interface CleanGetFormProps {
  action: string;
  /** Values that are the default and need not appear in the address (e.g. { sort: "newest" }). */
  defaults?: Record<string, string>;
  className?: string;
  "aria-label"?: string;
  children: ReactNode;
}

export function CleanGetForm({ action, defaults = {}, children, ...rest }: CleanGetFormProps) {
  const router = useRouter();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value !== "string") continue;
      const trimmed = value.trim();
      if (trimmed && defaults[name] !== trimmed) params.append(name, trimmed);
    }
    const query = params.toString();
    router.push(query ? `${action}?${query}` : action);
  }

  return (
    <form method="get" action={action} role="search" onSubmit={submit} {...rest}>
      {children}
    </form>
  );
}
