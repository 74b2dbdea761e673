import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRubric } from "../../src/model/rubric.js";
import type { RubricFile } from "../../src/model/schema.js";
import { ResultSchema } from "../../src/scoring/result.js";
import { score, type Answer } from "../../src/scoring/score.js";
import { handRubric, rubricFrom } from "../helpers/model.js";

/*
 * docs/scoring.md#points: not applicable, points, focus, quadrants, plan and risks, computed by hand.
 */

const answers = (levels: Record<string, Answer["level"]>) => new Map(Object.entries(levels).map(([id, level]) => [id, { level }]));
const scoreWith = (
  rubric: ReturnType<typeof buildRubric>,
  levels: Record<string, Answer["level"]>,
  extra: { focus?: number; pareto?: number; profile?: string } = {},
) =>
  score({
    rubric,
    profile: rubric.profileById.get(extra.profile ?? "p")!,
    answers: answers(levels),
    pareto: extra.pareto ?? 0.8,
    ...(extra.focus !== undefined ? { focus: extra.focus } : {}),
    locale: "en",
    sha256: "s",
  });

/*
 * The hand rubric of test/scoring/scoring.test.ts (span 4): targets a 4, b 4, c 3, d 2; weights a 2, b 6,
 * c 2, d 2; efforts a 2, b 4, c 3, d 1. Answers a 1, b not applicable, c 0, d unanswered:
 *   applicable a, c, d; answered a, c;   impacts a 2·3/4 = 1.5, c 2·3/4 = 1.5 (T = 3), Σ_A w = 4
 *   gap index 100·3/4 = 75;  maturity 100·(2·1/4)/4 = 12.5
 *   range over applicable weights 6: low 300/6 = 50, high 100·(3 + 2·2/4)/6 = 66.67;  coverage 2/3
 *   points a = c = 100·1.5/4 = 37.5 (adding up to 75);  d could hide 100·1/6 = 16.67 points
 *   d1 keeps only a: current 1, target 4, gap 0.75, items 1
 */
describe("not applicable: by answer and by profile exclusion", () => {
  const hand = rubricFrom(handRubric);
  const excluding = rubricFrom({ ...handRubric, profiles: [{ ...handRubric.profiles[0]!, exclude: ["b"] }] });
  const byAnswer = scoreWith(hand, { a: 1, b: "na", c: 0, d: null });
  const byProfile = scoreWith(excluding, { a: 1, b: 3, c: 0, d: null });

  for (const [how, result] of [
    ["answer na", byAnswer],
    ["profile exclude", byProfile],
  ] as const) {
    it(`leaves the item out of every index, range, count and list (${how})`, () => {
      expect(result.summary).toMatchObject({
        maturityIndex: 12.5,
        gapIndex: 75,
        gapIndexRange: [50, 66.67],
        coverage: 0.6667,
        answered: 2,
        items: 4,
        notApplicable: 1,
      });
      expect(result.dimensions[0]).toEqual({
        id: "d1",
        group: "g1",
        title: "D1",
        current: 1,
        target: 4,
        gap: 0.75,
        impact: 1.5,
        share: 0.5,
        answered: 1,
        items: 1,
      });
      expect(result.unanswered).toEqual([{ item: "d", dimension: "d2", title: "D?", potentialImpact: 1, potentialPoints: 16.67 }]);
      expect(result.priorities.map((p) => [p.item, p.points, p.share])).toEqual([
        ["a", 37.5, 0.5],
        ["c", 37.5, 0.5],
      ]);
      expect(result.items.find((i) => i.id === "b")).toEqual({
        id: "b",
        dimension: "d1",
        title: "B?",
        answer: "na",
        target: 4,
        gap: null,
        weight: 6,
        impact: null,
        points: null,
        effort: 4,
      });
      expect(result.items.find((i) => i.id === "a")).toMatchObject({
        answer: 1,
        gap: 0.75,
        impact: 1.5,
        points: 37.5,
        quadrant: "quick-win",
      });
      expect(result.items.find((i) => i.id === "d")).toMatchObject({ answer: null, points: null });
      expect(result.items.find((i) => i.id === "d")).not.toHaveProperty("quadrant");
      expect(ResultSchema.safeParse(result).success).toBe(true);
    });
  }

  it("a dimension with no applicable item has no current or gap and keeps its target for the charts", () => {
    const r = scoreWith(hand, { a: "na", b: "na", c: 2, d: 2 });
    expect(r.dimensions[0]).toMatchObject({ current: null, gap: null, target: 4, impact: 0, answered: 0, items: 0 });
    expect(r.summary).toMatchObject({ notApplicable: 2, answered: 2, coverage: 1 });
  });

  it("with every item not applicable nothing is scored and nothing divides by zero", () => {
    const r = scoreWith(hand, { a: "na", b: "na", c: "na", d: "na" });
    expect(r.summary).toMatchObject({
      maturityIndex: null,
      gapIndex: null,
      gapIndexRange: [0, 0],
      coverage: 0,
      answered: 0,
      notApplicable: 4,
    });
    expect(JSON.stringify(r)).not.toMatch(/NaN|null,null,null,null,null/);
  });
});

