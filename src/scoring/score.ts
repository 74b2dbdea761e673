import { DEFAULT_FOCUS, DEFAULT_PARETO } from "./defaults.js";
import { itemTitle, textResolver, type ItemRef, type Rubric } from "../model/rubric.js";
import type { ProfileFile } from "../model/schema.js";
import type { Quadrant, Result } from "./result.js";
import { r2, r2n, r4, r4n } from "./round.js";

/**
 * One item's answer: a level (fractional for a team's consensus median), "na" for not applicable,
 * or null for "don't know" (counted as unanswered).
 */
export interface Answer {
  level: number | "na" | null;
  note?: string;
}

export interface ScoreInput {
  rubric: Rubric;
  /** The role profile to compare with; the rubric's default profile unless given. A client profile carries `extends`. */
  profile?: ProfileFile & { extends?: string };
  answers: ReadonlyMap<string, Answer>;
  /**
   * Share of the weighted gap the priority list must reach, in [0.05, 1] on the command line (never an empty list when a gap
   * exists); 0.8 unless given.
   */
  pareto?: number;
  /** How many priorities human formats show in full (docs/reports.md#what-comes-first `--focus`); default 5. */
  focus?: number;
  /** The language of the result's texts; the rubric's first locale unless given. */
  locale?: string;
  /** sha256 of the rubric file's bytes. */
  sha256: string;
  respondent?: Result["respondent"];
  date?: string;
}

/** docs/scoring.md for one applicable item under one profile (not-applicable items are never scored). */
interface ScoredBase {
  ref: ItemRef;
  target: number;
  weight: number;
  effort: number;
  note: string | undefined;
}

/** An applicable item with a level: its gap and impact are known. */
interface AnsweredScore extends ScoredBase {
  answer: number;
  gap: number;
  impact: number;
}

/** An applicable item answered "don't know" (or not at all): no gap, no impact. */
interface UnansweredScore extends ScoredBase {
  answer: null;
  gap: null;
  impact: null;
}

type Scored = AnsweredScore | UnansweredScore;

const isAnswered = (s: Scored): s is AnsweredScore => s.answer !== null;
const isUnanswered = (s: Scored): s is UnansweredScore => s.answer === null;

const TOLERANCE = 1e-9;

/** What every part of one scoring run shares: the scale, the profile's targets and weights, the texts. */
interface Scoring {
  rubric: Rubric;
  text: ReturnType<typeof textResolver>;
  min: number;
  span: number;
  targetOf: (ref: ItemRef) => number;
  weightOf: (ref: ItemRef) => number;
  /** Impact as points off the gap index (of the answered weight). */
  pointsOf: (impact: number) => number;
  /** The impact of every answered item: the whole weighted gap. */
  totalImpact: number;
  /** The weight of every applicable item, answered or not. */
  allWeight: number;
}

