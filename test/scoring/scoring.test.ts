import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRubric } from "../../src/model/rubric.js";
import type { RubricFile } from "../../src/model/schema.js";
import { round } from "../../src/scoring/round.js";
import { score, type Answer } from "../../src/scoring/score.js";
import type { Result } from "../../src/scoring/result.js";
import { answersOf, handRubric, rubricFrom } from "../helpers/model.js";

const hand = rubricFrom(handRubric);
const profile = hand.profileById.get("p")!;
const run = (answers: Map<string, Answer>, pareto = 0.8) => score({ rubric: hand, profile, answers, pareto, locale: "en", sha256: "s" });

/*
 * By hand (span S = 4):
 *   targets  a 4, b 4, c 3 (itemTargets), d 2
 *   weights  a 1·2 = 2, b 3·2 = 6, c 1·1·2 = 2, d 2
 *   answers  a 1, b 3, c 0, d unanswered
 *   gaps     a 3/4, b 1/4, c 3/4;  impacts a 1.5, b 1.5, c 1.5 (T = 4.5)
 *   maturity 100·(2·1/4 + 6·3/4 + 0)/10 = 50;  gap index 100·4.5/10 = 45
 *   range    low 100·4.5/12 = 37.5;  high 100·(4.5 + 2·2/4)/12 = 45.83
 */
describe("score: a hand-computed case", () => {
  const result = run(answersOf({ a: 1, b: 3, c: 0, d: null }));

  it("computes the indexes, the unknowns range and coverage", () => {
    expect(result.summary).toMatchObject({
      maturityIndex: 50,
      gapIndex: 45,
      gapIndexRange: [37.5, 45.83],
      coverage: 0.75,
      answered: 3,
      items: 4,
    });
  });

  it("computes dimensions with item-weighted means", () => {
    expect(result.dimensions).toEqual([
      { id: "d1", group: "g1", title: "D1", current: 2.5, target: 4, gap: 0.375, impact: 3, share: 0.6667, answered: 2, items: 2 },
      { id: "d2", group: "g2", title: "D2", current: 0, target: 2.5, gap: 0.75, impact: 1.5, share: 0.3333, answered: 1, items: 2 },
    ]);
  });

  it("computes groups (with poles) and tags over answered items", () => {
    expect(result.summary.groups).toEqual([
      { id: "g1", title: "G1", maturityIndex: 62.5, gapIndex: 37.5 },
      { id: "g2", title: "G2", maturityIndex: 0, gapIndex: 75, poles: { low: "Low", high: "High" } },
    ]);
    expect(result.tags).toEqual([{ id: "x", title: "X", maturityIndex: 12.5, gapIndex: 75, impact: 3, share: 0.6667 }]);
  });

  it("orders equal impacts by effort, then rubric order, and marks quick wins", () => {
    expect(result.priorities.map((p) => [p.rank, p.item, p.effort, p.quickWin, p.share, p.cumulativeShare])).toEqual([
      [1, "a", 2, true, 0.3333, 0.3333],
      [2, "c", 3, false, 0.3333, 0.6667],
      [3, "b", 4, false, 0.3333, 1],
    ]);
    expect(result.priorities[0]).toMatchObject({
      dimension: "d1",
      title: "A?",
      current: 1,
      target: 4,
      gap: 0.75,
      impact: 1.5,
      action: "Do A",
    });
  });

  it("lists unanswered items with their potential impact", () => {
    expect(result.unanswered).toEqual([{ item: "d", dimension: "d2", title: "D?", potentialImpact: 1, potentialPoints: 8.33 }]);
    expect(result.items.find((i) => i.id === "d")).toMatchObject({ answer: null, gap: null, impact: null, weight: 2 });
  });

  it("cuts the 80/20 list at the shortest prefix reaching the share, with a tolerance", () => {
    expect(run(answersOf({ a: 1, b: 3, c: 0 }), 0.6).summary.pareto).toEqual({
      threshold: 0.6,
      selected: 2,
      candidates: 3,
      impactShare: 0.6667,
      focus: 2,
      focusShare: 0.6667,
      concentrated: false,
    });
    // 2/3 of 4.5 is 3.0000000000000004 in floating point; two items (3.0) reach it within 1e-9.
    expect(run(answersOf({ a: 1, b: 3, c: 0 }), 2 / 3).summary.pareto.selected).toBe(2);
    expect(run(answersOf({ a: 1, b: 3, c: 0 }), 1).summary.pareto.selected).toBe(3);
  });

  it("gives an empty list, null indexes and the full unknown range when nothing is answered", () => {
    const empty = run(new Map());
    expect(empty.priorities).toEqual([]);
    expect(empty.summary).toMatchObject({
      maturityIndex: null,
      gapIndex: null,
      coverage: 0,
      pareto: { selected: 0, candidates: 0, impactShare: 0 },
    });
    // high: every item at the scale minimum: (2 + 6 + 2·3/4 + 2·2/4) / 12 = 10.5/12
    expect(empty.summary.gapIndexRange).toEqual([0, 87.5]);
    expect(empty.dimensions[0]).toMatchObject({ current: null, gap: null, impact: 0, share: 0 });
  });

  it("keeps notes and gives the same JSON for the same input (across processes: test/cli/determinism.test.ts)", () => {
    const answers = new Map<string, Answer>([["a", { level: 2, note: "only email" }]]);
    expect(run(answers).items[0]!.note).toBe("only email");
    expect(JSON.stringify(run(answers))).toBe(JSON.stringify(run(new Map(answers))));
  });
});

