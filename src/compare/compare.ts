import type { Result } from "../scoring/result.js";
import { r2, r4 } from "../scoring/round.js";
import type { Comparison, ComparisonItem, ComparisonSide, ItemStatus, PriorityChange } from "./schema.js";

/*
 * Progress between results (docs/progress.md), as data: the baseline is the first input, the latest
 * the last. Pure: no clock, no I/O; the same inputs give the same comparison.
 */

export interface CompareInput {
  result: Result;
  /** How the input is named in the output and in messages (the path as typed). */
  file: string;
  /** A team result's number of respondents (the `panel` of `aggregate`), when known. */
  respondents?: number;
}

export interface CompareOptions {
  /**
   * Item renames declared by the latest rubric (its `history.renamed`: old id → new id); the
   * baseline's answers for an old id are compared with the latest's under the new id.
   */
  renamed?: Readonly<Record<string, string>>;
  /** Compare results for different profiles (their targets differ, so their gaps do too). */
  allowProfileChange?: boolean;
  /** Language of the comparison; default the latest input's. */
  locale?: string;
}

/** Why two results cannot be compared. */
export type Refusal =
  | { reason: "too-few" }
  | { reason: "rubric"; files: [string, string]; ids: [string, string] }
  | { reason: "profile"; files: [string, string]; ids: [string, string] };

export class ComparisonRefused extends Error {
  override name = "ComparisonRefused";
  constructor(readonly refusal: Refusal) {
    super(
      refusal.reason === "too-few"
        ? "compare needs at least two results"
        : refusal.reason === "rubric"
          ? `${refusal.files[0]} is for rubric ${refusal.ids[0]}, ${refusal.files[1]} for rubric ${refusal.ids[1]}`
          : `${refusal.files[0]} is scored for profile ${refusal.ids[0]}, ${refusal.files[1]} for ${refusal.ids[1]}: the targets differ`,
    );
  }
}

/** The first reason the inputs cannot be compared, or undefined when they can. */
export function checkComparable(
  inputs: readonly CompareInput[],
  options: Pick<CompareOptions, "allowProfileChange"> = {},
): Refusal | undefined {
  if (inputs.length < 2) return { reason: "too-few" };
  const first = inputs[0]!;
  for (const other of inputs.slice(1)) {
    if (other.result.rubric.id !== first.result.rubric.id) {
      return { reason: "rubric", files: [first.file, other.file], ids: [first.result.rubric.id, other.result.rubric.id] };
    }
  }
  if (!options.allowProfileChange) {
    for (const other of inputs.slice(1)) {
      if (other.result.profile.id !== first.result.profile.id) {
        return { reason: "profile", files: [first.file, other.file], ids: [first.result.profile.id, other.result.profile.id] };
      }
    }
  }
  return undefined;
}

/**
 * The inputs in the order they are compared: by date when there are more than two and every one
 * has a readable date (stable for equal dates), else as given. docs/progress.md#inputs: with two, the first is the
 * baseline.
 */
export function orderInputs(inputs: readonly CompareInput[]): { order: "date" | "arguments"; inputs: CompareInput[] } {
  const times = inputs.map((i) => (i.result.date === undefined ? Number.NaN : Date.parse(i.result.date)));
  if (inputs.length <= 2 || times.some((t) => Number.isNaN(t))) return { order: "arguments", inputs: [...inputs] };
  const sorted = inputs.map((input, k) => ({ input, k, t: times[k]! })).sort((a, b) => a.t - b.t || a.k - b.k);
  return { order: "date", inputs: sorted.map((s) => s.input) };
}

/** A level as the result holds it; v1.1 results may also say "na" (not applicable). */
type Level = number | null | "na";
type ResultItem = Result["items"][number];

const levelOf = (item: ResultItem): Level => {
  const answer: Level = item.answer;
  return answer;
};
const isNum = (v: Level): v is number => typeof v === "number";
const diff = (before: number | null, after: number | null, round: (v: number) => number) =>
  before === null || after === null ? null : round(after - before);