/** One dimension (target 4 on 0..4), every item answered 0: each item's impact is its weight. */
function flat(weights: number[], efforts: number[], extra: Record<string, unknown> = {}) {
  return rubricFrom({
    gapcheck: 1,
    id: "flat",
    version: "1.0.0",
    title: "Flat",
    locales: ["en"],
    scale: { min: 0, max: 4, levels: { 0: "0", 1: "1", 2: "2", 3: "3", 4: "4" } },
    groups: [{ id: "g", title: "G" }],
    dimensions: [
      {
        id: "d",
        group: "g",
        title: "D",
        items: weights.map((w, i) => ({
          id: `i${i + 1}`,
          text: `I${i + 1}?`,
          action: `Do ${i + 1}`,
          weight: w,
          effort: efforts[i],
          ...extra,
        })),
      },
    ],
    profiles: [{ id: "p", title: "P", targets: { d: 4 } }],
  });
}
const allZero = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`i${i + 1}`, 0]));

/*
 * Concentrated: weights 20, 20 and eight 1s (T = 48, 80 % = 38.4): i2 (effort 1) and i1 (effort 3)
 * reach 40 → selected 2 of 10, and 2 ≤ 0.3·10. focus = min(5, 2) = 2, focusShare 40/48 = 0.8333.
 * Points: 100·20/48 = 41.67 each, 100·1/48 = 2.08 for the rest.
 * Outside the list by effort, then rubric order: i5, i9, i10 (1), i3, i7 (2) are fill-ins; i8 (3),
 * i4 (4), i6 (5) are not now. Plan: one quick win (i2), one major project (i1), not now i8, i4, i6.
 */
describe("focus, quadrants and plan: a concentrated gap", () => {
  const rubric = flat([20, 20, 1, 1, 1, 1, 1, 1, 1, 1], [3, 1, 2, 4, 1, 5, 2, 3, 1, 1]);
  const r = scoreWith(rubric, allZero(10));

  it("is concentrated, with the focus capped at the list's length", () => {
    expect(r.summary.pareto).toEqual({
      threshold: 0.8,
      selected: 2,
      candidates: 10,
      impactShare: 0.8333,
      focus: 2,
      focusShare: 0.8333,
      concentrated: true,
    });
    expect(r.priorities.map((p) => [p.rank, p.item, p.points, p.quadrant])).toEqual([
      [1, "i2", 41.67, "quick-win"],
      [2, "i1", 41.67, "major-project"],
    ]);
  });

  it("puts every candidate in one quadrant", () => {
    const quadrant = Object.fromEntries(r.items.map((i) => [i.id, i.quadrant]));
    expect(quadrant).toEqual({
      i1: "major-project",
      i2: "quick-win",
      i3: "fill-in",
      i4: "not-now",
      i5: "fill-in",
      i6: "not-now",
      i7: "fill-in",
      i8: "not-now",
      i9: "fill-in",
      i10: "fill-in",
    });
  });

  it("plans fewer than three quick wins when there are fewer, and every not-now gap by rank", () => {
    const ids = (list: { item: string }[]) => list.map((e) => e.item);
    expect(ids(r.plan.first30Days)).toEqual(["i2"]);
    expect(ids(r.plan.next90Days)).toEqual(["i1"]);
    expect(ids(r.plan.notNow)).toEqual(["i8", "i4", "i6"]);
    expect(r.plan.notNow[0]).toEqual({ item: "i8", title: "I8?", points: 2.08, effort: 3, action: "Do 8" });
  });
});

/*
 * Spread out: ten equal gaps (T = 10): 8 are needed for 80 % (8 ≥ 8 within the tolerance), 8 > 3.
 * By effort, then rubric order: i1 i5 i9 (1), i3 i7 (2), i4 i10 (3), i6 (4) | i2 i8 (5).
 * Points: 100·1/10 = 10 each; gap index 100. focusShare 5/10 = 0.5; with --focus 3, 0.3.
 */