/*
 * The same case on a 1–5 scale (levels, targets and answers all one higher): every gap, impact and
 * index is the same, because the formulas measure from the scale minimum. By hand (S = 4, min 1):
 *   targets  a 5, b 5, c 4, d 3;  answers a 2, b 4, c 1, d unanswered
 *   maturity 100·(2·(2−1)/4 + 6·(4−1)/4 + 2·(1−1)/4)/10 = 50   (without "− min": 75)
 *   d's potential impact 2·(3−1)/4 = 1                           (without "− min": 1.5)
 *   range    low 100·4.5/12 = 37.5;  high 100·(4.5 + 1)/12 = 45.83
 *   nothing answered: 100·(2·4/4 + 6·4/4 + 2·3/4 + 2·2/4)/12 = 87.5
 */
describe("score: the hand-computed case on a 1–5 scale", () => {
  const oneToFive = rubricFrom({
    ...handRubric,
    scale: { min: 1, max: 5, levels: { 1: "1", 2: "2", 3: "3", 4: "4", 5: "5" } },
    profiles: [{ id: "p", title: "P", targets: { d1: 5, d2: 3 }, itemTargets: { c: 4 }, weights: { d2: 2 } }],
  });
  const run15 = (answers: Map<string, Answer>) => score({ rubric: oneToFive, answers, sha256: "s" });
  const result = run15(answersOf({ a: 2, b: 4, c: 1, d: null }));

  it("measures maturity from the scale minimum", () => {
    expect(result.summary).toMatchObject({
      maturityIndex: 50,
      gapIndex: 45,
      gapIndexRange: [37.5, 45.83],
      coverage: 0.75,
      answered: 3,
      items: 4,
    });
    expect(result.summary.groups.map((g) => [g.id, g.maturityIndex, g.gapIndex])).toEqual([
      ["g1", 62.5, 37.5],
      ["g2", 0, 75],
    ]);
    expect(result.tags).toEqual([{ id: "x", title: "X", maturityIndex: 12.5, gapIndex: 75, impact: 3, share: 0.6667 }]);
    expect(run15(answersOf({ a: 1, b: 1, c: 1, d: 1 })).summary.maturityIndex).toBe(0);
    expect(run15(answersOf({ a: 5, b: 5, c: 5, d: 5 })).summary).toMatchObject({ maturityIndex: 100, gapIndex: 0 });
  });

  it("gives dimensions in the scale's own levels", () => {
    expect(result.dimensions.map((d) => [d.id, d.current, d.target, d.gap, d.impact])).toEqual([
      ["d1", 3.5, 5, 0.375, 3],
      ["d2", 1, 3.5, 0.75, 1.5],
    ]);
  });

  it("measures the potential impact of unknowns from the scale minimum", () => {
    // d: weight 2, target 3 on 1–5: 2 · (3 − 1) / 4 = 1; points 100 · 1 / 12 (every weight) = 8.33.
    expect(result.unanswered).toEqual([{ item: "d", dimension: "d2", title: "D?", potentialImpact: 1, potentialPoints: 8.33 }]);
    expect(run15(new Map()).summary.gapIndexRange).toEqual([0, 87.5]);
  });

  it("uses the defaults: the rubric's default profile, pareto 0.8 and its first locale", () => {
    expect(result).toMatchObject({
      profile: { id: "p" },
      locale: "en",
      summary: { pareto: { threshold: 0.8, selected: 3, candidates: 3 } },
    });
    expect(result.priorities.map((p) => [p.item, p.current, p.target])).toEqual([
      ["a", 2, 5],
      ["c", 1, 4],
      ["b", 4, 5],
    ]);
  });
});

