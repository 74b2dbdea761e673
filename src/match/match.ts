import type { Result } from "../scoring/result.js";
import { r2, r4 } from "../scoring/round.js";
import type { Match } from "./schema.js";

/** A person assessed on the organisation's rubric: the levels they bring (docs/matching.md). */
export interface Candidate {
  name: string;
  /** The file the levels came from, as the user named it: tells apart two people of the same name. */
  file: string;
  levels: ReadonlyMap<string, number>;
}

export interface MatchOptions {
  /** Pick a team of this many candidates greedily (docs/matching.md#how-a-candidate-is-scored `--team K`). */
  team?: number;
  /** Language of the match's own texts; default: the organisation's result's. */
  locale?: string;
}

/** One of the organisation's answered items with a gap: what a candidate can close. */
interface Gap {
  item: string;
  answer: number;
  target: number;
  weight: number;
  /** wᵢ·gᵢ, unrounded. */
  impact: number;
  priority: boolean;
}

const EPSILON = 1e-9;

/**
 * Ranks candidates by the share of the organisation's weighted gap they would close: a pure
 * function of the result and the candidates' levels. A level above the target closes only up to
 * the target; a level at or below the organisation's current level, or none, closes nothing.
 */
export function match(org: Result, candidates: readonly Candidate[], options: MatchOptions = {}): Match {
  const model = gapModel(org);
  const scored = rankCandidates(org, candidates, model);
  // `focus` is in results of gapcheck 1.1; older results count the first five, as 1.1 does by default.
  const focus = (org.summary.pareto as { focus?: number }).focus ?? Math.min(5, org.priorities.length);
  const result: Match = {
    gapcheck: 1,
    kind: "match",
    locale: options.locale ?? org.locale,
    organisation: {
      rubric: { id: org.rubric.id, version: org.rubric.version, title: org.rubric.title },
      profile: org.profile,
      gapIndex: org.summary.gapIndex,
      ...(org.respondent ? { respondent: org.respondent } : {}),
      ...(respondentsOf(org) !== undefined ? { respondents: respondentsOf(org) } : {}),
      totalImpact: r4(model.total),
      focus,
      priorities: org.priorities.map((p) => ({ rank: p.rank, item: p.item, title: p.title, points: pointsOf(org, p.item) })),
    },
    candidates: scored.map((s, i) => ({
      rank: i + 1,
      name: s.c.name,
      file: s.c.file,
      answered: s.c.levels.size,
      closedImpact: r4(s.closed),
      share: r4(s.share),
      priorityShare: r4(s.priorityShare),
      points: r2(s.points),
      closes: { full: s.full, partial: s.partial },
    })),
  };
  if (options.team !== undefined && candidates.length > 0)
    result.team = pickTeam(
      scored.map((s) => s.c),
      Math.min(options.team, candidates.length),
      model.totals,
      model.total,
    );
  return result;
}

type GapModel = ReturnType<typeof gapModel>;

/** The organisation's answered gaps, and how much of them a set of levels would close. */
function gapModel(org: Result) {
  const scale = org.rubric.scale;
  if (!scale) throw new TypeError("the organisation's result has no rubric.scale; score it with this version of gapcheck");
  const span = scale.max - scale.min;
  const inList = new Set(org.priorities.map((p) => p.item));
  const gaps: Gap[] = [];
  let answeredWeight = 0;
  for (const i of org.items) {
    if (typeof i.answer !== "number") continue;
    answeredWeight += i.weight;
    if (i.target > i.answer)
      gaps.push({
        item: i.id,
        answer: i.answer,
        target: i.target,
        weight: i.weight,
        impact: (i.weight * (i.target - i.answer)) / span,
        priority: inList.has(i.id),
      });
  }
  const total = sum(gaps, (g) => g.impact);
  const priorityTotal = sum(
    gaps.filter((g) => g.priority),
    (g) => g.impact,
  );
  const closedBy = (g: Gap, level: number | undefined) =>
    level === undefined ? 0 : (g.weight * Math.max(0, Math.min(g.target, level) - g.answer)) / span;
  const totals = (levelOf: (item: string) => number | undefined) => {
    const closed = sum(gaps, (g) => closedBy(g, levelOf(g.item)));
    const closedPriority = sum(
      gaps.filter((g) => g.priority),
      (g) => closedBy(g, levelOf(g.item)),
    );
    return {
      closed,
      share: total > 0 ? closed / total : 0,
      priorityShare: priorityTotal > 0 ? closedPriority / priorityTotal : 0,
      points: answeredWeight > 0 ? (100 * closed) / answeredWeight : 0,
    };
  };
  return { gaps, total, closedBy, totals };
}

