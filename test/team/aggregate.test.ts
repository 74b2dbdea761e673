import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PanelBuilder } from "../../src/aggregate/panel.js";
import { levelStats, rwgJ } from "../../src/aggregate/stats.js";
import { aggregate, type AggregateOptions } from "../../src/commands/aggregate.js";
import type { Result } from "../../src/scoring/result.js";
import type { Answer } from "../../src/scoring/score.js";
import { gapcheck, root } from "../helpers/exec.js";
import { fakeIo } from "../helpers/io.js";
import { run as cli } from "../helpers/main.js";
import { handRubric, rubricFrom } from "../helpers/model.js";

const hand = rubricFrom(handRubric);
const profile = hand.profileById.get("p")!;

function builder(options: { by?: string; minGroup?: number } = {}) {
  return new PanelBuilder({ rubric: hand, profile, pareto: 0.8, locale: "en", sha256: "x", ...options });
}
const answers = (levels: Record<string, Answer["level"]>) => new Map(Object.entries(levels).map(([id, level]) => [id, { level }]));

describe("agreement statistics, by hand (levels 0..4, σ² = 2)", () => {
  it("odd count: 1, 2, 3 → median 2, mean 2, s² 1, rwg 0.5, AD_Md 2/3, no disagreement (0.5 is not < 0.5)", () => {
    const s = levelStats([0, 1, 1, 1, 0], 0);
    expect(s).toMatchObject({ n: 3, median: 2, mean: 2, min: 1, max: 3, variance: 1, rwg: 0.5, disagreement: false });
    expect(s.adMedian).toBeCloseTo(2 / 3, 12);
  });
  it("even count: 1, 2 → median 1.5 (mean of the middle two); n = 2 with a range of 1 is no disagreement", () => {
    expect(levelStats([0, 1, 1, 0, 0], 0)).toMatchObject({
      n: 2,
      median: 1.5,
      mean: 1.5,
      variance: 0.5,
      rwg: 0.75,
      adMedian: 0.5,
      disagreement: false,
    });
  });
  it("even count with a gap: 0, 1, 3, 4 → median 2", () => {
    expect(levelStats([1, 1, 0, 1, 1], 0).median).toBe(2);
  });
  it("all equal: rwg 1, AD_Md 0", () => {
    expect(levelStats([0, 0, 5, 0, 0], 0)).toMatchObject({ n: 5, median: 2, variance: 0, rwg: 1, adMedian: 0, disagreement: false });
  });
  it("maximally split 0, 0, 4, 4: s² 16/3 > σ² → rwg 0 (truncated), AD_Md 2, disagreement", () => {
    const s = levelStats([2, 0, 0, 0, 2], 0);
    expect(s.variance).toBeCloseTo(16 / 3, 12);
    expect(s).toMatchObject({ median: 2, rwg: 0, adMedian: 2, disagreement: true });
  });
  it("two respondents two levels apart are a disagreement; one respondent has no rwg", () => {
    expect(levelStats([1, 0, 1, 0, 0], 0).disagreement).toBe(true);
    expect(levelStats([0, 0, 0, 1, 0], 0)).toMatchObject({ n: 1, median: 3, rwg: null, variance: null, adMedian: 0, disagreement: false });
    expect(levelStats([0, 0, 0, 0, 0], 0)).toMatchObject({ n: 0, median: null, mean: null, rwg: null });
  });
  it("rwg(J): variances 1 and 0 → s̄²/σ² = 0.25 → 2·0.75 / (2·0.75 + 0.25) = 6/7; none → null; s̄² ≥ σ² → 0", () => {
    expect(rwgJ([1, 0], 5)).toBeCloseTo(6 / 7, 12);
    expect(rwgJ([], 5)).toBeNull();
    expect(rwgJ([2, 3], 5)).toBe(0);
    expect(rwgJ([0, 0, 0], 5)).toBe(1);
  });
});

