/** How far apart the two dates are, never as a negative duration: dates out of order say which came first. */
const inDays = (days: number | null) =>
  days === null
    ? ""
    : days === 0
      ? " on the same day"
      : days > 0
        ? ` in ${days} day${days === 1 ? "" : "s"}`
        : `, the latest dated ${-days} day${days === -1 ? "" : "s"} before the baseline`;

/** Progress between results (compare). */
export const progress = {
  compare: {
    help: {
      command: "progress between two or more results or answers files: deltas, closed and new gaps, a regression gate",
      inputs: "results (of assess or aggregate, as JSON) or answers files, the baseline first",
      rubric: "rubric to score answers files with (default: the bundled marketing-leadership rubric)",
      profile: "profile to score answers files against (default: each file's, else the rubric's defaultProfile)",
      failOn: "exit 1 when the gap index rose by more than --tolerance points, or an item fell by a whole level or more",
      tolerance: "points the gap index may rise before --fail-on regression fails",
      allowProfileChange: "compare results for different profiles (their targets differ, so the gap is not comparable)",
    },
    badTolerance: (value: string) => `"${value}" is not a number of points from 0 to 100`,
    tooFew: "compare needs at least two inputs: BEFORE and AFTER",
    needsNewestRubric: (a: string, va: string, b: string, vb: string, id: string, command: string) =>
      `${a} is for version ${va} and ${b} for version ${vb} of rubric "${id}", whose items differ; ` +
      `renamed items are matched only from the history of the newest rubric, and none is at hand: give it with -r (${command})`,
    oneStdin: "only one input can be read from stdin (-)",
    otherRubric: (a: string, idA: string, b: string, idB: string) =>
      `${a} is for rubric "${idA}" but ${b} is for rubric "${idB}"; only results of the same rubric can be compared`,
    otherProfile: (a: string, idA: string, b: string, idB: string) =>
      `${a} is scored for profile "${idA}" but ${b} for "${idB}": the targets differ, so the gaps are ` +
      `not comparable; score both with the same --profile, or pass --allow-profile-change`,
    argumentOrder: "not every input has a date: they are compared in the order given",
    datesReversed: (before: string, after: string) => `${after} is dated before ${before}; the first input is the baseline`,
    gateGap: (rise: string, tolerance: string) => `the gap index rose by ${rise} points, more than --tolerance ${tolerance}`,
    gateItems: (count: number, items: string) => `${count} item${count === 1 ? "" : "s"} fell by a whole level or more: ${items}`,
    headline: (before: string, after: string, delta: string, days: number | null, done: number, total: number) =>
      `Gap index ${before} → ${after} (${delta})${inDays(days)}; ${
        total === 0 ? "the baseline had no priorities" : `${done} of ${total} priorities closed`
      }`,
    title: "Progress",
    baseline: "Baseline",
    latest: "Latest",
    respondents: (n: number) => `${n} respondent${n === 1 ? "" : "s"}`,
    profileChanged: (before: string, after: string) =>
      `The profile changed (${before} → ${after}): the gaps are measured against different targets.`,
    maturity: "Maturity index",
    gapIndex: "Gap index",
    coverage: "Answered",
    dimensions: "Dimensions, before → after",
    dimension: "Dimension",
    tag: "Pattern",
    tags: "Gap patterns, before → after",
    item: "Item",
    before: "Before",
    after: "After",
    delta: "Change",
    gapBefore: "Gap before",
    gapAfter: "Gap after",
    status: "Status",
    target: "Target",
    rank: "#",
    closed: "Priorities closed",
    remaining: "Priorities remaining",
    fresh: "New priorities",
    regressed: "Regressions",
    changes: "Other changes",
    allItems: "All items",
    none: "None.",
    notAnswered: "–",
    na: "n/a",
    addedPoints: (points: string) => `${points} points`,
    /** A change between two percentages, in percentage points: "+2 pp". */
    percentPoints: (points: string) => `${points} pp`,
    renamedFrom: (id: string) => `was ${id}`,
    statuses: {
      added: "added",
      removed: "removed",
      "newly-answered": "newly answered",
      "no-longer-answered": "no longer answered",
      closed: "closed",
      opened: "opened",
      improved: "improved",
      regressed: "regressed",
      unchanged: "unchanged",
    } as Record<string, string>,
    radar: "Now by dimension, before (dashed) and after (solid)",
    slope: "Dimension gaps, before → after",
    series: "Gap by dimension over time",
    seriesIndex: "Gap index over time",
    point: (n: number) => `#${n}`,
    legendBefore: "Before",
    legendAfter: "After",
    legendTarget: "Target",
    footer: (rubric: string) => `Made with gapcheck · rubric ${rubric}`,
  },
};
