/**
 * Severity or priority as a word with a shape, never colour alone: ▲ high, ◆ medium, ● low, ℹ info.
 */
type Level = "high" | "medium" | "low" | "info";

const SHAPES: Record<Level, string> = { high: "▲", medium: "◆", low: "●", info: "ℹ" };
const WORDS: Record<Level, string> = { high: "High", medium: "Medium", low: "Low", info: "Info" };

export function SeverityBadge({ level, prefix }: { level: Level; prefix?: string }) {
  return (
    <span className={`badge badge-${level}`}>
      <span aria-hidden="true">{SHAPES[level]} </span>
      {prefix ? `${prefix} ${WORDS[level].toLowerCase()}` : WORDS[level]}
    </span>
  );
}