describe("the panel", () => {
  it("scores the median consensus, fractional levels included, and counts don't know and n/a", () => {
    const b = builder();
    b.add({ answers: answers({ a: 1, b: 2, c: "na" }) });
    b.add({ answers: answers({ a: 2, b: null, c: "na" }) });
    b.add({ answers: answers({ a: 4, c: 1 }) });
    b.add({ answers: answers({ a: 3, c: "na", d: "na" }) });
    const r = b.result();
    // a: 1, 2, 3, 4 → median 2.5
    expect(r.items.find((i) => i.id === "a")!.answer).toBe(2.5);
    expect(r.items.find((i) => i.id === "b")!.answer).toBe(2);
    // c: 3 of the 4 who answered it said n/a → not applicable; d: 1 n/a of 1 → n/a
    expect(r.items.find((i) => i.id === "c")!.answer).toBe("na");
    expect(r.items.find((i) => i.id === "d")!.answer).toBe("na");
    const pa = r.panel!.items.find((i) => i.item === "a")!;
    expect(pa).toMatchObject({
      n: 4,
      dontKnow: 0,
      notApplicable: 0,
      median: 2.5,
      mean: 2.5,
      min: 1,
      max: 4,
      counts: { "0": 0, "1": 1, "2": 1, "3": 1, "4": 1 },
    });
    // s² = (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3; rwg = 1 − 5/6 = 1/6; AD_Md = (1.5 + 0.5 + 0.5 + 1.5) / 4 = 1
    expect(pa.rwg).toBe(0.1667);
    expect(pa.adMedian).toBe(1);
    expect(pa.disagreement).toBe(true);
    expect(r.panel!.items.find((i) => i.item === "b")).toMatchObject({ n: 1, dontKnow: 3, notApplicable: 0, rwg: null });
    expect(r.panel!.disagreements).toEqual(["a"]);
    expect(r.panel).toMatchObject({ respondents: 4, minGroup: 3, groups: [], groupGaps: [] });
    expect(r.respondent).toBeUndefined();
  });

  it("N/A needs more than half of those who answered: 2 n/a against 2 levels is not n/a", () => {
    const b = builder();
    for (const level of ["na", "na", 1, 3] as const) b.add({ answers: answers({ c: level }) });
    b.add({ answers: answers({}) }); // a don't know does not count towards the majority
    const r = b.result();
    expect(r.items.find((i) => i.id === "c")!.answer).toBe(2);
    expect(r.panel!.items.find((i) => i.item === "c")).toMatchObject({ n: 2, dontKnow: 1, notApplicable: 2 });
  });

  it("groups under the minimum are pooled as other, shown only when the pool reaches it", () => {
    const b = builder({ by: "group", minGroup: 3 });
    for (const level of [4, 4, 4]) b.add({ answers: answers({ a: level }), group: "marketing" });
    b.add({ answers: answers({ a: 1 }), group: "sales" });
    b.add({ answers: answers({ a: 0 }), group: "sales" });
    b.add({ answers: answers({ a: 2 }), group: "it" });
    const r = b.result();
    expect(r.panel!.groups.map((g) => [g.id, g.respondents])).toEqual([
      ["marketing", 3],
      ["other", 3],
    ]);
    expect(r.panel!.groupGaps).toEqual([{ item: "a", medians: { marketing: 4, other: 1 }, difference: 3 }]);
    const small = builder({ by: "group", minGroup: 3 });
    for (const [g, level] of [
      ["marketing", 4],
      ["marketing", 4],
      ["marketing", 4],
      ["sales", 1],
      ["it", 2],
    ] as const)
      small.add({ answers: answers({ a: level }), group: g });
    expect(small.result().panel!.groups.map((g) => g.id)).toEqual(["marketing"]);
    expect(small.result().panel!.groupGaps).toEqual([]);
  });

  it("rwg(J) per dimension from the items with two levels or more", () => {
    const b = builder();
    b.add({ answers: answers({ a: 1, b: 2, c: 3 }) });
    b.add({ answers: answers({ a: 3, b: 2 }) });
    const r = b.result();
    // d1: a has s² 2, b has s² 0 → s̄² = 1, ratio 0.5 → 2·0.5 / (2·0.5 + 0.5) = 2/3; d2: no item with n ≥ 2
    expect(r.panel!.dimensions).toEqual([
      { id: "d1", rwgJ: 0.6667 },
      { id: "d2", rwgJ: null },
    ]);
  });
});

function run(inputs: string[], extra: Partial<AggregateOptions> = {}, cwd = root) {
  const io = fakeIo(cwd);
  const done = aggregate({ inputs, minGroup: 3, format: "json", pareto: 0.8, notes: false, skipInvalid: false, io, ...extra });
  return { io, done };
}