describe("focus, quadrants and plan: a spread-out gap", () => {
  const rubric = flat([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 5, 2, 3, 1, 4, 2, 5, 1, 3]);

  it("is not concentrated; focus and focusShare follow --focus", () => {
    const r = scoreWith(rubric, allZero(10));
    expect(r.summary.pareto).toEqual({
      threshold: 0.8,
      selected: 8,
      candidates: 10,
      impactShare: 0.8,
      focus: 5,
      focusShare: 0.5,
      concentrated: false,
    });
    expect(scoreWith(rubric, allZero(10), { focus: 3 }).summary.pareto).toMatchObject({ focus: 3, focusShare: 0.3 });
    expect(scoreWith(rubric, allZero(10), { focus: 50 }).summary.pareto).toMatchObject({ focus: 8, focusShare: 0.8 });
    expect(r.summary.gapIndex).toBe(100);
    expect(r.priorities.every((p) => p.points === 10)).toBe(true);
  });

  it("plans the first three quick wins, the first three major projects and the not-now gaps", () => {
    const r = scoreWith(rubric, allZero(10));
    expect(r.priorities.map((p) => p.item)).toEqual(["i1", "i5", "i9", "i3", "i7", "i4", "i10", "i6"]);
    expect(r.plan.first30Days.map((e) => e.item)).toEqual(["i1", "i5", "i9"]);
    expect(r.plan.next90Days.map((e) => e.item)).toEqual(["i4", "i10", "i6"]);
    expect(r.plan.notNow.map((e) => e.item)).toEqual(["i2", "i8"]);
    expect(r.items.filter((i) => i.quadrant === "quick-win").map((i) => i.id)).toEqual(["i1", "i3", "i5", "i7", "i9"]);
  });

  it("with no gap at all, nothing is planned and the list is empty", () => {
    const r = scoreWith(rubric, Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`i${i + 1}`, 4])));
    expect(r.summary.pareto).toMatchObject({ selected: 0, candidates: 0, focus: 0, focusShare: 0 });
    expect(r.plan).toEqual({ first30Days: [], next90Days: [], notNow: [] });
    expect(r.items.some((i) => "quadrant" in i)).toBe(false);
  });
});

/*
 * Risks: floors 2 on i1..i5 and i7, 3 on i6. i1 answered 1 (below), i2 2 (at), i3 unanswered,
 * i4 not applicable, i5 4 (above), i6 answered 2.5 (a fractional consensus, below 3), i7 absent
 * from the answers (unanswered). Risks in rubric order: i1 (1), i3 (null), i6 (2.5), i7 (null).
 */
describe("risks", () => {
  const base = flat([1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1]);
  const data = structuredClone(base.data) as RubricFile;
  data.dimensions[0]!.items.forEach((it, i) => {
    it.floor = i === 5 ? 3 : 2;
    it.floorReason = `Rule ${i + 1}`;
  });
  const rubric = buildRubric(data);
  const levels = { i1: 1, i2: 2, i3: null, i4: "na", i5: 4, i6: 2.5 } as const;
  const r = scoreWith(rubric, levels);

  it("lists floor items answered below the floor or not answered, in rubric order", () => {
    expect(r.risks).toEqual([
      { item: "i1", dimension: "d", title: "I1?", answer: 1, floor: 2, reason: "Rule 1", action: "Do 1" },
      { item: "i3", dimension: "d", title: "I3?", answer: null, floor: 2, reason: "Rule 3", action: "Do 3" },
      { item: "i6", dimension: "d", title: "I6?", answer: 2.5, floor: 3, reason: "Rule 6", action: "Do 6" },
      { item: "i7", dimension: "d", title: "I7?", answer: null, floor: 2, reason: "Rule 7", action: "Do 7" },
    ]);
    expect(r.summary.risks).toBe(4);
    expect(r.items.find((i) => i.id === "i6")!.answer).toBe(2.5);
  });

  it("change no other number", () => {
    const without = scoreWith(base, levels);
    expect(without.risks).toEqual([]);
    const { risks: _a, summary: s1, ...rest1 } = r;
    const { risks: _b, summary: s2, ...rest2 } = without;
    expect(rest1).toEqual(rest2);
    expect({ ...s1, risks: 0 }).toEqual(s2);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const scenario = fc
  .record({
    weights: fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: 1, maxLength: 12 }),
    seed: fc.array(fc.integer({ min: -2, max: 4 }), { minLength: 12, maxLength: 12 }),
    efforts: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }),
    targets: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
    pareto: fc.double({ min: 0.05, max: 1, noNaN: true }),
    focus: fc.integer({ min: 1, max: 50 }),
    na: fc.nat(11),
  })
  .map((s) => {
    const rubric = flat(s.weights, s.efforts);
    const profile = {
      id: "p",
      title: "P",
      targets: { d: 4 },
      itemTargets: Object.fromEntries(s.weights.map((_, i) => [`i${i + 1}`, s.targets[i]!])),
    };
    const data = { ...rubric.data, profiles: [profile] } as RubricFile;
    // -2: not answered, -1: don't know, else a level.
    const levels: Record<string, Answer["level"]> = {};
    s.weights.forEach((_, i) => {
      const v = s.seed[i]!;
      if (v !== -2) levels[`i${i + 1}`] = v === -1 ? null : v;
    });
    return { rubric: buildRubric(data), levels, pareto: s.pareto, focus: s.focus, na: `i${(s.na % s.weights.length) + 1}` };
  });