const change = (before: number | null, after: number | null, round: (v: number) => number) => ({
  before,
  after,
  delta: diff(before, after, round),
});

/** Follows a chain of renames (a → b → c) to the id the latest rubric uses; cycles stop. */
function resolveRename(id: string, renamed: Readonly<Record<string, string>>): string {
  let current = id;
  const seen = new Set([id]);
  while (Object.hasOwn(renamed, current)) {
    const next = renamed[current]!;
    if (seen.has(next)) break;
    seen.add(next);
    current = next;
  }
  return current;
}

/** The item status of docs/progress.md#item-status: the first that holds. */
export function itemStatus(
  before: { answer: Level; gap: number | null } | null,
  after: { answer: Level; gap: number | null } | null,
): ItemStatus {
  if (before === null) return "added";
  if (after === null) return "removed";
  const b = before.answer;
  const a = after.answer;
  // Not applicable on either side: neither better nor worse.
  if (b === "na" || a === "na") return "unchanged";
  if (b === null && a !== null) return "newly-answered";
  if (b !== null && a === null) return "no-longer-answered";
  if (b === null || a === null) return "unchanged";
  const gb = before.gap ?? 0;
  const ga = after.gap ?? 0;
  if (gb > 0 && ga === 0) return "closed";
  if (gb === 0 && ga > 0) return "opened";
  if (a > b) return "improved";
  if (a < b) return "regressed";
  return "unchanged";
}

function side(input: CompareInput): ComparisonSide {
  const r = input.result;
  return {
    file: input.file,
    rubricVersion: r.rubric.version,
    profile: { id: r.profile.id, title: r.profile.title },
    ...(r.date !== undefined ? { date: r.date } : {}),
    ...(r.respondent !== undefined ? { respondent: r.respondent } : {}),
    ...(input.respondents !== undefined ? { respondents: input.respondents } : {}),
  };
}

/** Whole days between two ISO dates, or null when either is missing or unreadable. */
export function daysBetween(before: string | undefined, after: string | undefined): number | null {
  if (before === undefined || after === undefined) return null;
  const b = Date.parse(before);
  const a = Date.parse(after);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((a - b) / 86_400_000);
}

/** Compares two or more results of the same rubric; throws ComparisonRefused when they cannot be. */
export function compare(given: readonly CompareInput[], options: CompareOptions = {}): Comparison {
  const refusal = checkComparable(given, options);
  if (refusal) throw new ComparisonRefused(refusal);
  const { order, inputs } = orderInputs(given);
  const first = inputs[0]!;
  const last = inputs[inputs.length - 1]!;
  const B = first.result;
  const A = last.result;
  const renamed = options.renamed ?? {};
  const { items, oldIdOf } = itemChanges(B, A, renamed);

  return {
    gapcheck: 1,
    kind: "comparison",
    rubric: { id: A.rubric.id, title: A.rubric.title },
    locale: options.locale ?? A.locale,
    order,
    days: daysBetween(B.date, A.date),
    profileChanged: inputs.some((i) => i.result.profile.id !== B.profile.id),
    before: side(first),
    after: side(last),
    summary: {
      maturityIndex: change(B.summary.maturityIndex, A.summary.maturityIndex, r2),
      gapIndex: change(B.summary.gapIndex, A.summary.gapIndex, r2),
      coverage: change(B.summary.coverage, A.summary.coverage, r4),
    },
    dimensions: dimensionChanges(B, A),
    tags: tagChanges(B, A),
    items,
    priorities: priorityChanges(B, A, items, renamed),
    regressions: regressionsOf(B, A, items, oldIdOf),
    ...(inputs.length > 2 ? { series: seriesOf(inputs) } : {}),
  };
}

