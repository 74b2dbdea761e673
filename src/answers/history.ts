import type { Rubric } from "../model/rubric.js";

/** What the rubric's `history` (docs/rubric-format.md#history) made of one saved answer id. */
export type HistoryStep =
  | { kind: "renamed"; from: string; to: string }
  | { kind: "removed"; id: string }
  /** Both the old id and its new one hold an answer: the new one is kept, the old one dropped. */
  | { kind: "both"; from: string; to: string };

/**
 * Maps answers saved for an earlier version onto the current ids: a renamed id becomes its new id,
 * a removed id is dropped. Ids the history does not mention pass through unchanged (unknown ones
 * are reported by normalizeAnswers). Order of the entries is kept. Pure.
 */
export function applyHistory<V>(answers: Record<string, V>, rubric: Rubric): { answers: Record<string, V>; steps: HistoryStep[] } {
  const renamed = rubric.data.history?.renamed ?? {};
  const removed = new Set(rubric.data.history?.removed ?? []);
  const out: Record<string, V> = {};
  const steps: HistoryStep[] = [];
  for (const [id, value] of Object.entries(answers)) {
    if (rubric.itemById.has(id)) {
      out[id] = value;
      continue;
    }
    const to = Object.hasOwn(renamed, id) ? renamed[id] : undefined;
    if (to !== undefined && rubric.itemById.has(to)) {
      if (Object.hasOwn(answers, to)) steps.push({ kind: "both", from: id, to });
      else {
        out[to] = value;
        steps.push({ kind: "renamed", from: id, to });
      }
    } else if (removed.has(id)) steps.push({ kind: "removed", id });
    else out[id] = value;
  }
  return { answers: out, steps };
}
