import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aggregate, GroupingRefused, PanelBuilder, type PanelOptions } from "../../src/aggregate/panel.js";
import { GapcheckError } from "../../src/errors.js";
import type { Answer } from "../../src/scoring/score.js";
import { run } from "../helpers/main.js";
import { handRubric, rubricFrom } from "../helpers/model.js";
import { tempDir } from "../helpers/rubric-fixture.js";

/*
 * Issue 24 points 1-3 (docs/team.md#anonymity): no aggregate output identifies a person. --min-group is at
 * least 3, a --by field that singles people out or that no input has is refused (exit 2), a group
 * figure needs --min-group people of that group who gave a level, n/a items never appear among
 * group differences, and level distributions need --min-group levels. The rules live in the library
 * (PanelBuilder), so `gapcheck serve` has them too; the CLI cases below show what a user sees.
 */

const hand = rubricFrom(handRubric);
const profile = hand.profileById.get("p")!;
const builder = (o: Partial<PanelOptions> = {}) =>
  new PanelBuilder({ rubric: hand, profile, pareto: 0.8, locale: "en", sha256: "x", ...o });
const answers = (levels: Record<string, Answer["level"]>) => new Map(Object.entries(levels).map(([id, level]) => [id, { level }]));

const NAMES_CSV = "Namn,Group,ai-workflows,attribution\r\nAnna Ek,m,1,2\r\nBo Lind,m,3,0\r\nCilla Berg,s,0,4\r\n";

function namesCsv(): string {
  const dir = tempDir();
  writeFileSync(join(dir, "names.csv"), NAMES_CSV);
  return dir;
}

describe("--min-group is at least 3 (1)", () => {
  it.each(["1", "2"])("--min-group %s is a usage error (exit 2) that says why, and prints nobody", async (n) => {
    const r = await run(["aggregate", "names.csv", "--by", "Namn", "--min-group", n], { cwd: namesCsv() });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`does not take '${n}': "${n}" is not a group size; use a whole number from 3 to 1000`);
    expect(r.stderr).not.toMatch(/Anna|Bo Lind|Cilla/);
  });

  it("the library refuses it too, in the result's language", () => {
    expect(() => builder({ minGroup: 2 })).toThrow(GapcheckError);
    expect(() => builder({ minGroup: 1 })).toThrow(
      "--min-group 1: use 3 or more, so that no group's figure is one or two people's answers",
    );
    expect(() => builder({ minGroup: 2.5 })).toThrow(GapcheckError);
    expect(builder({ minGroup: 3 }).result().panel!.minGroup).toBe(3);
  });
});