/** Every item, the latest rubric's order first, then the baseline's items it no longer has. */
function itemChanges(B: Result, A: Result, renamed: Readonly<Record<string, string>>) {
  const beforeById = new Map<string, ResultItem>();
  const oldIdOf = new Map<string, string>();
  for (const item of B.items) {
    const id = resolveRename(item.id, renamed);
    beforeById.set(id, item);
    if (id !== item.id) oldIdOf.set(id, item.id);
  }
  const afterIds = new Set(A.items.map((i) => i.id));
  const sideOf = (item: ResultItem | undefined) => (item === undefined ? null : { answer: levelOf(item), gap: item.gap });
  const itemRow = (id: string, before: ResultItem | undefined, after: ResultItem | undefined): ComparisonItem => {
    const b = sideOf(before);
    const a = sideOf(after);
    const from = oldIdOf.get(id);
    const shown = (after ?? before)!;
    return {
      id,
      ...(from !== undefined && after !== undefined ? { renamedFrom: from } : {}),
      dimension: shown.dimension,
      title: shown.title,
      status: itemStatus(b, a),
      before: b,
      after: a,
      delta: b && a && isNum(b.answer) && isNum(a.answer) ? r4(a.answer - b.answer) : null,
    };
  };
  const items: ComparisonItem[] = A.items.map((after) => itemRow(after.id, beforeById.get(after.id), after));
  for (const [id, before] of beforeById) if (!afterIds.has(id)) items.push(itemRow(id, before, undefined));
  return { items, oldIdOf };
}

/** Dimensions matched by id, the latest's first. */
function dimensionChanges(B: Result, A: Result): Comparison["dimensions"] {
  const dimsB = new Map(B.dimensions.map((d) => [d.id, d]));
  const dimsA = new Map(A.dimensions.map((d) => [d.id, d]));
  const dimIds = [...A.dimensions.map((d) => d.id), ...B.dimensions.map((d) => d.id).filter((id) => !dimsA.has(id))];
  return dimIds.map((id) => {
    const b = dimsB.get(id);
    const a = dimsA.get(id);
    const shown = (a ?? b)!;
    return {
      id,
      group: shown.group,
      title: shown.title,
      before: b ? { current: b.current, gap: b.gap } : null,
      after: a ? { current: a.current, gap: a.gap } : null,
      delta: { current: diff(b?.current ?? null, a?.current ?? null, r4), gap: diff(b?.gap ?? null, a?.gap ?? null, r4) },
    };
  });
}

/** Gap patterns (tags) matched by id, the latest's first. */
function tagChanges(B: Result, A: Result): Comparison["tags"] {
  const tagsB = new Map(B.tags.map((g) => [g.id, g]));
  const tagsA = new Map(A.tags.map((g) => [g.id, g]));
  const tagIds = [...A.tags.map((g) => g.id), ...B.tags.map((g) => g.id).filter((id) => !tagsA.has(id))];
  return tagIds.map((id) => {
    const b = tagsB.get(id);
    const a = tagsA.get(id);
    return {
      id,
      title: (a ?? b)!.title,
      before: b ? { maturityIndex: b.maturityIndex, gapIndex: b.gapIndex } : null,
      after: a ? { maturityIndex: a.maturityIndex, gapIndex: a.gapIndex } : null,
      delta: {
        maturityIndex: diff(b?.maturityIndex ?? null, a?.maturityIndex ?? null, r2),
        gapIndex: diff(b?.gapIndex ?? null, a?.gapIndex ?? null, r2),
      },
    };
  });
}

