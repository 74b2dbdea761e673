import { GapcheckError } from "../errors.js";
import { MIN_GROUP_FLOOR } from "../formats.js";
import { messagesFor } from "../i18n/messages.js";
import type { Rubric } from "../model/rubric.js";
import type { ProfileFile } from "../model/schema.js";
import type { Panel, Result } from "../scoring/result.js";
import { r2n, r4, r4n } from "../scoring/round.js";
import { type Answer, score } from "../scoring/score.js";
import { levelStats, newTally, rwgJ, type Tally } from "./stats.js";

/** One respondent as the panel sees it: levels and, for --by, a group. Names never get this far. */
export interface Respondent {
  answers: ReadonlyMap<string, Answer>;
  /** The respondent's value of the --by field; undefined when their input has no such field. */
  group?: string | undefined;
  /**
   * The fields (respondent keys, survey columns) their input has, to name them when --by matches
   * none. Undefined when the caller cannot tell (a workshop participant who skipped the group
   * question): then a missing --by value is not taken as a missing field.
   */
  fields?: readonly string[] | undefined;
}

export interface PanelOptions {
  rubric: Rubric;
  profile: ProfileFile;
  /** Share of the weighted gap the priority list must reach, in (0, 1]. */
  pareto: number;
  /** Priorities human formats show in full (`--focus`, docs/reports.md#what-comes-first); default 5. */
  focus?: number | undefined;
  locale: string;
  sha256: string;
  /** The respondent field (or survey column) respondents are grouped by. */
  by?: string | undefined;
  /**
   * Smallest group shown on its own (default 3, never less: MIN_GROUP_FLOOR); smaller ones are
   * pooled as "other". Also the least number of people behind any figure of a group, any level
   * distribution and any note that is shown.
   */
  minGroup?: number | undefined;
  /** Keep notes (shown only for items with at least minGroup of them). */
  notes?: boolean | undefined;
}

/** The pooled group of respondents in groups under the minimum (and those without a group). */
export const OTHER = "other";
export { MIN_GROUP_FLOOR };

/** At most this many field names are kept to list when --by names none of them. */
const FIELDS_KEPT = 100;

/**
 * A --by that is refused (exit 2): `unknown-field` when no input has the field, `singles-out` when
 * more than half of the respondents are alone in their value. A live view (the workshop) can catch
 * it by `reason` and wait for more people instead.
 */
export class GroupingRefused extends GapcheckError {
  override name = "GroupingRefused";
  constructor(
    message: string,
    readonly reason: "unknown-field" | "singles-out",
  ) {
    super(message);
  }
}

interface Counts {
  respondents: number;
  tallies: Tally[];
}

/**
 * Collects respondents one at a time, keeping only per-item counts (overall and per group), and
 * turns them into the consensus result with its `panel` (docs/team.md).
 */
export class PanelBuilder {
  private readonly all: Counts;
  private readonly groups = new Map<string, Counts>();
  private readonly levels: number;
  private readonly min: number;
  private readonly minGroup: number;
  /** Whether any respondent's input may have the --by field, and the fields the inputs have instead. */
  private byFound = false;
  private readonly fields = new Set<string>();
  files = 0;

  /** Throws a GapcheckError (exit 2) for a --min-group under MIN_GROUP_FLOOR. */
  constructor(private readonly o: PanelOptions) {
    this.min = o.rubric.data.scale.min;
    this.levels = o.rubric.data.scale.max - this.min + 1;
    this.minGroup = o.minGroup ?? MIN_GROUP_FLOOR;
    if (!Number.isInteger(this.minGroup) || this.minGroup < MIN_GROUP_FLOOR)
      throw new GapcheckError(messagesFor(o.locale).team.minGroupFloor(String(this.minGroup)));
    this.all = this.counts(Boolean(o.notes));
  }

  get respondents(): number {
    return this.all.respondents;
  }

  private counts(notes: boolean): Counts {
    return { respondents: 0, tallies: this.o.rubric.items.map(() => newTally(this.levels, notes)) };
  }

