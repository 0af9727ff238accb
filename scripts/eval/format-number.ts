/**
 * Python's `f"{x:.Nf}"`, so printed figures can be compared with eval.py's character for character.
 * JavaScript's toFixed rounds exact halves up (0.0625 → "0.063"), Python rounds them to even ("0.062").
 */
export function pyFixed(x: number | null, digits: number): string {
  if (x === null || Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const abs = Math.abs(x);
  // A tie exists only if the exact binary value ends in 5 right after the kept digits; 25 more
  // digits are far below a double's spacing at resume-metric magnitudes, so a "tie" seen here is real.
  const long = abs.toFixed(Math.min(100, digits + 25));
  const cut = long.indexOf(".") + 1 + digits;
  const rest = long.slice(cut);
  if (/^50*$/.test(rest)) {
    const kept = long.slice(0, digits ? cut : cut - 1);
    const lastDigit = Number(kept.replace(".", "").slice(-1));
    return sign + (lastDigit % 2 === 0 ? kept : abs.toFixed(digits));
  }
  return sign + abs.toFixed(digits);
}

/** Python's `f"{n:Nd}"` / `f"{s:Ns}"`: pad on the left (numbers) or right (text) to a width. */
export function padNum(n: number, width: number): string {
  return String(n).padStart(width);
}

export function padText(s: string, width: number): string {
  return s.padEnd(width);
}