/** Scores answers against a profile: a pure function of its input (no clock, no I/O). */
export function score(input: ScoreInput): Result {
  const { rubric } = input;
  const profile: ProfileFile & { extends?: string } =
    input.profile ?? required(rubric.profileById.get(rubric.defaultProfileId), "the default profile");
  const locale = input.locale ?? rubric.defaultLocale;
  const { min, max } = rubric.data.scale;
  // A validated profile has a target for every dimension (rule missing-target).
  const targetOf = (ref: ItemRef) =>
    profile.itemTargets?.[ref.item.id] ??
    required(profile.targets[ref.dimension.id], `profile "${profile.id}": the target of "${ref.dimension.id}"`);
  const weightOf = (ref: ItemRef) => ref.item.weight * ref.dimension.weight * (profile.weights?.[ref.dimension.id] ?? 1);
  const { scored, notApplicable } = scoreItems(input, new Set(profile.exclude ?? []), targetOf, weightOf, max - min);
  const answered = scored.filter(isAnswered);
  const answeredWeight = sum(answered, (s) => s.weight);
  const c: Scoring = {
    rubric,
    text: textResolver(rubric, locale),
    min,
    span: max - min,
    targetOf,
    weightOf,
    pointsOf: (impact) => (answeredWeight > 0 ? (100 * impact) / answeredWeight : 0),
    totalImpact: sum(answered, (s) => s.impact),
    allWeight: sum(scored, (s) => s.weight),
  };
  const cut = paretoCut(answered, input.pareto ?? DEFAULT_PARETO, input.focus ?? DEFAULT_FOCUS, c.pointsOf, (s) => ({
    title: c.text(itemTitle(s.ref.item)),
    action: c.text(s.ref.item.action),
  }));
  const unknownImpact = sum(scored.filter(isUnanswered), (s) => potential(c, s));
  const overall = indexesOf(scored, min, c.span);
  const risks = risksOf(c, scored);
  const { text, totalImpact, allWeight } = c;

  return {
    gapcheck: 1,
    kind: "result",
    rubric: { id: rubric.data.id, version: rubric.data.version, title: text(rubric.data.title), sha256: input.sha256, scale: { min, max } },
    // A client profile names the rubric profile it tailors (README "Client profile").
    profile: { id: profile.id, title: text(profile.title), ...(profile.extends !== undefined ? { extends: profile.extends } : {}) },
    locale,
    ...(input.respondent ? { respondent: input.respondent } : {}),
    ...(input.date ? { date: input.date } : {}),
    summary: {
      maturityIndex: overall.maturityIndex,
      gapIndex: overall.gapIndex,
      gapIndexRange: allWeight > 0 ? [r2((100 * totalImpact) / allWeight), r2((100 * (totalImpact + unknownImpact)) / allWeight)] : [0, 0],
      coverage: r4(scored.length ? answered.length / scored.length : 0),
      answered: answered.length,
      items: rubric.items.length,
      notApplicable: notApplicable.size,
      risks: risks.length,
      groups: groupsOf(c, scored),
      pareto: cut.pareto,
    },
    dimensions: dimensionsOf(c, scored),
    items: itemRows(c, scored, cut.ranked, input.answers),
    priorities: cut.priorities,
    tags: tagsOf(c, scored),
    unanswered: unansweredOf(c, scored),
    risks,
    plan: planOf(c, cut.ranked),
  };
}

/**
 * Each applicable item's target, weight, gap and impact; not applicable (docs/scoring.md#not-applicable):
 * answered `na` or excluded by the profile, and left out of everything.
 */
function scoreItems(
  input: ScoreInput,
  excluded: ReadonlySet<string>,
  targetOf: (ref: ItemRef) => number,
  weightOf: (ref: ItemRef) => number,
  span: number,
) {
  const notApplicable = new Set<string>();
  const scored: Scored[] = [];
  for (const ref of input.rubric.items) {
    const answer = input.answers.get(ref.item.id);
    const level = answer?.level ?? null;
    if (level === "na" || excluded.has(ref.item.id)) {
      notApplicable.add(ref.item.id);
      continue;
    }
    const target = targetOf(ref);
    const weight = weightOf(ref);
    // One object literal for both kinds, so that every score has the same shape: the loops below read
    // them by the ten thousand (a spread of a shared base gave two shapes and made them 30 times slower).
    const effort = ref.item.effort;
    const note = answer?.note;
    if (level === null) scored.push({ ref, target, weight, effort, note, answer: null, gap: null, impact: null });
    else {
      const gap = Math.max(0, target - level) / span;
      scored.push({ ref, target, weight, effort, note, answer: level, gap, impact: weight * gap });
    }
  }
  return { scored, notApplicable };
}

/** Each dimension's current level, target, gap and share of the weighted gap (docs/scoring.md). */
function dimensionsOf(c: Scoring, scored: Scored[]): Result["dimensions"] {
  // Each dimension's scores, grouped once (filtering all scores per dimension is quadratic).
  const byDimension = new Map<ItemRef["dimension"], Scored[]>();
  for (const sc of scored) {
    const list = byDimension.get(sc.ref.dimension);
    if (list) list.push(sc);
    else byDimension.set(sc.ref.dimension, [sc]);
  }
  const itemWeight = (s: Scored) => s.ref.item.weight;
  return c.rubric.data.dimensions.map((d) => {
    const all = byDimension.get(d) ?? [];
    const done = all.filter(isAnswered);
    const doneWeight = sum(done, itemWeight);
    const impact = sum(done, (s) => s.impact);
    // A dimension with no applicable item keeps the profile's target over all its items, for charts.
    const targetOver = all.length
      ? all.map((s) => ({ w: itemWeight(s), t: s.target }))
      : d.items.map((item) => ({ w: item.weight, t: c.targetOf({ item, dimension: d, order: 0 }) }));
    return {
      id: d.id,
      group: d.group,
      title: c.text(d.title),
      current: done.length ? r4(sum(done, (s) => itemWeight(s) * s.answer) / doneWeight) : null,
      target: r4(sum(targetOver, (x) => x.w * x.t) / sum(targetOver, (x) => x.w)),
      gap: done.length ? r4(sum(done, (s) => itemWeight(s) * s.gap) / doneWeight) : null,
      impact: r4(impact),
      share: r4(c.totalImpact > 0 ? impact / c.totalImpact : 0),
      answered: done.length,
      items: all.length,
    };
  });
}