describe("gapcheck aggregate on the example team", () => {
  it("the folder and the Google-Forms export give the same JSON but for the count of files", async () => {
    const a = run(["examples/team/"], { by: "group" });
    const b = run(["examples/team-survey.csv"], { by: "group" });
    expect(await a.done).toBe(0);
    expect(await b.done).toBe(0);
    const ra = JSON.parse(a.io.out()) as Result;
    const rb = JSON.parse(b.io.out()) as Result;
    expect(ra.panel!.files).toBe(10);
    expect(rb.panel!.files).toBe(1);
    rb.panel!.files = 10;
    expect(rb).toEqual(ra);
    // Timestamp and e-mail are a survey tool's columns: one notice, and not a warning about unmatched columns.
    expect(b.io.err()).toContain(
      'examples/team-survey.csv:1:1 notice metadata-columns not questions, never read or shown: "Timestamp", "Email Address"',
    );
    expect(b.io.err()).not.toContain("ignored-columns");
    // the marketing–sales split the example was built with
    expect(ra.panel!.groups.map((g) => [g.id, g.respondents])).toEqual([
      ["marketing", 5],
      ["sales", 5],
    ]);
    expect(ra.panel!.groupGaps.find((g) => g.item === "crm-sales-integration")).toEqual({
      item: "crm-sales-integration",
      medians: { marketing: 3, sales: 1 },
      difference: 2,
    });
    expect(ra.panel!.disagreements).toContain("crm-sales-integration");
    expect(ra.items.find((i) => i.id === "sustainability-claims")!.answer).toBe("na");
  });

  it.each([
    ["en", "Where people disagree", "Where groups differ", "Team: 10 respondents (10 files)"],
    ["sv", "Där åsikterna går isär", "Där grupperna skiljer sig åt", "Team: 10 svarande (10 filer)"],
    ["nb", "Der folk er uenige", "Der gruppene skiller seg", "Team: 10 respondenter (10 filer)"],
  ] as const)("the table in %s shows the team, the disagreements and the group differences", async (lang, disagree, groups, team) => {
    const { io, done } = run(["examples/team"], { by: "group", format: "table", lang });
    expect(await done).toBe(0);
    const out = io.out();
    expect(out).toContain(disagree);
    expect(out).toContain(groups);
    expect(out).toContain(team);
    // The last column names the higher group and by how much (group names are the respondents' own).
    expect(out).toMatch(/CRM.*│ 3 +│ 1 +│ marketing \+2 +│/);
  });

  it("no output format holds a name, an e-mail, a role or a note; notes only with --notes, unattributed", async () => {
    const names = [
      "Anna",
      "Lindqvist",
      "Karin",
      "Dahl",
      "Nora",
      "nordvik.example",
      "Head of Sales",
      "Nordvik Industri",
      "leads arrive without context",
      "sync runs nightly",
    ];
    for (const format of ["table", "json", "markdown", "csv", "html"] as const) {
      for (const input of ["examples/team", "examples/team-survey.csv"]) {
        const { io, done } = run([input], { by: "group", format });
        expect(await done).toBe(0);
        for (const n of names) expect(io.out(), `${format} of ${input} names "${n}"`).not.toContain(n);
      }
      const noted = run(["examples/team"], { by: "group", format, notes: true });
      expect(await noted.done).toBe(0);
      expect(noted.io.out()).toContain(format === "html" ? "leads arrive without context" : "leads arrive without context");
      for (const n of names.slice(0, 8)) expect(noted.io.out()).not.toContain(n);
      // four notes on one item reach --min-group 3; with --min-group 5 none is shown
      const few = run(["examples/team"], { by: "group", format, notes: true, minGroup: 5 });
      expect(await few.done).toBe(0);
      expect(few.io.out()).not.toContain("leads arrive without context");
    }
  });

  it("--by name is refused", async () => {
    await expect(run(["examples/team"], { by: "name" }).done).rejects.toThrow(/names are never shown/);
  });
});

