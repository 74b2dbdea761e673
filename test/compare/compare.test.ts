import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { Chalk } from "chalk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compare as compareCommand } from "../../src/commands/compare.js";
import { compare, ComparisonRefused, itemStatus, regressionGate, type CompareInput } from "../../src/compare/compare.js";
import { ComparisonSchema, type Comparison } from "../../src/compare/schema.js";
import { main } from "../../src/cli.js";
import { COMPARISON_RENDERERS } from "../../src/render/compare/index.js";
import type { Result } from "../../src/scoring/result.js";
import { score } from "../../src/scoring/score.js";
import { root } from "../helpers/exec.js";
import { run as cli } from "../helpers/main.js";
import { fakeIo } from "../helpers/io.js";
import { answersOf, handRubric, rubricFrom } from "../helpers/model.js";
import { inspect } from "../helpers/chromium.js";
import "../../src/i18n/all.js"; // the renderers below are called in sv without a command loading it

/*
 * The hand rubric (test/helpers/model.ts): span 4; item weights a 2, b 6 (dimension d1, target 4),
 * c 2 (target 3 by override), d 2 (target 2); d2's weight doubled by the profile.
 */
const rubric = rubricFrom(handRubric);
const options = { color: new Chalk({ level: 0 }), width: 80 };

function result(levels: Record<string, number | null>, extra: { date?: string; rubric?: typeof rubric; locale?: string } = {}): Result {
  const r = extra.rubric ?? rubric;
  return score({
    rubric: r,
    profile: r.profileById.get("p")!,
    answers: answersOf(levels),
    pareto: 0.8,
    locale: extra.locale ?? "en",
    sha256: "x",
    ...(extra.date ? { date: extra.date } : {}),
  });
}
const input = (r: Result, file: string): CompareInput => ({ result: r, file });

describe("item status (docs/progress.md#item-status: the first that holds)", () => {
  const s = (answer: number | null | "na", gap: number | null) => ({ answer, gap });
  it.each([
    ["added", null, s(2, 0.5)],
    ["removed", s(2, 0.5), null],
    ["newly-answered", s(null, null), s(1, 0.25)],
    ["no-longer-answered", s(1, 0.25), s(null, null)],
    ["closed", s(1, 0.5), s(3, 0)],
    ["opened", s(3, 0), s(2, 0.25)],
    ["improved", s(1, 0.75), s(2, 0.5)],
    ["regressed", s(2, 0.5), s(1, 0.75)],
    ["unchanged", s(2, 0.5), s(2, 0.5)],
    // above the target both times: the level fell, no gap opened
    ["regressed", s(4, 0), s(3, 0)],
    ["unchanged", s(null, null), s(null, null)],
    // not applicable on either side: neither better nor worse
    ["unchanged", s("na", null), s(2, 0.5)],
    ["unchanged", s(1, 0.75), s("na", null)],
    // fractional levels (a team's median)
    ["improved", s(1.5, 0.625), s(2.5, 0.375)],
  ] as const)("%s", (expected, before, after) => {
    expect(itemStatus(before, after)).toBe(expected);
  });
});