function groupsOf(c: Scoring, scored: Scored[]): Result["summary"]["groups"] {
  return c.rubric.data.groups.map((g) => ({
    id: g.id,
    title: c.text(g.title),
    ...indexesOf(
      scored.filter((s) => s.ref.dimension.group === g.id),
      c.min,
      c.span,
    ),
    ...(g.poles ? { poles: { low: c.text(g.poles.low), high: c.text(g.poles.high) } } : {}),
  }));
}

function tagsOf(c: Scoring, scored: Scored[]): Result["tags"] {
  return (c.rubric.data.tags ?? []).map((tag) => {
    const tagged = scored.filter((s) => s.ref.item.tags?.includes(tag.id));
    const impact = sum(tagged.filter(isAnswered), (s) => s.impact);
    return {
      id: tag.id,
      title: c.text(tag.title),
      ...indexesOf(tagged, c.min, c.span),
      impact: r4(impact),
      share: r4(c.totalImpact > 0 ? impact / c.totalImpact : 0),
    };
  });
}

/** What a "don't know" could hide: the impact if the item were at the bottom of the scale. */
const potential = (c: Scoring, s: Scored) => (s.weight * (s.target - c.min)) / c.span;

/** The unanswered items, largest possible impact first. */
function unansweredOf(c: Scoring, scored: Scored[]): Result["unanswered"] {
  return scored
    .filter(isUnanswered)
    .sort((a, b) => potential(c, b) - potential(c, a) || a.ref.order - b.ref.order)
    .map((s) => ({
      item: s.ref.item.id,
      dimension: s.ref.dimension.id,
      title: c.text(itemTitle(s.ref.item)),
      potentialImpact: r4(potential(c, s)),
      potentialPoints: r2(c.allWeight > 0 ? (100 * potential(c, s)) / c.allWeight : 0),
    }));
}

/** Risks (docs/scoring.md#risks): a floor item answered below its floor, or not answered; rubric order. */
function risksOf(c: Scoring, scored: Scored[]): Result["risks"] {
  return scored.flatMap((s) => {
    const { floor } = s.ref.item;
    const atRisk = floor !== undefined && (s.answer === null || s.answer < floor);
    if (!atRisk) return [];
    return [
      {
        item: s.ref.item.id,
        dimension: s.ref.dimension.id,
        title: c.text(itemTitle(s.ref.item)),
        answer: s.answer,
        floor,
        reason: c.text(s.ref.item.floorReason),
        action: c.text(s.ref.item.action),
      },
    ];
  });
}

type Ranked = ReturnType<typeof paretoCut>["ranked"];

/** The 30/90-day plan from the quadrants (docs/scoring.md#quadrants-and-the-plan). */
function planOf(c: Scoring, ranked: Ranked): Result["plan"] {
  const planEntry = (s: AnsweredScore) => ({
    item: s.ref.item.id,
    title: c.text(itemTitle(s.ref.item)),
    points: r2(c.pointsOf(s.impact)),
    effort: s.effort,
    action: c.text(s.ref.item.action),
  });
  const inQuadrant = (q: Quadrant) => ranked.filter((r) => r.quadrant === q).map((r) => r.s);
  return {
    first30Days: inQuadrant("quick-win").slice(0, 3).map(planEntry),
    next90Days: inQuadrant("major-project").slice(0, 3).map(planEntry),
    notNow: inQuadrant("not-now").map(planEntry),
  };
}

/** Every item of the rubric in its order, applicable or not. */
function itemRows(c: Scoring, scored: Scored[], ranked: Ranked, answers: ScoreInput["answers"]): Result["items"] {
  const quadrantOf = new Map(ranked.map((r) => [r.s.ref.item.id, r.quadrant]));
  const byId = new Map(scored.map((s) => [s.ref.item.id, s]));
  return c.rubric.items.map((ref) => {
    const s = byId.get(ref.item.id);
    const common = { id: ref.item.id, dimension: ref.dimension.id, title: c.text(itemTitle(ref.item)) };
    if (!s) {
      const note = answers.get(ref.item.id)?.note;
      return {
        ...common,
        answer: "na" as const,
        target: c.targetOf(ref),
        gap: null,
        weight: r4(c.weightOf(ref)),
        impact: null,
        points: null,
        effort: ref.item.effort,
        ...(note !== undefined ? { note } : {}),
      };
    }
    const quadrant = quadrantOf.get(ref.item.id);
    return {
      ...common,
      answer: s.answer,
      target: s.target,
      gap: r4n(s.gap),
      weight: r4(s.weight),
      impact: r4n(s.impact),
      points: s.impact === null ? null : r2(c.pointsOf(s.impact)),
      effort: s.effort,
      ...(quadrant ? { quadrant } : {}),
      ...(s.note !== undefined ? { note: s.note } : {}),
    };
  });
}

