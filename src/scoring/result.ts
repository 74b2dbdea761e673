import * as z from "zod";

/*
 * The result JSON of docs/result-json.md#result (`gapcheck: 1, kind: "result"`). Field names are stable:
 * adding a field is allowed, renaming or removing one needs `gapcheck: 2`. Indexes are null when
 * nothing they cover was answered.
 */
const Index = z.number().nullable();
const Num = z.number();

const Poles = z.object({ low: z.string(), high: z.string() });
/** Points of the gap index (docs/scoring.md#points): 100 · impact / Σ answered weights, rounded to 2 decimals. */
const Points = z.number();
/** (1.1) A candidate gap's place in the impact/effort matrix. */
export const QuadrantSchema = z.enum(["quick-win", "major-project", "fill-in", "not-now"]);
/** A level: answers may be fractional (a team's consensus median). */
const LevelNum = z.number();
const PlanEntry = z.object({ item: z.string(), title: z.string(), points: Points, effort: z.int(), action: z.string() });

/** docs/team.md#anonymity: a team's agreement, per item and dimension, and its groups. Never names or single answers. */
export const PanelSchema = z.object({
  respondents: z.int(),
  files: z.int(),
  by: z.string().optional(),
  minGroup: z.int(),
  groups: z.array(
    z.object({
      id: z.string(),
      respondents: z.int(),
      maturityIndex: Index,
      gapIndex: Index,
      dimensions: z.array(z.object({ id: z.string(), current: Num.nullable(), gap: Num.nullable() })),
    }),
  ),
  items: z.array(
    z.object({
      item: z.string(),
      n: z.int(),
      dontKnow: z.int(),
      notApplicable: z.int(),
      median: Num.nullable(),
      mean: Num.nullable(),
      min: Num.nullable(),
      max: Num.nullable(),
      counts: z.record(z.string(), z.int()),
      adMedian: Num.nullable(),
      rwg: Num.nullable(),
      disagreement: z.boolean(),
      /** Only with --notes, and only for items with at least minGroup notes; sorted, never attributed. */
      notes: z.array(z.string()).optional(),
    }),
  ),
  dimensions: z.array(z.object({ id: z.string(), rwgJ: Num.nullable() })),
  disagreements: z.array(z.string()),
  groupGaps: z.array(z.object({ item: z.string(), medians: z.record(z.string(), Num), difference: Num })),
});

export const ResultSchema = z.object({
  gapcheck: z.literal(1),
  kind: z.literal("result"),
  rubric: z.object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    sha256: z.string(),
    /** Added to format 1 so reports can draw the scale the answers were given on. */
    scale: z.object({ min: z.int(), max: z.int() }).optional(),
  }),
  /** (1.2) `extends`: a client profile's base profile in the rubric. */
  profile: z.object({ id: z.string(), title: z.string(), extends: z.string().optional() }),
  locale: z.string(),
  respondent: z
    .object({ name: z.string().optional(), role: z.string().optional(), group: z.string().optional(), organisation: z.string().optional() })
    .optional(),
  date: z.string().optional(),
  summary: z.object({
    maturityIndex: Index,
    gapIndex: Index,
    gapIndexRange: z.tuple([Num, Num]),
    coverage: Num,
    answered: z.int(),
    items: z.int(),
    /** (1.1) Items not applicable: answered `na` or excluded by the profile. */
    notApplicable: z.int(),
    /** (1.1) How many compliance risks (entries of `risks`). */
    risks: z.int(),
    groups: z.array(z.object({ id: z.string(), title: z.string(), maturityIndex: Index, gapIndex: Index, poles: Poles.optional() })),
    pareto: z.object({
      threshold: Num,
      selected: z.int(),
      candidates: z.int(),
      impactShare: Num,
      /** (1.1) F = min(--focus, selected): the priorities human formats show in full. */
      focus: z.int(),
      /** (1.1) Cumulative share of the first F priorities. */
      focusShare: Num,
      /** (1.1) selected ≤ 0.3 · candidates: the gap is held by a vital few. */
      concentrated: z.boolean(),
    }),
  }),
  dimensions: z.array(
    z.object({
      id: z.string(),
      group: z.string(),
      title: z.string(),
      current: Num.nullable(),
      target: Num,
      gap: Num.nullable(),
      impact: Num,
      share: Num,
      answered: z.int(),
      items: z.int(),
    }),
  ),
  items: z.array(
    z.object({
      id: z.string(),
      dimension: z.string(),
      title: z.string(),
      /** A level, null for unanswered ("don't know"), "na" (1.1) for not applicable. */
      answer: z.union([LevelNum, z.literal("na")]).nullable(),
      target: Num,
      gap: Num.nullable(),
      weight: Num,
      impact: Num.nullable(),
      points: Points.nullable(),
      effort: z.int(),
      quadrant: QuadrantSchema.optional(),
      note: z.string().optional(),
    }),
  ),
  priorities: z.array(
    z.object({
      rank: z.int(),
      item: z.string(),
      dimension: z.string(),
      title: z.string(),
      current: LevelNum,
      target: Num,
      gap: Num,
      impact: Num,
      points: Points,
      share: Num,
      cumulativeShare: Num,
      effort: z.int(),
      quickWin: z.boolean(),
      quadrant: QuadrantSchema,
      action: z.string(),
    }),
  ),
  tags: z.array(z.object({ id: z.string(), title: z.string(), maturityIndex: Index, gapIndex: Index, impact: Num, share: Num })),
  unanswered: z.array(
    z.object({ item: z.string(), dimension: z.string(), title: z.string(), potentialImpact: Num, potentialPoints: Points }),
  ),
  /** (1.1) Floor items answered below their floor, or not answered: legal or ethical risks. */
  risks: z.array(
    z.object({
      item: z.string(),
      dimension: z.string(),
      title: z.string(),
      answer: LevelNum.nullable(),
      floor: z.int(),
      reason: z.string(),
      action: z.string(),
    }),
  ),
  /** (1.1) first30Days: the first 3 quick wins; next90Days: the first 3 major projects; notNow: every not-now gap. */
  plan: z.object({ first30Days: z.array(PlanEntry), next90Days: z.array(PlanEntry), notNow: z.array(PlanEntry) }),
  panel: PanelSchema.optional(),
});

export type Result = z.infer<typeof ResultSchema>;
export type ResultPriority = Result["priorities"][number];
export type ResultRisk = Result["risks"][number];
export type PlanItem = Result["plan"]["first30Days"][number];
export type Quadrant = z.infer<typeof QuadrantSchema>;
export type ResultDimension = Result["dimensions"][number];
export type Panel = z.infer<typeof PanelSchema>;
