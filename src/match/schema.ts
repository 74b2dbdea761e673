import * as z from "zod";

/*
 * The match JSON of docs/result-json.md#match (`gapcheck: 1, kind: "match"`): how much of an organisation's
 * weighted gap each candidate would close. Field names are stable, like the result's.
 */
const Num = z.number();
const Ids = z.array(z.string());

export const MatchSchema = z.object({
  gapcheck: z.literal(1),
  kind: z.literal("match"),
  locale: z.string(),
  organisation: z.object({
    rubric: z.object({ id: z.string(), version: z.string(), title: z.string() }),
    profile: z.object({ id: z.string(), title: z.string() }),
    gapIndex: Num.nullable(),
    respondent: z.object({ name: z.string().optional(), role: z.string().optional(), organisation: z.string().optional() }).optional(),
    respondents: z.int().optional(),
    /** Σ wᵢ·gᵢ over the organisation's answered items: the weighted gap a candidate can close. */
    totalImpact: Num,
    /** The first `focus` priorities are the ones human formats count ("4 of the 5 focus priorities"). */
    focus: z.int(),
    priorities: z.array(z.object({ rank: z.int(), item: z.string(), title: z.string(), points: Num })),
  }),
  candidates: z.array(
    z.object({
      rank: z.int(),
      name: z.string(),
      file: z.string(),
      /** Items the candidate gave a level for; 0 means the file says nothing about the person. */
      answered: z.int(),
      closedImpact: Num,
      share: Num,
      priorityShare: Num,
      points: Num,
      closes: z.object({ full: Ids, partial: Ids }),
    }),
  ),
  team: z
    .object({
      size: z.int(),
      members: z.array(z.object({ name: z.string(), file: z.string(), addedShare: Num })),
      share: Num,
      priorityShare: Num,
      points: Num,
    })
    .optional(),
});

export type Match = z.infer<typeof MatchSchema>;
export type MatchCandidateResult = Match["candidates"][number];