/** Each candidate's totals and the priorities they close fully or in part, best first. */
function rankCandidates(org: Result, candidates: readonly Candidate[], { gaps, closedBy, totals }: GapModel) {
  const scored = candidates.map((c) => {
    const sums = totals((item) => c.levels.get(item));
    const full: string[] = [];
    const partial: string[] = [];
    for (const p of org.priorities) {
      const g = gaps.find((x) => x.item === p.item);
      const closed = g ? closedBy(g, c.levels.get(p.item)) : 0;
      if (!g || closed <= EPSILON * g.impact) continue;
      (closed >= g.impact * (1 - EPSILON) ? full : partial).push(p.item);
    }
    return { c, ...sums, full, partial };
  });
  // Share, then priority share, then name (then file, so two people of the same name keep an order);
  // someone who answered nothing goes last among equals.
  return scored.sort(
    (a, b) =>
      b.share - a.share ||
      b.priorityShare - a.priorityShare ||
      Number(a.c.levels.size === 0) - Number(b.c.levels.size === 0) ||
      compareText(a.c.name, b.c.name) ||
      compareText(a.c.file, b.c.file),
  );
}

/**
 * Greedy team: each step adds the candidate who raises the team's closed impact most, where the
 * team's level on an item is its best member's. Ties go to the better-ranked candidate.
 */
function pickTeam(
  ranked: Candidate[],
  size: number,
  totals: (levelOf: (item: string) => number | undefined) => { closed: number; share: number; priorityShare: number; points: number },
  total: number,
) {
  const best = new Map<string, number>();
  const levelWith = (c: Candidate | undefined) => (item: string) => {
    const mine = c?.levels.get(item);
    const team = best.get(item);
    return mine === undefined ? team : team === undefined ? mine : Math.max(mine, team);
  };
  const members: NonNullable<Match["team"]>["members"] = [];
  const left = [...ranked];
  let current = 0;
  while (members.length < size) {
    let pick = 0;
    let pickClosed = -Infinity;
    left.forEach((c, i) => {
      const closed = totals(levelWith(c)).closed;
      if (closed > pickClosed + EPSILON * Math.max(1, total)) [pick, pickClosed] = [i, closed];
    });
    const [chosen] = left.splice(pick, 1) as [Candidate];
    for (const [item, level] of chosen.levels) best.set(item, Math.max(level, best.get(item) ?? level));
    members.push({ name: chosen.name, file: chosen.file, addedShare: r4(total > 0 ? (pickClosed - current) / total : 0) });
    current = pickClosed;
  }
  const team = totals(levelWith(undefined));
  return { size, members, share: r4(team.share), priorityShare: r4(team.priorityShare), points: r2(team.points) };
}

function pointsOf(org: Result, item: string): number {
  const p = org.items.find((i) => i.id === item) as { points?: number | null } | undefined;
  if (typeof p?.points === "number") return p.points;
  // Results saved before points existed: the same quantity, from the priority's impact.
  const answered = sum(
    org.items.filter((i) => typeof i.answer === "number"),
    (i) => i.weight,
  );
  const impact = org.priorities.find((x) => x.item === item)?.impact ?? 0;
  return answered > 0 ? r2((100 * impact) / answered) : 0;
}

function respondentsOf(org: Result): number | undefined {
  const panel = (org as { panel?: { respondents?: unknown } }).panel;
  return typeof panel?.respondents === "number" ? panel.respondents : undefined;
}

/** Code-unit order: the same in every locale and on every machine, so the JSON is byte-stable. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sum<T>(list: readonly T[], f: (x: T) => number): number {
  let total = 0;
  for (const x of list) total += f(x);
  return total;
}