describe("properties", () => {
  it("points add up to the gap index within rounding", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = scoreWith(s.rubric, s.levels, s);
        const points = r.items.reduce((sum, i) => sum + (i.points ?? 0), 0);
        if (r.summary.gapIndex === null) expect(points).toBe(0);
        else expect(Math.abs(points - r.summary.gapIndex)).toBeLessThanOrEqual(0.005 * (r.items.length + 1));
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it("an item marked not applicable changes no other item's numbers except through the denominators", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const before = scoreWith(s.rubric, s.levels, s);
        const after = scoreWith(s.rubric, { ...s.levels, [s.na]: "na" }, s);
        const answeredWeight = (r: typeof before) =>
          r.items.filter((i) => typeof i.answer === "number").reduce((sum, i) => sum + i.weight, 0);
        const wb = answeredWeight(before);
        const wa = answeredWeight(after);
        for (const [i, x] of before.items.entries()) {
          const y = after.items[i]!;
          if (x.id === s.na) {
            expect(y).toMatchObject({ answer: "na", gap: null, impact: null, points: null });
            continue;
          }
          expect([y.answer, y.target, y.gap, y.weight, y.impact, y.effort]).toEqual([
            x.answer,
            x.target,
            x.gap,
            x.weight,
            x.impact,
            x.effort,
          ]);
          // points = 100 · impact / Σ answered weights: only the denominator moved.
          if (x.points !== null && x.impact !== null && wa > 0)
            expect(Math.abs(y.points! * wa - x.points * wb)).toBeLessThanOrEqual(0.005 * (wa + wb) + 1e-3);
        }
        // The remaining candidates keep their relative order.
        const order = (r: typeof before) => r.priorities.map((p) => p.item).filter((id) => id !== s.na);
        const prefix = order(after);
        expect(
          order(before)
            .slice(0, prefix.length)
            .every(
              (id, k) =>
                id === prefix[k] || before.items.find((i) => i.id === id)!.impact === after.items.find((i) => i.id === prefix[k])!.impact,
            ),
        ).toBe(true);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it("quadrants partition the candidates, and the plan follows them", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = scoreWith(s.rubric, s.levels, s);
        const candidates = r.items.filter((i) => (i.impact ?? 0) > 0);
        expect(r.items.filter((i) => i.quadrant !== undefined)).toEqual(candidates);
        const listed = new Set(r.priorities.map((p) => p.item));
        for (const c of candidates) {
          const expected = listed.has(c.id) ? (c.effort <= 2 ? "quick-win" : "major-project") : c.effort <= 2 ? "fill-in" : "not-now";
          expect(c.quadrant).toBe(expected);
        }
        const count = (q: string) => candidates.filter((c) => c.quadrant === q).length;
        expect(count("quick-win") + count("major-project")).toBe(r.summary.pareto.selected);
        expect(r.plan.first30Days.length).toBe(Math.min(3, count("quick-win")));
        expect(r.plan.next90Days.length).toBe(Math.min(3, count("major-project")));
        expect(r.plan.notNow.length).toBe(count("not-now"));
        expect(r.summary.pareto.focus).toBe(Math.min(s.focus, r.summary.pareto.selected));
        expect(ResultSchema.safeParse(r).success).toBe(true);
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });
});
