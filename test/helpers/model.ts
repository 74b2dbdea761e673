import { buildRubric, type Rubric } from "../../src/model/rubric.js";
import { RubricSchema, type RubricFile } from "../../src/model/schema.js";
import type { Answer } from "../../src/scoring/score.js";

/** A rubric object as the schema would produce it from a file (defaults applied). */
export function rubricFrom(data: unknown): Rubric {
  return buildRubric(RubricSchema.parse(data) as RubricFile);
}

export function answersOf(levels: Record<string, number | null>): Map<string, Answer> {
  return new Map(Object.entries(levels).map(([id, level]) => [id, { level }]));
}

/**
 * The hand-computed case of test/scoring/scoring.test.ts: scale 0..4 (span 4), two dimensions in two
 * groups, one tag, one profile with a dimension target, an item override and a weight.
 */
export const handRubric = {
  gapcheck: 1,
  id: "hand",
  version: "1.0.0",
  title: "Hand",
  locales: ["en"],
  scale: { min: 0, max: 4, levels: { 0: "0", 1: "1", 2: "2", 3: "3", 4: "4" } },
  groups: [
    { id: "g1", title: "G1" },
    { id: "g2", title: "G2", poles: { low: "Low", high: "High" } },
  ],
  tags: [{ id: "x", title: "X" }],
  dimensions: [
    {
      id: "d1",
      group: "g1",
      title: "D1",
      weight: 2,
      items: [
        { id: "a", text: "A?", action: "Do A", effort: 2, tags: ["x"] },
        { id: "b", text: "B?", action: "Do B", weight: 3, effort: 4 },
      ],
    },
    {
      id: "d2",
      group: "g2",
      title: "D2",
      items: [
        { id: "c", text: "C?", action: "Do C", tags: ["x"] },
        { id: "d", text: "D?", action: "Do D", effort: 1 },
      ],
    },
  ],
  profiles: [{ id: "p", title: "P", targets: { d1: 4, d2: 2 }, itemTargets: { c: 3 }, weights: { d2: 2 } }],
};
