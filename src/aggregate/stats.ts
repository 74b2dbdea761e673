import { r4 } from "../scoring/round.js";

/*
 * Agreement statistics of docs/team.md#agreement, computed from per-level counts only (never from the list
 * of answers), so memory does not grow with the number of respondents.
 */

/** What a panel keeps of one item: how many respondents gave each level, said n/a, or gave a note. */
export interface Tally {
  /** counts[k] = respondents who gave level min + k. */
  counts: number[];
  notApplicable: number;
  /** Only with --notes: the notes' texts (never who wrote them). */
  notes?: string[];
}

export function newTally(levels: number, notes: boolean): Tally {
  return { counts: new Array<number>(levels).fill(0), notApplicable: 0, ...(notes ? { notes: [] } : {}) };
}

export interface LevelStats {
  n: number;
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Sample variance (n − 1); null below 2 levels given. */
  variance: number | null;
  adMedian: number | null;
  rwg: number | null;
  disagreement: boolean;
}

/** The uniform null distribution's variance for A levels: (A² − 1) / 12 (2.0 for 0–4). */
export function nullVariance(levels: number): number {
  return (levels * levels - 1) / 12;
}

/** The value at sorted position `k` (0-based) of the multiset the counts describe. */
function at(counts: readonly number[], min: number, k: number): number {
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i]!;
    if (k < seen) return min + i;
  }
  throw new Error(`position ${k} beyond ${seen} values`);
}

/** Median, mean, range, AD_Md, rwg and the disagreement flag of one item's counts. */
export function levelStats(counts: readonly number[], min: number): LevelStats {
  let n = 0;
  let total = 0;
  let lo: number | null = null;
  let hi: number | null = null;
  counts.forEach((c, i) => {
    if (c === 0) return;
    n += c;
    total += c * (min + i);
    lo ??= min + i;
    hi = min + i;
  });
  if (n === 0) return { n, median: null, mean: null, min: null, max: null, variance: null, adMedian: null, rwg: null, disagreement: false };
  const median = n % 2 === 1 ? at(counts, min, (n - 1) / 2) : (at(counts, min, n / 2 - 1) + at(counts, min, n / 2)) / 2;
  const mean = total / n;
  let squares = 0;
  let deviations = 0;
  counts.forEach((c, i) => {
    squares += c * (min + i - mean) ** 2;
    deviations += c * Math.abs(min + i - median);
  });
  const variance = n >= 2 ? squares / (n - 1) : null;
  const rwg = variance === null ? null : Math.max(0, 1 - variance / nullVariance(counts.length));
  // The threshold applies to rwg as published (4 decimals): an item shown with rwg 0.5 is not flagged.
  const disagreement = (n >= 3 && rwg !== null && r4(rwg) < 0.5) || (n === 2 && hi! - lo! >= 2);
  return { n, median, mean, min: lo, max: hi, variance, adMedian: deviations / n, rwg, disagreement };
}

/**
 * rwg(J) of a dimension (James, Demaree & Wolf 1984) over the variances of its J items with n ≥ 2:
 * J·(1 − s̄²/σ²) / (J·(1 − s̄²/σ²) + s̄²/σ²); 0 when s̄² ≥ σ²; null when no item has two levels.
 */
export function rwgJ(variances: readonly number[], levels: number): number | null {
  const J = variances.length;
  if (J === 0) return null;
  const ratio = variances.reduce((a, b) => a + b, 0) / J / nullVariance(levels);
  if (ratio >= 1) return 0;
  return (J * (1 - ratio)) / (J * (1 - ratio) + ratio);
}