describe("compare: a hand-computed pair", () => {
  // Before: a 2 (gap .5, impact 1), b 1 (gap .75, impact 4.5), c 3 (gap 0), d 1 (gap .25, impact .5).
  //   Σw 12, ΣI 6 → gap index 50. Priorities: b 4.5 < 0.8·6 = 4.8, + a = 5.5 → [b, a].
  // After: a 4 (closed), b 2 (gap .5, impact 3), c 1 (gap .5, impact 1: opened, −2 levels), d none.
  //   Σw 10, ΣI 4 → gap index 40. Priorities: b 3 < 3.2, + c → [b, c].
  const before = result({ a: 2, b: 1, c: 3, d: 1 }, { date: "2026-01-01T00:00:00Z" });
  const after = result({ a: 4, b: 2, c: 1, d: null }, { date: "2026-01-31T00:00:00Z" });
  const c = compare([input(before, "before.json"), input(after, "after.json")]);

  it("has the indexes, days and statuses", async () => {
    expect(before.summary.gapIndex).toBe(50);
    expect(after.summary.gapIndex).toBe(40);
    expect(c.summary.gapIndex).toEqual({ before: 50, after: 40, delta: -10 });
    expect(c.summary.coverage).toEqual({ before: 1, after: 0.75, delta: -0.25 });
    expect(c.days).toBe(30);
    expect(c.order).toBe("arguments");
    expect(c.series).toBeUndefined();
    expect(Object.fromEntries(c.items.map((i) => [i.id, i.status]))).toEqual({
      a: "closed",
      b: "improved",
      c: "opened",
      d: "no-longer-answered",
    });
    expect(c.items.find((i) => i.id === "c")).toMatchObject({ before: { answer: 3, gap: 0 }, after: { answer: 1, gap: 0.5 }, delta: -2 });
  });

  it("splits the baseline's priorities into done and remaining, and lists the new ones", async () => {
    expect(c.priorities.done.map((p) => [p.rank, p.item, p.before, p.after])).toEqual([[2, "a", 2, 4]]);
    expect(c.priorities.remaining.map((p) => [p.rank, p.item, p.before, p.after])).toEqual([[1, "b", 1, 2]]);
    expect(c.priorities.new.map((p) => [p.rank, p.item])).toEqual([[2, "c"]]);
  });

  it("lists the regression with the points of the gap index it added", async () => {
    // c after: 100 · 2 · 0.5 / 10 = 10 points; before 0.
    expect(c.regressions).toEqual([
      { item: "c", dimension: "d2", title: "C?", before: 3, after: 1, delta: -2, points: 10, status: "opened" },
    ]);
  });

  it("has dimension deltas", async () => {
    // d1 gap before (1·.5 + 3·.75)/4 = .6875, after (1·0 + 3·.5)/4 = .375; d2 before (0 + .25)/2, after .5 (c only)
    expect(c.dimensions.map((d) => [d.id, d.before?.gap, d.after?.gap, d.delta.gap])).toEqual([
      ["d1", 0.6875, 0.375, -0.3125],
      ["d2", 0.125, 0.5, 0.375],
    ]);
  });

  it("is valid against its own schema", async () => {
    expect(ComparisonSchema.parse(c)).toEqual(c);
  });
});

describe("the regression gate", () => {
  it("fails on an item that fell a whole level, unless the tolerance covers the points it added", async () => {
    const c = compare([input(result({ a: 2, b: 1, c: 3, d: 1 }), "b"), input(result({ a: 4, b: 2, c: 1, d: null }), "a")]);
    expect(regressionGate(c, 0)).toMatchObject({ failed: true, gapRise: null });
    expect(regressionGate(c, 10).failed).toBe(false); // exactly the 10 points c added
    expect(regressionGate(c, 9.99).failed).toBe(true);
  });

  it("fails when the gap index rose by more than the tolerance: at, just under and just over", async () => {
    // Before: a 4, b 4 (gap 0). After: c answered 2 (target 3: gap .25, impact .5); Σw 10 → 5 points.
    const c = compare([input(result({ a: 4, b: 4 }), "b"), input(result({ a: 4, b: 4, c: 2 }), "a")]);
    expect(c.summary.gapIndex).toEqual({ before: 0, after: 5, delta: 5 });
    expect(c.items.find((i) => i.id === "c")!.status).toBe("newly-answered");
    expect(regressionGate(c, 5)).toMatchObject({ failed: false, gapRise: null }); // at the tolerance
    expect(regressionGate(c, 5.01).failed).toBe(false); // the rise is just under it
    expect(regressionGate(c, 4.99)).toMatchObject({ failed: true, gapRise: 5 }); // just over
    expect(regressionGate(c).failed).toBe(true); // default 0
  });

  it("passes an improvement", async () => {
    const c = compare([input(result({ a: 1, b: 1 }), "b"), input(result({ a: 2, b: 1 }), "a")]);
    expect(regressionGate(c)).toEqual({ failed: false, gapRise: null, items: [] });
  });
});