describe("bad input", () => {
  const dir = mkdtempSync(join(tmpdir(), "gapcheck-aggregate-"));
  const team = join(root, "examples/team");
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("a file for another rubric, a bad cell, two columns for one item, a short row, an empty folder: all named, exit 2", async () => {
    const other = write("other.yaml", "gapcheck: 1\nrubric: { id: another }\nanswers: {}\n");
    const bad = write("bad.csv", "Timestamp,ai-workflows,Group\n1,3 · Established,sales\n2,Sometimes,sales\n3\n");
    const twice = write("twice.csv", "ai-workflows,AI workflows [ai-workflows]\n1,2\n");
    mkdirSync(join(dir, "empty"), { recursive: true });
    const r = gapcheck(["aggregate", other, bad, twice, join(dir, "empty"), join(team, "anna-lindqvist.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${other}:2:15 error rubric-mismatch answers are for rubric "another"`);
    expect(r.stderr).toContain(
      `${bad}:3:2 error bad-cell "Sometimes" is not an answer for "ai-workflows";` +
        ` allowed: a level 0–4, a label (Absent, Ad hoc, Defined, Established, Leading), blank for don't ` +
        `know, or n/a`,
    );
    expect(r.stderr).toContain(`${bad}:4:2 error row-too-short row has 1 cells, the header has 3`);
    expect(r.stderr).toContain(
      `${twice}:1:2 error duplicate-column columns "ai-workflows" and "AI workflows [ai-workflows]" ` +
        `both map to item "ai-workflows"; keep one`,
    );
    expect(r.stderr).toContain(
      `${join(dir, "empty")}:1:1 error empty-folder folder has no .yaml, .yml, .json, .csv, .tsv or .xlsx file to read`,
    );
    expect(r.stderr).toMatch(/gapcheck: 5 inputs are invalid; fix them, or pass --skip-invalid to score the rest\n$/);
    expect(r.stdout).toBe("");
  });

  it("--skip-invalid scores the rest and lists what it skipped", async () => {
    const bad = write("skip.csv", "ai-workflows,ai-impact\n3,1\n9,1\n2,2\n");
    const { io, done } = run([bad, join(team, "anna-lindqvist.yaml")], { skipInvalid: true });
    expect(await done).toBe(0);
    expect(JSON.parse(io.out()).panel.respondents).toBe(3);
    expect(io.err()).toContain(`gapcheck: skipped (invalid): ${bad}:3`);
  });

  it("the same file twice is counted once, with a warning", async () => {
    const copy = join(dir, "copy.yaml");
    copyFileSync(join(team, "anna-lindqvist.yaml"), copy);
    const { io, done } = run([join(team, "anna-lindqvist.yaml"), copy, join(team, "karin-dahl.yaml")]);
    expect(await done).toBe(0);
    expect(JSON.parse(io.out()).panel.respondents).toBe(2);
    expect(io.err()).toContain(`${copy}:1:1 warning duplicate-respondent same bytes as ${join(team, "anna-lindqvist.yaml")}; counted once`);
  });

  it("one respondent works and says agreement needs two", async () => {
    const r = await cli(["aggregate", "examples/team/lina-ek.yaml"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("only 1 respondent: the consensus is that person's answers, and agreement needs 2 or more");
    expect(r.stdout).toContain("Agreement needs 2 or more respondents.");
  });

  it("globs expand, sorted", async () => {
    const { io, done } = run(["examples/team/*.yaml"], { by: "group" });
    expect(await done).toBe(0);
    expect(JSON.parse(io.out()).panel.respondents).toBe(10);
    expect(readFileSync(join(root, "examples/team-survey.csv"), "utf8")).toContain("Timestamp");
  });
});

describe("aggregate --focus (docs/team.md): the priorities shown in full, as assess has them", () => {
  it("--focus 2 sets summary.pareto.focus and focusShare to the second priority's cumulative share; 0 is refused", async () => {
    const two = await cli(["aggregate", "examples/team/", "--focus", "2", "--json"]);
    expect(two.status).toBe(0);
    const r = JSON.parse(two.stdout) as Result;
    expect(r.summary.pareto.focus).toBe(2);
    expect(r.summary.pareto.focusShare).toBe(r.priorities[1]!.cumulativeShare);
    const byDefault = JSON.parse((await cli(["aggregate", "examples/team/", "--json"])).stdout) as Result;
    expect(byDefault.summary.pareto.focus).toBe(5);
    const zero = await cli(["aggregate", "examples/team/", "--focus", "0"]);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toContain("option '--focus <n>' does not take '0'");
  });
});
