import { DEFAULT_PARETO } from "../formats.js";
import { itemTitle, textResolver, type ItemRef, type Rubric } from "../model/rubric.js";
import type { ProfileFile } from "../model/schema.js";
import type { Result } from "./result.js";
import { r2, r2n, r4, r4n } from "./round.js";

/**
 * One item's answer: a level (fractional for a team's consensus median), "na" for not applicable
 * (left out of every sum, count and list), or null for "don't know" (counted as unanswered).
 */
export interface Answer {
  level: number | "na" | null;
  note?: string;
}

export interface ScoreInput {
  rubric: Rubric;
  /** The role profile to compare with; the rubric's default profile unless given. */
  profile?: ProfileFile;
  answers: ReadonlyMap<string, Answer>;
  /** Share of the weighted gap the priority list must reach, in [0.05, 1] on the command line (never an empty list when a gap exists); 0.8 unless given. */
  pareto?: number;
  /** The language of the result's texts; the rubric's first locale unless given. */
  locale?: string;
  /** sha256 of the rubric file's bytes. */
  sha256: string;
  respondent?: Result["respondent"];
  date?: string;
}

/** SPEC section 5 for one item under one profile. */
interface Scored {
  ref: ItemRef;
  target: number;
  weight: number;
  effort: number;
  answer: number | null;
  note: string | undefined;
  gap: number | null;
  impact: number | null;
}

const TOLERANCE = 1e-9;

/** Scores answers against a profile: a pure function of its input (no clock, no I/O). */
export function score(input: ScoreInput): Result {
  const { rubric } = input;
  const profile = input.profile ?? rubric.profileById.get(rubric.defaultProfileId)!;
  const locale = input.locale ?? rubric.defaultLocale;
  const { min, max } = rubric.data.scale;
  const span = max - min;
  const text = textResolver(rubric, locale);

  const notApplicable = (id: string) => input.answers.get(id)?.level === "na";
  const scored: Scored[] = rubric.items.filter((ref) => !notApplicable(ref.item.id)).map((ref) => {
    const answer = input.answers.get(ref.item.id);
    const level = answer?.level === "na" ? null : (answer?.level ?? null);
    const target = profile.itemTargets?.[ref.item.id] ?? profile.targets[ref.dimension.id]!;
    const weight = ref.item.weight * ref.dimension.weight * (profile.weights?.[ref.dimension.id] ?? 1);
    const gap = level === null ? null : Math.max(0, target - level) / span;
    return { ref, target, weight, effort: ref.item.effort, answer: level, note: answer?.note, gap, impact: gap === null ? null : weight * gap };
  });
  const answered = scored.filter((s) => s.answer !== null);
  const totalImpact = sum(answered, (s) => s.impact!);
  const indexes = (subset: Scored[]) => indexesOf(subset, min, span);

  const dimensions = rubric.data.dimensions.map((d) => {
    const all = scored.filter((s) => s.ref.dimension === d);
    const done = all.filter((s) => s.answer !== null);
    const itemWeight = (s: Scored) => s.ref.item.weight;
    const doneWeight = sum(done, itemWeight);
    const impact = sum(done, (s) => s.impact!);
    return {
      id: d.id,
      group: d.group,
      title: text(d.title),
      current: done.length ? r4(sum(done, (s) => itemWeight(s) * s.answer!) / doneWeight) : null,
      target: all.length ? r4(sum(all, (s) => itemWeight(s) * s.target) / sum(all, itemWeight)) : (profile.targets[d.id] ?? 0),
      gap: done.length ? r4(sum(done, (s) => itemWeight(s) * s.gap!) / doneWeight) : null,
      impact: r4(impact),
      share: r4(totalImpact > 0 ? impact / totalImpact : 0),
      answered: done.length,
      items: all.length,
    };
  });

  const groups = rubric.data.groups.map((g) => ({
    id: g.id,
    title: text(g.title),
    ...indexes(scored.filter((s) => s.ref.dimension.group === g.id)),
    ...(g.poles ? { poles: { low: text(g.poles.low), high: text(g.poles.high) } } : {}),
  }));

  const tags = (rubric.data.tags ?? []).map((tag) => {
    const tagged = scored.filter((s) => s.ref.item.tags?.includes(tag.id));
    const impact = sum(tagged.filter((s) => s.answer !== null), (s) => s.impact!);
    return { id: tag.id, title: text(tag.title), ...indexes(tagged), impact: r4(impact), share: r4(totalImpact > 0 ? impact / totalImpact : 0) };
  });

  const { priorities, pareto } = paretoCut(answered, input.pareto ?? DEFAULT_PARETO, (s) => ({
    title: text(itemTitle(s.ref.item)),
    action: text(s.ref.item.action),
  }));

  const potential = (s: Scored) => (s.weight * (s.target - min)) / span;
  const unanswered = scored
    .filter((s) => s.answer === null)
    .sort((a, b) => potential(b) - potential(a) || a.ref.order - b.ref.order)
    .map((s) => ({ item: s.ref.item.id, dimension: s.ref.dimension.id, title: text(itemTitle(s.ref.item)), potentialImpact: r4(potential(s)) }));

  const allWeight = sum(scored, (s) => s.weight);
  const scoredById = new Map(scored.map((s) => [s.ref.item.id, s]));
  // Not applicable: kept in items[] with answer "na" and no gap, impact or points (SPEC section 5).
  const notApplicableItem = (ref: ItemRef) => ({
    id: ref.item.id,
    dimension: ref.dimension.id,
    title: text(itemTitle(ref.item)),
    answer: "na" as const,
    target: profile.itemTargets?.[ref.item.id] ?? profile.targets[ref.dimension.id]!,
    gap: null,
    weight: r4(ref.item.weight * ref.dimension.weight * (profile.weights?.[ref.dimension.id] ?? 1)),
    impact: null,
    effort: ref.item.effort,
  });
  const unknownImpact = sum(scored.filter((s) => s.answer === null), potential);
  const overall = indexes(scored);

  return {
    gapcheck: 1,
    kind: "result",
    rubric: { id: rubric.data.id, version: rubric.data.version, title: text(rubric.data.title), sha256: input.sha256, scale: { min, max } },
    profile: { id: profile.id, title: text(profile.title) },
    locale,
    ...(input.respondent ? { respondent: input.respondent } : {}),
    ...(input.date ? { date: input.date } : {}),
    summary: {
      maturityIndex: overall.maturityIndex,
      gapIndex: overall.gapIndex,
      gapIndexRange: [r2((100 * totalImpact) / allWeight), r2((100 * (totalImpact + unknownImpact)) / allWeight)],
      coverage: r4(answered.length / scored.length),
      answered: answered.length,
      items: rubric.items.length,
      groups,
      pareto,
    },
    dimensions,
    items: rubric.items.map((ref) => scoredById.get(ref.item.id) ?? ref).map((s) => ("ref" in s ? {
      id: s.ref.item.id,
      dimension: s.ref.dimension.id,
      title: text(itemTitle(s.ref.item)),
      answer: s.answer,
      target: s.target,
      gap: r4n(s.gap),
      weight: r4(s.weight),
      impact: r4n(s.impact),
      effort: s.effort,
      ...(s.note !== undefined ? { note: s.note } : {}),
    } : notApplicableItem(s))),
    priorities,
    tags,
    unanswered,
  };
}