describe("a series of three", () => {
  const r1 = result({ a: 1, b: 1 }, { date: "2026-01-01T00:00:00Z" });
  const r2 = result({ a: 2, b: 2 }, { date: "2026-02-01T00:00:00Z" });
  const r3 = result({ a: 4, b: 3 }, { date: "2026-04-01T00:00:00Z" });

  it("is put in date order when every input has a date", async () => {
    const c = compare([input(r2, "feb"), input(r3, "apr"), input(r1, "jan")]);
    expect(c.order).toBe("date");
    expect(c.series!.map((p) => p.file)).toEqual(["jan", "feb", "apr"]);
    expect(c.before.file).toBe("jan");
    expect(c.after.file).toBe("apr");
    expect(c.days).toBe(90);
    // a: 1 → 4 closed (target 4); d1 gap per point: (.75 + 3·.75)/4, (.5 + 3·.5)/4, (0 + 3·.25)/4
    expect(c.series!.map((p) => p.dimensions.find((d) => d.id === "d1")!.gap)).toEqual([0.75, 0.5, 0.1875]);
  });

  it("keeps the argument order when an input has no date", async () => {
    const undated = result({ a: 2, b: 2 });
    const c = compare([input(r3, "apr"), input(undated, "none"), input(r1, "jan")]);
    expect(c.order).toBe("arguments");
    expect(c.series!.map((p) => p.file)).toEqual(["apr", "none", "jan"]);
    expect(c.days).toBe(-90);
  });
});

describe("a rubric version change", () => {
  // v2: item a renamed to a-new, d removed, e added.
  const v2data = structuredClone(handRubric) as typeof handRubric & { version: string };
  v2data.version = "2.0.0";
  v2data.dimensions[0]!.items[0]!.id = "a-new";
  v2data.dimensions[1]!.items = [v2data.dimensions[1]!.items[0]!, { id: "e", text: "E?", action: "Do E" }] as never;
  const v2 = rubricFrom(v2data);
  const before = result({ a: 2, b: 1, c: 3, d: 1 });
  const after = result({ "a-new": 4, b: 1, c: 3, e: 1 }, { rubric: v2 });

  it("matches renamed items by the declared rename and lists added and removed ones", async () => {
    const c = compare([input(before, "v1"), input(after, "v2")], { renamed: { a: "a-new" } });
    expect(c.before.rubricVersion).toBe("1.0.0");
    expect(c.after.rubricVersion).toBe("2.0.0");
    expect(c.items.map((i) => [i.id, i.status, i.renamedFrom])).toEqual([
      ["a-new", "closed", "a"],
      ["b", "unchanged", undefined],
      ["c", "unchanged", undefined],
      ["e", "added", undefined],
      ["d", "removed", undefined],
    ]);
    // The baseline's priority a (rank 2) is done under its new id.
    expect(c.priorities.done.map((p) => p.item)).toEqual(["a-new"]);
  });

  it("without the rename, the old and new ids are a removal and an addition", async () => {
    const c = compare([input(before, "v1"), input(after, "v2")]);
    expect(c.items.filter((i) => i.status === "added" || i.status === "removed").map((i) => i.id)).toEqual(["a-new", "e", "a", "d"]);
  });
});

describe("refusals", () => {
  it("refuses another rubric id, naming both files", async () => {
    const other = structuredClone(result({ a: 1 }));
    other.rubric.id = "other";
    expect(() => compare([input(result({ a: 1 }), "one.json"), input(other, "two.json")])).toThrow(ComparisonRefused);
    expect(() => compare([input(result({ a: 1 }), "one.json"), input(other, "two.json")])).toThrow(/one\.json.*hand.*two\.json.*other/);
  });

  it("refuses a profile change unless allowed", async () => {
    const other = structuredClone(result({ a: 1 }));
    other.profile = { id: "q", title: "Q" };
    expect(() => compare([input(result({ a: 1 }), "one"), input(other, "two")])).toThrow(/targets differ/);
    expect(compare([input(result({ a: 1 }), "one"), input(other, "two")], { allowProfileChange: true }).profileChanged).toBe(true);
  });
});

describe("team results", () => {
  it("compares fractional and not-applicable answers", async () => {
    const before = structuredClone(result({ a: 2, b: 1, c: 2 }));
    const after = structuredClone(result({ a: 3, b: 1, c: 2 }));
    // A consensus median may be fractional; an item may be not applicable (v1.1).
    (before.items[0] as { answer: unknown }).answer = 2.5;
    (after.items[2] as { answer: unknown }).answer = "na";
    const c = compare([
      { result: before, file: "q1", respondents: 7 },
      { result: after, file: "q2", respondents: 9 },
    ]);
    expect(c.before.respondents).toBe(7);
    expect(c.after.respondents).toBe(9);
    expect(c.items.find((i) => i.id === "a")).toMatchObject({ delta: 0.5, status: "improved" });
    expect(c.items.find((i) => i.id === "c")).toMatchObject({ delta: null, status: "unchanged", after: { answer: "na" } });
  });
});