/** The baseline's priorities: closed now (done) or not (remaining); the latest's others are new. */
function priorityChanges(B: Result, A: Result, items: ComparisonItem[], renamed: Readonly<Record<string, string>>) {
  const itemById = new Map(items.map((i) => [i.id, i]));
  const targetA = new Map(A.items.map((i) => [i.id, i.target]));
  const ref = (rank: number, id: string, fallbackTarget: number): PriorityChange => {
    const row = itemById.get(id)!;
    return {
      rank,
      item: id,
      dimension: row.dimension,
      title: row.title,
      before: row.before?.answer ?? null,
      after: row.after?.answer ?? null,
      target: targetA.get(id) ?? fallbackTarget,
    };
  };
  const done: PriorityChange[] = [];
  const remaining: PriorityChange[] = [];
  const baselinePriorities = new Set<string>();
  for (const p of B.priorities) {
    const id = resolveRename(p.item, renamed);
    baselinePriorities.add(id);
    const row = itemById.get(id);
    if (!row || row.after === null) continue; // removed from the rubric: neither done nor left to do
    const closed = isNum(row.after.answer) && row.after.gap === 0;
    (closed ? done : remaining).push(ref(p.rank, id, p.target));
  }
  const fresh = A.priorities.filter((p) => !baselinePriorities.has(p.item)).map((p) => ref(p.rank, p.item, p.target));
  return { done, remaining, new: fresh };
}

/**
 * Items whose level fell, the largest fall first (then the order above), with the points of the
 * gap index each added (docs/scoring.md#points: points = 100 · weight · gap / Σ weight of the answered items).
 */
function regressionsOf(B: Result, A: Result, items: ComparisonItem[], oldIdOf: ReadonlyMap<string, string>): Comparison["regressions"] {
  const pointsB = pointsOf(B);
  const pointsA = pointsOf(A);
  const position = new Map(items.map((i, k) => [i.id, k]));
  return items
    .filter((i) => i.delta !== null && i.delta < 0)
    .sort((a, b) => a.delta! - b.delta! || position.get(a.id)! - position.get(b.id)!)
    .map((i) => ({
      item: i.id,
      dimension: i.dimension,
      title: i.title,
      before: i.before!.answer as number,
      after: i.after!.answer as number,
      delta: i.delta!,
      points: r2((pointsA.get(i.id) ?? 0) - (pointsB.get(oldIdOf.get(i.id) ?? i.id) ?? 0)),
      status: i.status,
    }));
}

/** Three or more inputs: each one's headline numbers, in order, for the series chart. */
function seriesOf(inputs: readonly CompareInput[]) {
  return inputs.map((i) => ({
    file: i.file,
    ...(i.result.date !== undefined ? { date: i.result.date } : {}),
    rubricVersion: i.result.rubric.version,
    profile: i.result.profile.id,
    maturityIndex: i.result.summary.maturityIndex,
    gapIndex: i.result.summary.gapIndex,
    coverage: i.result.summary.coverage,
    dimensions: i.result.dimensions.map((d) => ({ id: d.id, current: d.current, gap: d.gap })),
  }));
}

/** Each answered item's points of the gap index, by the result's own item ids. */
function pointsOf(result: Result): Map<string, number> {
  const answered = result.items.filter((i) => isNum(levelOf(i)) && i.gap !== null);
  let weight = 0;
  for (const i of answered) weight += i.weight;
  return new Map(answered.map((i) => [i.id, weight > 0 ? (100 * i.weight * i.gap!) / weight : 0]));
}

/** Why `--fail-on regression` fails, if it does (docs/progress.md#a-gate-for-scripts). */
export interface GateVerdict {
  failed: boolean;
  /** The gap index rose by more than the tolerance: by this many points. */
  gapRise: number | null;
  /** Items whose level fell by a whole level or more. */
  items: Comparison["regressions"];
}

/**
 * The regression gate (docs/progress.md#a-gate-for-scripts): the gap index rose by more than `tolerance` points, or an item fell
 * by a whole level or more. The tolerance covers an item's fall too when the points of the gap
 * index it added are within it, so `--tolerance` is one budget for noise; with the default 0 every
 * fall of a whole level fails.
 */
export function regressionGate(comparison: Comparison, tolerance = 0): GateVerdict {
  const delta = comparison.summary.gapIndex.delta;
  const gapRise = delta !== null && delta > tolerance ? delta : null;
  const items = comparison.regressions.filter((r) => r.delta <= -1 + 1e-9 && (tolerance === 0 || r.points > tolerance));
  return { failed: gapRise !== null || items.length > 0, gapRise, items };
}