/** maturityIndex and gapIndex over the answered items of a subset; null when none is answered. */
function indexesOf(subset: Scored[], min: number, span: number) {
  const done = subset.filter((s) => s.answer !== null);
  const weight = sum(done, (s) => s.weight);
  if (done.length === 0 || weight === 0) return { maturityIndex: null, gapIndex: null };
  return {
    maturityIndex: r2n((100 * sum(done, (s) => (s.weight * (s.answer! - min)) / span)) / weight),
    gapIndex: r2n((100 * sum(done, (s) => s.impact!)) / weight),
  };
}

/**
 * The 80/20 list: answered items with impact > 0, by impact descending, then effort ascending, then
 * rubric order; the shortest prefix whose cumulative impact reaches `threshold` of the total.
 */
function paretoCut(answered: Scored[], threshold: number, texts: (s: Scored) => { title: string; action: string }) {
  const candidates = answered
    .filter((s) => s.impact! > 0)
    .sort((a, b) => b.impact! - a.impact! || a.effort - b.effort || a.ref.order - b.ref.order);
  const total = sum(candidates, (s) => s.impact!);
  const priorities: Result["priorities"] = [];
  let cumulative = 0;
  for (const s of candidates) {
    // The shortest NON-EMPTY prefix (SPEC 5): however small the threshold, the largest gap is listed.
    if (total === 0 || (priorities.length > 0 && cumulative >= threshold * total - TOLERANCE * total)) break;
    cumulative += s.impact!;
    const { title, action } = texts(s);
    priorities.push({
      rank: priorities.length + 1,
      item: s.ref.item.id,
      dimension: s.ref.dimension.id,
      title,
      current: s.answer!,
      target: s.target,
      gap: r4(s.gap!),
      impact: r4(s.impact!),
      share: r4(s.impact! / total),
      cumulativeShare: r4(cumulative / total),
      effort: s.effort,
      quickWin: s.effort <= 2,
      action,
    });
  }
  return {
    priorities,
    pareto: {
      // As given: rounding to 4 decimals would store a tiny share as 0 (the range check is the CLI's).
      threshold,
      selected: priorities.length,
      candidates: candidates.length,
      impactShare: r4(total > 0 ? cumulative / total : 0),
    },
  };
}

function sum<T>(list: readonly T[], f: (x: T) => number): number {
  let total = 0;
  for (const x of list) total += f(x);
  return total;
}