// ---------------------------------------------------------------------------------------------
// Renderers

const hand: Comparison = compare([
  input(result({ a: 2, b: 1, c: 3, d: 1 }, { date: "2026-01-01T00:00:00Z" }), "before.json"),
  input(result({ a: 4, b: 2, c: 1, d: null }, { date: "2026-01-31T00:00:00Z" }), "after.json"),
]);
const handSv: Comparison = { ...hand, locale: "sv" };

describe("renderers", () => {
  it("table: the sentence first, then dimensions with a delta bar, then the lists", async () => {
    const text = COMPARISON_RENDERERS.table(hand, options);
    expect(text.split("\n")[0]).toBe("Gap index 50.0 → 40.0 (−10.0) in 30 days; 1 of 2 priorities closed");
    expect(text).toMatch(/D1 +│ 1\.3 → 2\.5 +│ 69 % → 38 % +│ +−31 pp ▼█████/);
    const order = [
      "Dimensions, before → after",
      "Priorities closed (1)",
      "Priorities remaining (1)",
      "New priorities (1)",
      "Regressions (1)",
      "Other changes",
    ].map((h) => text.indexOf(h));
    expect(order.every((at, k) => at > 0 && (k === 0 || at > order[k - 1]!))).toBe(true);
    expect(text).toContain("▼ C? 3 → 1 (−2, +10.00 points)");
    expect(text).toContain("D? no longer answered: 1 → –");
  });

  it("table and markdown in Swedish", async () => {
    expect(COMPARISON_RENDERERS.table(handSv, options).split("\n")[0]).toBe(
      "Gapindex 50,0 → 40,0 (−10,0) på 30 dagar; 1 av 2 prioriteringar stängda",
    );
    const md = COMPARISON_RENDERERS.markdown(handSv, options);
    expect(md).toContain("**Gapindex 50,0 → 40,0 (−10,0) på 30 dagar; 1 av 2 prioriteringar stängda**");
    expect(md).toContain("## Stängda prioriteringar (1)");
  });

  it("markdown: tables, escaped text", async () => {
    const evil = structuredClone(hand);
    evil.items[0]!.title = "A | *b* <i>";
    evil.priorities.done[0]!.title = "A | *b* <i>";
    const md = COMPARISON_RENDERERS.markdown(evil, options);
    expect(md).toContain("| Gap index | 50.0 | 40.0 | −10.0 |");
    expect(md).toContain("| 2 | A \\| \\*b\\* &lt;i&gt; | 2 | 4 | 4 |");
    expect(md).not.toContain("<i>");
  });

  it("csv: one row per item, BOM and CRLF, ; and decimal comma in Swedish, formula cells neutralised", async () => {
    const evil = structuredClone(hand);
    evil.items[0]!.title = "=HYPERLINK(1)";
    const csv = COMPARISON_RENDERERS.csv(evil, options);
    expect(csv.startsWith("\uFEFFId,Item,Dimension,Status,Before,After,Change,Gap before,Gap after\r\n")).toBe(true);
    const rows = csv.slice(1).split("\r\n").filter(Boolean);
    expect(rows).toHaveLength(1 + hand.items.length);
    expect(rows[1]).toBe("a,'=HYPERLINK(1),D1,closed,2,4,2,0.5,0");
    expect(rows[3]).toBe("c,C?,D2,opened,3,1,-2,0,0.5");
    const sv = COMPARISON_RENDERERS.csv(handSv, options).split("\r\n");
    expect(sv[2]).toBe("b;B?;D1;improved;1;2;1;0,75;0,5");
  });

  it("json: exactly the comparison, byte-identical for the same inputs", async () => {
    const json = COMPARISON_RENDERERS.json(hand, options);
    expect(JSON.parse(json)).toEqual(hand);
    expect(json).toBe(
      COMPARISON_RENDERERS.json(
        compare([
          input(result({ a: 2, b: 1, c: 3, d: 1 }, { date: "2026-01-01T00:00:00Z" }), "before.json"),
          input(result({ a: 4, b: 2, c: 1, d: null }, { date: "2026-01-31T00:00:00Z" }), "after.json"),
        ]),
        options,
      ),
    );
  });

  it("html: self-contained, escaped, overlaid radar, slope chart, and a series chart for three", async () => {
    const evil = structuredClone(hand);
    evil.dimensions[0]!.title = "<script>alert(1)</script>";
    const html = COMPARISON_RENDERERS.html(evil, options);
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(html).not.toMatch(/<script|https?:\/\/|\s(src|href)=/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<svg id="radar"');
    expect(html).toContain('class="target"'); // before, dashed
    expect(html).toContain('class="current"'); // after, solid
    expect(html).toContain('<svg id="slope"');
    expect(html).not.toContain('<svg id="series"');
    const three = compare([
      input(result({ a: 1, b: 1, c: 1 }, { date: "2026-01-01" }), "1"),
      input(result({ a: 2, b: 2, c: 2 }, { date: "2026-02-01" }), "2"),
      input(result({ a: 4, b: 3, c: 3 }, { date: "2026-04-01" }), "3"),
    ]);
    const h3 = COMPARISON_RENDERERS.html(three, options);
    const series = h3.slice(h3.indexOf('<svg id="series"'), h3.indexOf("</svg>", h3.indexOf('<svg id="series"')));
    expect(series.match(/<polyline /g)).toHaveLength(2); // one line per dimension
    expect(series).toContain(">2026-02-01<");
  });
});

// ---------------------------------------------------------------------------------------------
// The command

describe("gapcheck compare on the examples", () => {
  it.each([
    [
      "en",
      "Gap index 30.2 → 16.8 (−13.4) in 30 days; 4 of 18 priorities closed",
      "Priorities closed (4)",
      "✓ AI workflows 1 → 3 (target 3)",
    ],
    [
      "sv",
      "Gapindex 30,2 → 16,8 (−13,4) på 30 dagar; 4 av 18 prioriteringar stängda",
      "Stängda prioriteringar (4)",
      "✓ AI-drivna arbetsflöden 1 → 3 (mål 3)",
    ],
    [
      "nb",
      "Gapindeks 30,2 → 16,8 (−13,4) på 30 dager; 4 av 18 prioriteringer lukket",
      "Lukkede prioriteringer (4)",
      "✓ KI-arbeidsflyter 1 → 3 (mål 3)",
    ],
  ])("prints the sentence, the deltas and the closed priorities in %s", async (lang, sentence, closed, first) => {
    const io = fakeIo(root);
    const code = await main(["compare", "examples/answers.yaml", "examples/day30.yaml", "--lang", lang], io);
    expect(code, io.err()).toBe(0);
    const out = io.out();
    expect(out.split("\n")[0]).toBe(sentence);
    expect(out).toContain(closed);
    expect(out).toContain(first);
    // AI-first (item weights 3, 2, 1.5, 1.5): gap 3.625/8 = 45 % before, 1.125/8 = 14 % after: a change
    // of 31 percentage points; the shown change is the difference of the shown values (30.2 → 16.8 is −13.4).
    expect(out).toContain(`−31 ${{ en: "pp", sv: "p.e.", nb: "%-poeng" }[lang]} ▼█████`);
    expect(io.err()).toBe("");
  });

  it("carries a team result's number of respondents (its panel) into the comparison", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-compare-team-"));
    try {
      const team = join(dir, "team.json");
      expect((await cli(["aggregate", "examples/team", "--json", "-o", team])).status).toBe(0);
      const r = await cli(["compare", team, "examples/day30.yaml", "--json"]);
      expect(r.status, r.stderr).toBe(0);
      const c = JSON.parse(r.stdout) as { before: { respondents?: number }; after: { respondents?: number } };
      expect(c.before.respondents).toBe(10); // examples/team holds ten answers files
      expect(c.after.respondents).toBeUndefined(); // one person's answers
      // A hand-edited count that is no count is left out rather than shown.
      const edited = join(dir, "edited.json");
      writeFileSync(edited, readFileSync(team, "utf8").replace('"respondents": 10', '"respondents": -3'));
      const e = await cli(["compare", edited, "examples/day30.yaml", "--json"]);
      expect((JSON.parse(e.stdout) as { before: { respondents?: number } }).before.respondents, e.stderr).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--fail-on regression exits 1 on the example and 0 with a tolerance that covers it (built binary)", async () => {
    const fail = await cli(["compare", "examples/answers.yaml", "examples/day30.yaml", "--fail-on", "regression"]);
    expect(fail.status).toBe(1);
    expect(fail.stderr).toBe("gapcheck: 1 item fell by a whole level or more: segmentation (+0.28 points)\n");
    // segmentation 2 → 1 against target 2: weight 1 × 1/4 of day 30's Σw 88.5 = 0.28 points.
    expect(fail.stdout.split("\n")[0]).toContain("Gap index 30.2 → 16.8");
    expect(
      (await cli(["compare", "examples/answers.yaml", "examples/day30.yaml", "--fail-on", "regression", "--tolerance", "0.28"])).status,
    ).toBe(0);
    expect(
      (await cli(["compare", "examples/answers.yaml", "examples/day30.yaml", "--fail-on", "regression", "--tolerance", "0.27"])).status,
    ).toBe(1);
    // The other way round the gap index rose by 30.24 − 16.77 = 13.47 points.
    const back = await cli(["compare", "examples/day30.yaml", "examples/answers.yaml", "--fail-on", "regression", "--tolerance", "13.47"]);
    expect(back.stderr).not.toContain("gap index rose");
    const back2 = await cli(["compare", "examples/day30.yaml", "examples/answers.yaml", "--fail-on", "regression", "--tolerance", "13.46"]);
    expect(back2.status).toBe(1);
    expect(back2.stderr).toContain("gapcheck: the gap index rose by 13.47 points, more than --tolerance 13.46\n");
  });

  it("--tolerance outside 0–100 is a usage error", async () => {
    const run = await cli(["compare", "examples/answers.yaml", "examples/day30.yaml", "--tolerance", "-1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("is not a number of points from 0 to 100");
  });

  describe("with saved results", () => {
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "gapcheck-compare-"));
      const save = async (name: string, args: string[]) => {
        const run = await cli(["assess", "--json", ...args]);
        expect(run.status, run.stderr).toBe(0);
        writeFileSync(join(dir, name), run.stdout);
      };
      await save("base.json", ["-a", "examples/answers.yaml"]);
      await save("cmo.json", ["-a", "examples/answers.yaml", "-p", "cmo"]);
      await save("sv.json", ["-a", "examples/day30.yaml", "--lang", "sv"]);
      const other = JSON.parse(readFileSync(join(dir, "base.json"), "utf8"));
      other.rubric.id = "another-rubric";
      writeFileSync(join(dir, "other.json"), JSON.stringify(other));
      const undated = JSON.parse(readFileSync(join(dir, "base.json"), "utf8"));
      delete undated.date;
      writeFileSync(join(dir, "undated.json"), JSON.stringify(undated));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("mixes a result and an answers file, in the latest input's language", async () => {
      const io = fakeIo(root);
      expect(await main(["compare", join(dir, "base.json"), join(dir, "sv.json")], io)).toBe(0);
      expect(io.out().split("\n")[0]).toBe("Gapindex 30,2 → 16,8 (−13,4) på 30 dagar; 4 av 18 prioriteringar stängda");
      const io2 = fakeIo(root);
      expect(await main(["compare", join(dir, "base.json"), "examples/day30.yaml", "--json"], io2)).toBe(0);
      expect(ComparisonSchema.parse(JSON.parse(io2.out())).summary.gapIndex).toEqual({ before: 30.24, after: 16.77, delta: -13.47 });
    });

    it("refuses another rubric id with exit 2, naming both files", async () => {
      const run = await cli(["compare", join(dir, "base.json"), join(dir, "other.json")]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `gapcheck: ${join(dir, "base.json")} is for rubric "marketing-leadership" ` +
          `but ${join(dir, "other.json")} is for rubric "another-rubric";` +
          ` only results of the same rubric can be compared\n`,
      );
      expect(run.stdout).toBe("");
    });

    it("refuses a profile change with exit 2 unless --allow-profile-change", async () => {
      const run = await cli(["compare", join(dir, "base.json"), join(dir, "cmo.json")]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("the targets differ, so the gaps are not comparable");
      const allowed = await cli(["compare", join(dir, "base.json"), join(dir, "cmo.json"), "--allow-profile-change"]);
      expect(allowed.status).toBe(0);
      expect(allowed.stdout).toContain("The profile changed (Marketing manager → Chief Marketing Officer)");
      // -p scores answers files for one profile, so they compare again.
      expect((await cli(["compare", "examples/answers.yaml", "examples/day30.yaml", "-p", "cmo"])).status).toBe(0);
    });

    it("says on stderr when a series is not in date order", async () => {
      const io = fakeIo(root);
      expect(await main(["compare", join(dir, "undated.json"), "examples/answers.yaml", "examples/day30.yaml", "--json"], io)).toBe(0);
      expect(io.err()).toBe("gapcheck: not every input has a date: they are compared in the order given\n");
      expect(JSON.parse(io.out()).series).toHaveLength(3);
      const dated = fakeIo(root);
      expect(await main(["compare", "examples/day30.yaml", join(dir, "base.json"), "examples/answers.yaml", "--json"], dated)).toBe(0);
      expect(dated.err()).toBe("");
      expect(JSON.parse(dated.out()).series.map((p: { date: string }) => p.date)).toEqual([
        "2026-11-22T10:00:00Z",
        "2026-11-22T10:00:00Z",
        "2026-12-22T10:00:00Z",
      ]);
    });

    it("needs two inputs; an unreadable one is exit 2 with its name", async () => {
      const one = await cli(["compare", "examples/answers.yaml"]);
      expect(one.status).toBe(2);
      expect(one.stderr).toContain("compare needs at least two inputs");
      const missing = await cli(["compare", "examples/answers.yaml", join(dir, "nope.json")]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain(`${join(dir, "nope.json")}:1:1 error file-unreadable no such file`);
    });

    it("writes --out and never over an input", async () => {
      const out = join(dir, "cmp.md");
      const io = fakeIo(root);
      expect(
        await compareCommand({
          inputs: ["examples/answers.yaml", "examples/day30.yaml"],
          format: "markdown",
          out,
          pareto: 0.8,
          tolerance: 0,
          io,
        }),
      ).toBe(0);
      expect(readFileSync(out, "utf8")).toContain("# Progress: Modern marketing leadership");
      const over = await cli(["compare", "examples/answers.yaml", join(dir, "base.json"), "-o", join(dir, "base.json")]);
      expect(over.status).toBe(2);
    });
  });

  it("gapcheck schema comparison equals the committed schema, which accepts the output", async () => {
    const printed = (await cli(["schema", "comparison"])).stdout;
    expect(readFileSync(join(root, "schema/comparison.schema.json"), "utf8")).toBe(printed);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(printed));
    const out = JSON.parse(
      (await cli(["compare", "examples/answers.yaml", "examples/day30.yaml", "examples/day30.yaml", "--json"])).stdout,
    );
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The HTML in headless Chromium (as test/render/html.test.ts)

describe("the comparison HTML in headless Chromium", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "gapcheck-compare-html-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("draws the radar, slope and series charts with a non-zero size, and fits a phone", async () => {
    const run = await cli(["compare", "examples/answers.yaml", "examples/day30.yaml", "examples/day30.yaml", "-f", "html", "--lang", "nb"]);
    expect(run.status, run.stderr).toBe(0);
    const script =
      "const sizes = [...document.querySelectorAll('svg')].map(s => { const r = s.getBoundingClientRect();" +
      " return { id: s.id, w: r.width, h: r.height, shapes: s.querySelectorAll('rect,circle,polygon,polyline,line').length }; });" +
      " return { svgs: sizes, scrollWidth: document.documentElement.scrollWidth, innerWidth: document.documentElement.clientWidth };";
    writeFileSync(join(dir, "plain.html"), run.stdout);
    // The desktop page is measured and photographed in one load.
    const png = join(dir, "desktop.png");
    for (const [name, size, shot] of [
      ["desktop", "1200,3000", png],
      ["phone", "390,844", undefined],
    ] as const) {
      const [got] = await inspect<
        [{ svgs: Array<{ id: string; w: number; h: number; shapes: number }>; scrollWidth: number; innerWidth: number }]
      >(`file://${join(dir, "plain.html")}`, size, [script], shot);
      // A phone gets the line charts' small multiples (the wide ones are hidden there).
      for (const id of name === "desktop" ? ["radar", "slope", "series"] : ["radar", "slope-compact", "series-compact"]) {
        const svg = got.svgs.find((s) => s.id === id);
        expect(svg, `${name} svg#${id}`).toBeDefined();
        expect(svg!.w).toBeGreaterThan(200);
        expect(svg!.h).toBeGreaterThan(100);
        expect(svg!.shapes).toBeGreaterThan(10);
      }
      expect(got.scrollWidth, name).toBeLessThanOrEqual(got.innerWidth);
    }
    expect(statSync(png).size).toBeGreaterThan(10_000);
    expect(readFileSync(png).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  });
});