describe("a --by field that singles people out is refused (1)", () => {
  it("a name column: exit 2, naming why, in en, sv and nb; nobody's name or levels printed", async () => {
    const dir = namesCsv();
    const expected = {
      en:
        "gapcheck: --by Namn: 3 of 3 respondents are alone in their value, so it would single people out (a name or e-mail?); " +
        "group by a field that people share, such as group or role\n",
      sv:
        "gapcheck: --by Namn: 3 av 3 svarande är ensamma om sitt värde, så fältet skulle peka ut enskilda personer " +
        "(ett namn eller en e-postadress?); gruppera efter ett fält som flera delar, t.ex. group eller role\n",
      nb:
        "gapcheck: --by Namn: 3 av 3 respondenter er alene om verdien sin, så feltet ville peke ut enkeltpersoner " +
        "(et navn eller en e-postadresse?); grupper etter et felt som flere deler, f.eks. group eller role\n",
    };
    for (const [lang, message] of Object.entries(expected)) {
      const r = await run(["aggregate", "names.csv", "--by", "Namn", "--lang", lang], { cwd: dir });
      expect(r.status, lang).toBe(2);
      expect(r.stdout, lang).toBe("");
      expect(
        `${r.stderr
          .split("\n")
          .filter((l) => l.startsWith("gapcheck:"))
          .join("\n")}\n`,
        lang,
      ).toBe(message);
    }
  });

  it('a Google Forms export --by "Email Address": exit 2', async () => {
    const r = await run(["aggregate", "examples/team-survey.csv", "--by", "Email Address"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--by Email Address: 10 of 10 respondents are alone in their value, so it would single people out");
    expect(r.stderr).not.toContain("@nordvik.example");
  });

  it("a shared field with a few people alone in theirs is fine (not more than half alone)", () => {
    const b = builder({ by: "group" });
    for (const g of ["m", "m", "m", "s", "x"]) b.add({ answers: answers({ a: 1 }), group: g });
    expect(b.result().panel!.groups.map((g) => g.id)).toEqual(["m"]);
    const split = builder({ by: "group" });
    for (const g of ["m", "m", "s", "x", "y"]) split.add({ answers: answers({ a: 1 }), group: g });
    expect(() => split.result()).toThrow("--by group: 3 of 5 respondents are alone in their value");
  });
});

describe("--by a field no input has (3)", () => {
  it("aggregate examples/team/ --by grupp: exit 2, listing the fields that exist", async () => {
    const r = await run(["aggregate", "examples/team/", "--by", "grupp"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("gapcheck: --by grupp: no input has this field; the fields that exist: group, name, organisation, role\n");
    const sv = await run(["aggregate", "examples/team/", "--by", "grupp", "--lang", "sv"]);
    expect(sv.stderr).toBe("gapcheck: --by grupp: inga indata har det fältet; fälten som finns: group, name, organisation, role\n");
    const nb = await run(["aggregate", "examples/team/", "--by", "grupp", "--lang", "nb"]);
    expect(nb.stderr).toBe("gapcheck: --by grupp: ingen inndata har dette feltet; feltene som finnes: group, name, organisation, role\n");
  });

  it("a survey export lists its columns that are no item", async () => {
    const r = await run(["aggregate", "names.csv", "--by", "Team"], { cwd: namesCsv() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("gapcheck: --by Team: no input has this field; the fields that exist: Group, Namn\n");
  });

  it("the library: no respondent with the field is refused; respondents without fields say so", async () => {
    const none = builder({ by: "group" });
    none.add({ answers: answers({ a: 1 }), fields: [] });
    expect(() => none.result()).toThrow("--by group: no input has this field; the inputs have no respondent fields or extra columns");
    try {
      none.result();
    } catch (err) {
      expect(err).toBeInstanceOf(GroupingRefused);
      expect((err as GroupingRefused).reason).toBe("unknown-field");
    }
    // A caller that cannot list fields (a workshop participant who skipped the group question) is
    // not taken as a missing field: pooled as "other".
    const unknown = builder({ by: "group" });
    for (let i = 0; i < 3; i++) unknown.add({ answers: answers({ a: 1 }) });
    expect(unknown.result().panel!.groups.map((g) => g.id)).toEqual(["other"]);
    await expect(
      aggregate({
        rubric: hand,
        profile,
        pareto: 0.8,
        locale: "en",
        sha256: "x",
        by: "team",
        respondents: [{ answers: answers({ a: 1 }), fields: ["role"] }],
      }),
    ).rejects.toThrow("--by team: no input has this field; the fields that exist: role");
  });
});

describe("a group figure needs --min-group people of that group who gave a level (2)", () => {
  /*
   * Hand rubric: d1 (weight 2) holds a (weight 1) and b (weight 3), target 4; d2 (profile weight 2)
   * holds c (target 3) and d (target 2). Group m: a = 4, 4, 4 and b = 2 from one person only; group
   * s: a = 1, 1, 1 and b = 0, 0, 0.
   */
  function twoGroups() {
    const b = builder({ by: "group" });
    b.add({ answers: answers({ a: 4, b: 2 }), group: "m" });
    b.add({ answers: answers({ a: 4, b: null }), group: "m" });
    b.add({ answers: answers({ a: 4 }), group: "m" });
    for (let i = 0; i < 3; i++) b.add({ answers: answers({ a: 1, b: 0 }), group: "s" });
    return b.result();
  }

  it("no group median for an item only one of its people gave a level to, and no group gap from it", () => {
    const r = twoGroups();
    // a: m 4, s 1 → difference 3. b: m has one level only, so m has no figure and b has no group gap.
    expect(r.panel!.groupGaps).toEqual([{ item: "a", medians: { m: 4, s: 1 }, difference: 3 }]);
  });

  it("the group's indexes and dimension figures leave that item out (by hand)", () => {
    const m = twoGroups().panel!.groups.find((g) => g.id === "m")!;
    // m's answered items: a = 4 only (weight 1·2 = 2): maturity 100 · 2·(4/4) / 2 = 100, gap 0;
    // d1 current = a's level 4, gap 0. With b = 2 counted it would be 62.5, 37.5, 2.5 and 0.375.
    expect(m).toMatchObject({ respondents: 3, maturityIndex: 100, gapIndex: 0 });
    expect(m.dimensions.find((d) => d.id === "d1")).toEqual({ id: "d1", current: 4, gap: 0 });
    const s = twoGroups().panel!.groups.find((g) => g.id === "s")!;
    // s: a = 1 (w 2), b = 0 (w 6): d1 current (1·1 + 3·0)/4 = 0.25, gap (1·0.75 + 3·1)/4 = 0.9375
    expect(s.dimensions.find((d) => d.id === "d1")).toEqual({ id: "d1", current: 0.25, gap: 0.9375 });
  });

  it("an item that is n/a by consensus is never among group differences", () => {
    const b = builder({ by: "group" });
    for (let i = 0; i < 3; i++) b.add({ answers: answers({ a: 2, d: 4 }), group: "m" });
    for (let i = 0; i < 3; i++) b.add({ answers: answers({ a: 2, d: 0 }), group: "s" });
    for (let i = 0; i < 7; i++) b.add({ answers: answers({ a: 2, d: "na" }), group: "t" });
    const r = b.result();
    expect(r.items.find((i) => i.id === "d")!.answer).toBe("na");
    expect(r.panel!.groupGaps).toEqual([]);
  });

  it("examples/team --by group: Sustainability claims (one marketing level, n/a by consensus) is not listed", async () => {
    const r = await run(["aggregate", "examples/team/", "--by", "group", "--json"]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    const items = result.panel.groupGaps.map((g: { item: string }) => g.item);
    expect(items).not.toContain("sustainability-claims");
    for (const g of result.panel.groupGaps) expect(result.items.find((i: { id: string }) => i.id === g.item).answer).not.toBe("na");
    const table = await run(["aggregate", "examples/team/", "--by", "group"]);
    expect(table.stdout).not.toMatch(/Sustainability claims +│ 2 +│ 3/);
  });
});

describe("level distributions and ranges need --min-group levels (docs/team.md#anonymity)", () => {
  it("an item with fewer levels than --min-group has no counts; one with enough has them", () => {
    const b = builder();
    b.add({ answers: answers({ a: 1, b: 2 }) });
    b.add({ answers: answers({ a: 3, b: "na" }) });
    b.add({ answers: answers({ a: 3 }) });
    const items = b.result().panel!.items;
    expect(items.find((i) => i.item === "a")!.counts).toEqual({ "0": 0, "1": 1, "2": 0, "3": 2, "4": 0 });
    expect(items.find((i) => i.item === "b")).toMatchObject({ n: 1, counts: {}, min: null, max: null });
    expect(items.find((i) => i.item === "a")).toMatchObject({ n: 3, min: 1, max: 3 });
  });

  it("two people two levels apart are still a disagreement, shown without their levels or range", async () => {
    const dir = tempDir();
    for (const [name, level] of [
      ["a.yaml", 0],
      ["b.yaml", 4],
    ] as const)
      writeFileSync(join(dir, name), `gapcheck: 1\nrubric: { id: marketing-leadership }\nanswers: { ai-workflows: ${level} }\n`);
    const json = JSON.parse((await run(["aggregate", dir, "--json"])).stdout);
    expect(json.panel.disagreements).toEqual(["ai-workflows"]);
    expect(json.panel.items.find((i: { item: string }) => i.item === "ai-workflows")).toMatchObject({
      n: 2,
      counts: {},
      min: null,
      max: null,
    });
    const table = await run(["aggregate", dir], { env: { COLUMNS: "100" } });
    const row = table.stdout.split("\n").find((l) => l.startsWith("│ AI workflows"))!;
    expect(row).toMatch(/^│ AI workflows +│ 2 +│ 2 +│ – +│ 0\.00 +│ 2\.00 +│ – +│$/);
    const md = await run(["aggregate", dir, "-f", "markdown"]);
    expect(md.stdout).toContain("| AI workflows | 2 | 2 | – | 0.00 | 2.00 | – |");
  });
});