describe("round", () => {
  it("rounds half away from zero on the decimal value", () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(0.12345, 4)).toBe(0.1235);
    expect(round(2 / 3, 4)).toBe(0.6667);
    expect(round(1e-7, 4)).toBe(0);
    expect(round(-0.00001, 4)).toBe(0);
    expect(Object.is(round(-0.00001, 4), -0)).toBe(false);
  });
});

type Scenario = { rubric: ReturnType<typeof buildRubric>; answers: Map<string, Answer>; pareto: number };
/*
 * The four properties below draw the same 300 scenarios (the same seed and arbitrary; counted: 300
 * built, 900 found): each is built and scored once, memoized on what fast-check drew
 * (its JSON, exact for these doubles; every draw is a new object). Shrinking draws new values, built
 * and scored afresh. The properties only read a scenario and its result; one with a raised answer is
 * a new object, scored anew.
 */
const built = new Map<string, Scenario>();
const scored = new WeakMap<Scenario, Result>();

/** Random rubrics: 1-4 dimensions of 1-5 items, random weights, efforts, targets and answers. */
const scenario = fc
  .record({
    max: fc.integer({ min: 1, max: 6 }),
    dims: fc.array(
      fc.record({
        weight: fc.double({ min: 0.1, max: 5, noNaN: true }),
        items: fc.array(fc.record({ weight: fc.double({ min: 0.1, max: 5, noNaN: true }), effort: fc.integer({ min: 1, max: 5 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    pareto: fc.double({ min: 0.01, max: 1, noNaN: true }),
    seed: fc.array(fc.integer({ min: -1, max: 6 }), { minLength: 40, maxLength: 40 }),
  })
  .map((drawn) => {
    const key = JSON.stringify(drawn);
    const seen = built.get(key);
    if (seen) return seen;
    const { max, dims, pareto, seed } = drawn;
    const levels = Object.fromEntries(Array.from({ length: max + 1 }, (_, i) => [String(i), `L${i}`]));
    const data: RubricFile = {
      gapcheck: 1,
      id: "r",
      version: "1.0.0",
      title: "R",
      locales: ["en"],
      scale: { min: 0, max, levels },
      groups: [{ id: "g", title: "G" }],
      dimensions: dims.map((d, i) => ({
        id: `d${i}`,
        group: "g",
        title: `D${i}`,
        weight: d.weight,
        items: d.items.map((it, j) => ({ id: `d${i}-i${j}`, text: "?", action: "!", weight: it.weight, effort: it.effort })),
      })),
      profiles: [
        {
          id: "p",
          title: "P",
          targets: Object.fromEntries(dims.map((_, i) => [`d${i}`, (seed[i] ?? 0) < 0 ? max : Math.min(max, Math.abs(seed[i] ?? 0))])),
        },
      ],
    };
    const rubric = buildRubric(data);
    const answers = new Map<string, Answer>();
    rubric.items.forEach((ref, k) => {
      const s = seed[(k * 7 + 3) % seed.length]!;
      if (s >= 0) answers.set(ref.item.id, { level: Math.min(max, s) });
    });
    const scenario = { rubric, answers, pareto };
    built.set(key, scenario);
    return scenario;
  });

function scoreOf(s: Scenario): Result {
  let result = scored.get(s);
  if (!result) {
    result = score({
      rubric: s.rubric,
      profile: s.rubric.profileById.get("p")!,
      answers: s.answers,
      pareto: s.pareto,
      locale: "en",
      sha256: "",
    });
    scored.set(s, result);
  }
  return result;
}

describe("score: properties", () => {
  it("every gap is in [0, 1] and every index in [0, 100]", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = scoreOf(s);
        for (const item of r.items) if (item.gap !== null) expect(item.gap >= 0 && item.gap <= 1, `gap ${item.gap} in [0, 1]`).toBe(true);
        for (const v of [r.summary.maturityIndex, r.summary.gapIndex, ...r.summary.gapIndexRange]) {
          if (v !== null) expect(v >= 0 && v <= 100, `${v} in [0, 100]`).toBe(true);
        }
        expect(r.summary.gapIndexRange[0]).toBeLessThanOrEqual(r.summary.gapIndexRange[1]);
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it("dimension shares sum to 1 whenever any gap exists", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = scoreOf(s);
        const total = r.dimensions.reduce((a, d) => a + d.impact, 0);
        const shares = r.dimensions.reduce((a, d) => a + d.share, 0);
        if (total > 0) expect(Math.abs(shares - 1)).toBeLessThan(1e-3);
        else expect(shares).toBe(0);
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it("the priority list is the shortest prefix of the ordered gaps that reaches the threshold", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = scoreOf(s);
        const p = r.priorities;
        expect(r.summary.pareto.candidates).toBe(r.items.filter((i) => (i.impact ?? 0) > 0).length);
        if (r.summary.pareto.candidates === 0) {
          expect(p).toEqual([]);
          return;
        }
        // reaches the threshold …
        expect(p[p.length - 1]!.cumulativeShare).toBeGreaterThanOrEqual(s.pareto - 1e-4);
        // … and one fewer would not (compare unrounded sums of the listed impacts)
        const total = r.items.reduce((a, i) => a + (i.impact ?? 0), 0);
        const before = p.slice(0, -1).reduce((a, x) => a + x.impact, 0);
        expect(before / total).toBeLessThan(s.pareto + 1e-3);
        // ordered by impact, then effort
        for (let i = 1; i < p.length; i++) {
          expect(
            p[i - 1]!.impact > p[i]!.impact ||
              (p[i - 1]!.impact === p[i]!.impact && p[i - 1]!.effort <= p[i]!.effort) ||
              Math.abs(p[i - 1]!.impact - p[i]!.impact) < 1e-4,
          ).toBe(true);
        }
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it("raising one answer never raises that item's gap or the gap index", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (s, pick) => {
        const answered = [...s.answers.entries()].filter(([, a]) => typeof a.level === "number" && a.level < s.rubric.data.scale.max);
        if (answered.length === 0) return;
        const [id, a] = answered[pick % answered.length]!;
        const before = scoreOf(s);
        const raised = scoreOf({ ...s, answers: new Map([...s.answers, [id, { level: (a.level as number) + 1 }]]) });
        const gap = (r: typeof before) => r.items.find((i) => i.id === id)!.gap!;
        expect(gap(raised)).toBeLessThanOrEqual(gap(before));
        expect(raised.summary.gapIndex!).toBeLessThanOrEqual(before.summary.gapIndex!);
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});