  add(r: Respondent): void {
    const targets = [this.all];
    if (this.o.by !== undefined) {
      if (r.group !== undefined || r.fields === undefined) this.byFound = true;
      else for (const f of r.fields) if (this.fields.size < FIELDS_KEPT) this.fields.add(f);
      const key = r.group?.replace(/\s+/g, " ").trim() ?? "";
      let g = this.groups.get(key);
      if (!g) {
        g = this.counts(false);
        this.groups.set(key, g);
      }
      targets.push(g);
    }
    for (const c of targets) c.respondents++;
    this.o.rubric.items.forEach((ref, i) => {
      const a = r.answers.get(ref.item.id);
      if (!a || a.level === null) return;
      for (const c of targets) {
        const tally = c.tallies[i]!;
        if (a.level === "na") tally.notApplicable++;
        else tally.counts[a.level - this.min]!++;
      }
      if (a.note !== undefined && a.note.trim() !== "") this.all.tallies[i]!.notes?.push(a.note.trim());
    });
  }

  /**
   * The consensus answers of a set of counts: the median, or `na` when more than half said so. A
   * group's (`givers` = --min-group) has a level for an item only when that many of its people gave
   * one: otherwise the item counts as unanswered for the group, never as one person's answer.
   */
  private consensus(c: Counts, givers = 1): Map<string, Answer> {
    const answers = new Map<string, Answer>();
    this.o.rubric.items.forEach((ref, i) => {
      const t = c.tallies[i]!;
      const s = levelStats(t.counts, this.min);
      if (t.notApplicable * 2 > s.n + t.notApplicable) answers.set(ref.item.id, { level: "na" });
      else if (s.median !== null && s.n >= givers) answers.set(ref.item.id, { level: s.median });
    });
    return answers;
  }

  private score(answers: Map<string, Answer>): Result {
    const { rubric, profile, pareto, focus, locale, sha256 } = this.o;
    return score({ rubric, profile, answers, pareto, ...(focus !== undefined ? { focus } : {}), locale, sha256 });
  }

  /**
   * The --by field must exist in some input, and must not single people out: when more than half
   * of the respondents are alone in their value (a name or e-mail column), it is refused (exit 2).
   */
  private checkBy(): void {
    const by = this.o.by;
    if (by === undefined) return;
    const t = messagesFor(this.o.locale).team;
    if (!this.byFound) throw new GroupingRefused(t.byUnknown(by, [...this.fields].sort()), "unknown-field");
    let alone = 0;
    for (const [id, g] of this.groups) if (id !== "" && g.respondents === 1) alone++;
    if (alone * 2 > this.all.respondents) throw new GroupingRefused(t.bySinglesOut(by, alone, this.all.respondents), "singles-out");
  }

  /** The groups shown: those at the minimum, in name order, then the pooled rest when it reaches it. */
  private shownGroups(): { id: string; counts: Counts }[] {
    if (this.o.by === undefined) return [];
    const shown: { id: string; counts: Counts }[] = [];
    const pooled = this.counts(false);
    for (const id of [...this.groups.keys()].sort()) {
      const g = this.groups.get(id)!;
      if (id !== "" && id !== OTHER && g.respondents >= this.minGroup) shown.push({ id, counts: g });
      else {
        pooled.respondents += g.respondents;
        g.tallies.forEach((t, i) => {
          const p = pooled.tallies[i]!;
          p.notApplicable += t.notApplicable;
          t.counts.forEach((n, k) => {
            p.counts[k]! += n;
          });
        });
      }
    }
    if (pooled.respondents >= this.minGroup && pooled.respondents > 0) shown.push({ id: OTHER, counts: pooled });
    return shown;
  }

