/**
 * Pure metric functions of the evaluation. They mirror ../shared/tools/eval.py (the official scorer)
 * rule for rule, so that our figures and the official ones agree: where Python and JavaScript differ
 * (Unicode `\w`, code-point indexing, difflib) the port follows Python.
 */

/** eval.py `norm`: NFKC, lower case, every run of characters other than word chars, `@ . +` → one space. */
export function normText(s: string | null | undefined): string {
  const lower = (s ?? "").normalize("NFKC").toLowerCase();
  // Python's `\w` on str is letters, numbers and "_" — combining marks are not word characters.
  return lower.replace(/[^\p{L}\p{N}_@.+]+/gu, " ").trim();
}

/** eval.py `digits`: the phone's decimal digits, only the last 9 when there are more (drops country codes). */
export function phoneDigits(phone: string | null | undefined): string {
  const d = (phone ?? "").replace(/\P{Nd}/gu, "");
  return d.length >= 9 ? d.slice(-9) : d;
}

/** eval.py `url`: lower case, no scheme, no `www.`, no trailing slashes. */
export function normUrl(u: string | null | undefined): string {
  return (u ?? "")
    .toLowerCase()
    .trim()
    .replace(/^(https?:\/\/)?(www\.)?/, "")
    .replace(/\/+$/, "");
}

/**
 * difflib.SequenceMatcher(None, a, b).ratio(): 2·M / (|a| + |b|), M the characters in the matching
 * blocks found by recursive longest-match. Includes difflib's "autojunk" rule (in b of 200+ items,
 * items more frequent than 1% + 1 are not used to seed matches), which changes results on long strings.
 */
export function sequenceRatio(aStr: string, bStr: string): number {
  // Python indexes strings by code point; Array.from does too (JS indexing would split astral chars).
  const a = Array.from(aStr);
  const b = Array.from(bStr);
  const total = a.length + b.length;
  if (total === 0) return 1;

  const b2j = new Map<string, number[]>();
  b.forEach((ch, j) => {
    const list = b2j.get(ch);
    if (list) list.push(j);
    else b2j.set(ch, [j]);
  });
  if (b.length >= 200) {
    const limit = Math.floor(b.length / 100) + 1;
    for (const [ch, list] of [...b2j]) if (list.length > limit) b2j.delete(ch);
  }

  const longest = (alo: number, ahi: number, blo: number, bhi: number): [number, number, number] => {
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const next = new Map<number, number>();
      for (const j of b2j.get(a[i]) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        next.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = next;
    }
    // No junk function, so "junk" is empty; popular items still extend a match at either end.
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
      besti--;
      bestj--;
      bestsize++;
    }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) {
      bestsize++;
    }
    return [besti, bestj, bestsize];
  };

  let matched = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longest(alo, ahi, blo, bhi);
    if (!k) continue;
    matched += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return (2 * matched) / total;
}

/** eval.py `similar`: after normalisation equal, one inside the other, or sequence ratio ≥ t. */
export function similar(a: string | null | undefined, b: string | null | undefined, t = 0.8): boolean {
  const x = normText(a);
  const y = normText(b);
  if (!x || !y) return false;
  return x === y || x.includes(y) || y.includes(x) || sequenceRatio(x, y) >= t;
}

/** Does a found link cover a labelled one? Equal, or one inside the other, after `normUrl`. */
export function linkFound(want: string, got: readonly string[]): boolean {
  const w = normUrl(want);
  const gs = got.map(normUrl);
  return gs.includes(w) || gs.some((g) => g !== "" && (g.includes(w) || w.includes(g)));
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall, F1; an empty denominator counts as perfect (nothing claimed, nothing missed). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Ranks from 0, tied values sharing the mean of their positions. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((p, q) => values[p] - values[q] || p - q);
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's rho with ties (Pearson on average ranks). NaN under 3 pairs or when either side is constant. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new Error("spearman: lists of different length");
  if (xs.length < 3) return NaN;
  const rx = averageRanks(xs);
  const ry = averageRanks(ys);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let cov = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < rx.length; i++) {
    cov += (rx[i] - mx) * (ry[i] - my);
    vx += (rx[i] - mx) ** 2;
    vy += (ry[i] - my) ** 2;
  }
  const sx = Math.sqrt(vx);
  const sy = Math.sqrt(vy);
  return sx && sy ? cov / (sx * sy) : NaN;
}

/** eval.py's median: the middle item, the upper one of the two middles for an even count. */
export function upperMedian(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.floor(sorted.length / 2)];
}

/** hits / total, or null when nothing was there to find (eval.py prints nan, stores None). */
export function ratio(hit: number, total: number): number | null {
  return total ? hit / total : null;
}
