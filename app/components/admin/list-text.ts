/**
 * Short lists typed as one line of text ("PyTorch, Torch, LibTorch"), for the profile editor.
 * Commas separate items; an item that holds a comma or a double quote is written in double quotes,
 * CSV-style ("Product Manager, AI"), so every list survives a format → parse round trip.
 */

export function formatList(items: readonly string[]): string {
  return items.map(quoteIfNeeded).join(", ");
}

/** Items of a comma-separated line, trimmed; empty unquoted items (a trailing comma) are dropped. */
export function parseList(text: string): string[] {
  const items: string[] = [];
  let current = "";
  let quoted = false; // inside "…"
  let wasQuoted = false; // the current item had quotes (keep it even when empty)
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        current += char;
      }
    } else if (char === '"' && current.trim() === "") {
      quoted = true;
      wasQuoted = true;
      current = "";
    } else if (char === ",") {
      push();
    } else if (!(wasQuoted && /\s/.test(char))) {
      // Spaces between a closing quote and the comma are not part of the item.
      current += char;
    }
  }
  push();
  return items;

  function push() {
    const item = wasQuoted ? current : current.trim();
    if (item !== "" || wasQuoted) items.push(item);
    current = "";
    wasQuoted = false;
  }
}

/** One item per line (job titles, which often contain commas). */
export function formatLines(items: readonly string[]): string {
  return items.join("\n");
}

export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function quoteIfNeeded(item: string): string {
  const needsQuotes = /[",]/.test(item) || item !== item.trim() || item === "";
  return needsQuotes ? `"${item.replace(/"/g, '""')}"` : item;
}