  /** Items on which the shown groups' medians differ by a level or more, the largest difference first. */
  private groupGaps(shown: Array<{ id: string; answers: ReadonlyMap<string, Answer> }>, result: Result): Panel["groupGaps"] {
    // Not applicable for the team (by consensus or the profile): no group figure to compare.
    const notApplicable = new Set(result.items.filter((i) => i.answer === "na").map((i) => i.id));
    return this.o.rubric.items
      .map((ref, i) => {
        const medians: Record<string, number> = {};
        for (const g of notApplicable.has(ref.item.id) ? [] : shown) {
          const m = g.answers.get(ref.item.id)?.level;
          if (typeof m === "number") medians[g.id] = r4(m);
        }
        const values = Object.values(medians);
        const difference = values.length >= 2 ? Math.max(...values) - Math.min(...values) : 0;
        return { item: ref.item.id, medians, difference: r4(difference), order: i };
      })
      .filter((g) => g.difference >= 1)
      .sort((a, b) => b.difference - a.difference || a.order - b.order)
      .map(({ order: _, ...g }) => g);
  }

  /** The consensus result with its panel; throws a GapcheckError (exit 2) for a --by field that is refused. */
  result(): Result {
    this.checkBy();
    const { rubric } = this.o;
    const overall = this.consensus(this.all);
    const result = this.score(overall);
    const enough = this.minGroup;
    const min = this.min;
    const stats = this.all.tallies.map((t) => levelStats(t.counts, min));
    const items: Panel["items"] = rubric.items.map((ref, i) => {
      const t = this.all.tallies[i]!;
      const s = stats[i]!;
      const notes = t.notes && t.notes.length >= this.minGroup ? [...t.notes].sort() : undefined;
      return {
        item: ref.item.id,
        n: s.n,
        dontKnow: this.all.respondents - s.n - t.notApplicable,
        notApplicable: t.notApplicable,
        median: r4n(s.median),
        mean: r4n(s.mean),
        // A range or a distribution of fewer than --min-group levels would show what each person said.
        min: s.n >= enough ? s.min : null,
        max: s.n >= enough ? s.max : null,
        counts: s.n >= enough ? Object.fromEntries(t.counts.map((n, k) => [String(min + k), n])) : {},
        adMedian: r4n(s.adMedian),
        rwg: r4n(s.rwg),
        disagreement: s.disagreement,
        ...(notes ? { notes } : {}),
      };
    });
    const dimensions = rubric.data.dimensions.map((d) => {
      const variances = rubric.items.flatMap((ref, i) => (ref.dimension === d && stats[i]!.variance !== null ? [stats[i]!.variance!] : []));
      return { id: d.id, rwgJ: r4n(rwgJ(variances, this.levels)) };
    });
    // Lowest rwg first, as published (4 decimals): equal values keep rubric order.
    const disagreements = items
      .map((x, order) => ({ x, order }))
      .filter(({ x }) => x.disagreement)
      .sort((a, b) => (a.x.rwg ?? 0) - (b.x.rwg ?? 0) || a.order - b.order)
      .map(({ x }) => x.item);

    const shown = this.shownGroups().map((g) => ({ ...g, answers: this.consensus(g.counts, enough) }));
    const groups: Panel["groups"] = shown.map((g) => {
      const r = this.score(g.answers);
      return {
        id: g.id,
        respondents: g.counts.respondents,
        maturityIndex: r2n(r.summary.maturityIndex),
        gapIndex: r2n(r.summary.gapIndex),
        dimensions: r.dimensions.map((d) => ({ id: d.id, current: d.current, gap: d.gap })),
      };
    });
    const groupGaps = this.groupGaps(shown, result);

    const panel: Panel = {
      respondents: this.all.respondents,
      files: this.files,
      ...(this.o.by !== undefined ? { by: this.o.by } : {}),
      minGroup: this.minGroup,
      groups,
      items,
      dimensions,
      disagreements,
      groupGaps,
    };
    return { ...result, panel };
  }
}

/**
 * The library's `aggregate`: many respondents' answers → one consensus result with a `panel`
 * (docs/team.md). Pure: respondents in, result out; the iterable may be lazy (one at a time).
 */
export async function aggregate(
  options: PanelOptions & { respondents: Iterable<Respondent> | AsyncIterable<Respondent>; files?: number },
): Promise<Result> {
  const builder = new PanelBuilder(options);
  for await (const r of options.respondents) builder.add(r);
  builder.files = options.files ?? 0;
  return builder.result();
}