/** maturityIndex and gapIndex over the answered items of a subset; null when none is answered. */
function indexesOf(subset: Scored[], min: number, span: number) {
  const done = subset.filter(isAnswered);
  const weight = sum(done, (s) => s.weight);
  if (done.length === 0 || weight === 0) return { maturityIndex: null, gapIndex: null };
  return {
    maturityIndex: r2n((100 * sum(done, (s) => (s.weight * (s.answer - min)) / span)) / weight),
    gapIndex: r2n((100 * sum(done, (s) => s.impact)) / weight),
  };
}

/** The impact/effort quadrant of a candidate gap (docs/scoring.md#quadrants-and-the-plan). */
function quadrantFor(inList: boolean, effort: number): Quadrant {
  if (inList) return effort <= 2 ? "quick-win" : "major-project";
  return effort <= 2 ? "fill-in" : "not-now";
}

/**
 * The 80/20 list: answered items with impact > 0, by impact descending, then effort ascending, then
 * rubric order; the shortest prefix whose cumulative impact reaches `threshold` of the total. Also
 * returns every candidate in that order with its quadrant, for the plan.
 */
function paretoCut(
  answered: AnsweredScore[],
  threshold: number,
  focus: number,
  pointsOf: (impact: number) => number,
  texts: (s: AnsweredScore) => { title: string; action: string },
) {
  const candidates = answered
    .filter((s) => s.impact > 0)
    .sort((a, b) => b.impact - a.impact || a.effort - b.effort || a.ref.order - b.ref.order);
  const total = sum(candidates, (s) => s.impact);
  const priorities: Result["priorities"] = [];
  let cumulative = 0;
  /** The cumulative impact of the first min(focus, selected) priorities. */
  let focusCumulative = 0;
  for (const s of candidates) {
    // The shortest NON-EMPTY prefix (docs/scoring.md#the-8020-priority-list): however small the threshold, the largest gap is listed.
    if (total === 0 || (priorities.length > 0 && cumulative >= threshold * total - TOLERANCE * total)) break;
    cumulative += s.impact;
    if (priorities.length < focus) focusCumulative = cumulative;
    const { title, action } = texts(s);
    priorities.push({
      rank: priorities.length + 1,
      item: s.ref.item.id,
      dimension: s.ref.dimension.id,
      title,
      current: s.answer,
      target: s.target,
      gap: r4(s.gap),
      impact: r4(s.impact),
      points: r2(pointsOf(s.impact)),
      share: r4(s.impact / total),
      cumulativeShare: r4(cumulative / total),
      effort: s.effort,
      quickWin: s.effort <= 2,
      quadrant: quadrantFor(true, s.effort),
      action,
    });
  }
  const ranked = candidates.map((s, i) => ({ s, quadrant: quadrantFor(i < priorities.length, s.effort) }));
  const f = Math.min(focus, priorities.length);
  return {
    priorities,
    ranked,
    pareto: {
      // As given: rounding to 4 decimals would store a tiny share as 0 (the range check is the CLI's).
      threshold,
      selected: priorities.length,
      candidates: candidates.length,
      impactShare: r4(total > 0 ? cumulative / total : 0),
      focus: f,
      focusShare: r4(f > 0 ? focusCumulative / total : 0),
      concentrated: priorities.length <= 0.3 * candidates.length,
    },
  };
}

function sum<T>(list: readonly T[], f: (x: T) => number): number {
  let total = 0;
  for (const x of list) total += f(x);
  return total;
}

/**
 * A looked-up value that the rubric's validation guarantees is there: a missing one is a bug in
 * gapcheck (or a library caller passing an unvalidated profile), so it fails loudly, never as NaN.
 */
function required<V>(value: V | undefined, what: string): V {
  if (value === undefined) throw new Error(`internal error: ${what} is missing`);
  return value;
}
