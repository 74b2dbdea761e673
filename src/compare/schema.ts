import * as z from "zod";

/*
 * The comparison JSON of docs/result-json.md#comparison (`gapcheck: 1, kind: "comparison"`): progress between a
 * baseline and the latest of two or more results. Field names are stable, like the result's.
 * Levels are numbers (fractional for an aggregate's consensus), null for "not answered", or "na"
 * for "not applicable"; deltas are after − before, null when either side has no number.
 */
const Num = z.number();
const Maybe = Num.nullable();
const Level = z.union([Num, z.literal("na")]).nullable();

export const ITEM_STATUSES = [
  "added",
  "removed",
  "newly-answered",
  "no-longer-answered",
  "closed",
  "opened",
  "improved",
  "regressed",
  "unchanged",
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** before, after and after − before of one number. */
const Change = z.object({ before: Maybe, after: Maybe, delta: Maybe });

const Side = z.object({
  /** The input as it was named on the command line (or by the caller of `compare`). */
  file: z.string(),
  rubricVersion: z.string(),
  profile: z.object({ id: z.string(), title: z.string() }),
  date: z.string().optional(),
  respondent: z.object({ name: z.string().optional(), role: z.string().optional(), organisation: z.string().optional() }).optional(),
  /** For a team result (of `aggregate`): how many people answered. */
  respondents: z.int().optional(),
});

const PriorityRef = z.object({
  /** The rank in the baseline (done, remaining) or in the latest result (new). */
  rank: z.int(),
  item: z.string(),
  dimension: z.string(),
  title: z.string(),
  before: Level,
  after: Level,
  target: Num,
});

const SeriesPoint = z.object({
  file: z.string(),
  date: z.string().optional(),
  rubricVersion: z.string(),
  profile: z.string(),
  maturityIndex: Maybe,
  gapIndex: Maybe,
  coverage: Num,
  dimensions: z.array(z.object({ id: z.string(), current: Maybe, gap: Maybe })),
});

export const ComparisonSchema = z.object({
  gapcheck: z.literal(1),
  kind: z.literal("comparison"),
  rubric: z.object({ id: z.string(), title: z.string() }),
  locale: z.string(),
  /** "date": the inputs were put in date order (every one had a date); "arguments": as given. */
  order: z.enum(["date", "arguments"]),
  /** Whole days from the baseline's date to the latest's; null unless both have a date. */
  days: z.int().nullable(),
  profileChanged: z.boolean(),
  before: Side,
  after: Side,
  summary: z.object({ maturityIndex: Change, gapIndex: Change, coverage: Change }),
  dimensions: z.array(
    z.object({
      id: z.string(),
      group: z.string(),
      title: z.string(),
      before: z.object({ current: Maybe, gap: Maybe }).nullable(),
      after: z.object({ current: Maybe, gap: Maybe }).nullable(),
      delta: z.object({ current: Maybe, gap: Maybe }),
    }),
  ),
  tags: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      before: z.object({ maturityIndex: Maybe, gapIndex: Maybe }).nullable(),
      after: z.object({ maturityIndex: Maybe, gapIndex: Maybe }).nullable(),
      delta: z.object({ maturityIndex: Maybe, gapIndex: Maybe }),
    }),
  ),
  items: z.array(
    z.object({
      id: z.string(),
      /** The baseline's id when the rubric renamed the item since. */
      renamedFrom: z.string().optional(),
      dimension: z.string(),
      title: z.string(),
      status: z.enum(ITEM_STATUSES),
      before: z.object({ answer: Level, gap: Maybe }).nullable(),
      after: z.object({ answer: Level, gap: Maybe }).nullable(),
      delta: Maybe,
    }),
  ),
  priorities: z.object({ done: z.array(PriorityRef), remaining: z.array(PriorityRef), new: z.array(PriorityRef) }),
  regressions: z.array(
    z.object({
      item: z.string(),
      dimension: z.string(),
      title: z.string(),
      before: Num,
      after: Num,
      delta: Num,
      /** Points of the gap index this fall added (after − before; 0 when the item stayed at its target). */
      points: Num,
      status: z.enum(ITEM_STATUSES),
    }),
  ),
  /** Every input in order, when there are more than two. */
  series: z.array(SeriesPoint).optional(),
});

export type Comparison = z.infer<typeof ComparisonSchema>;
export type ComparisonItem = Comparison["items"][number];
export type ComparisonSide = Comparison["before"];
export type PriorityChange = Comparison["priorities"]["done"][number];
