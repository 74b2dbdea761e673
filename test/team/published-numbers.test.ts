import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PanelBuilder } from "../../src/aggregate/panel.js";
import type { Answer } from "../../src/scoring/score.js";
import { run } from "../helpers/main.js";
import { handRubric, rubricFrom } from "../helpers/model.js";
import { MINI_RUBRIC, tempDir } from "../helpers/rubric-fixture.js";

/*
 * Issue 24 points 18-20 and 25: numbers that add up (docs/team.md "as published", docs/reports.md#pages-to-trust "Numbers that
 * add up") and the tests that catch three mutations the suite used to let through.
 */

const hand = rubricFrom(handRubric);
const profile = hand.profileById.get("p")!;
const answers = (levels: Record<string, Answer["level"]>) => new Map(Object.entries(levels).map(([id, level]) => [id, { level }]));

/** A folder of answers files for the bundled rubric, one per entry. */
function team(files: Record<string, number>[]): string {
  const dir = tempDir();
  files.forEach((levels, i) => {
    const body = Object.entries(levels)
      .map(([id, level]) => `  ${id}: ${level}`)
      .join("\n");
    // A comment of its own: files with the same bytes count once.
    const head = `# respondent ${i}\ngapcheck: 1\nrubric: { id: marketing-leadership }\n`;
    writeFileSync(join(dir, `r${i}.yaml`), `${head}answers:\n${body}\n`);
  });
  return dir;
}

describe("rwg thresholds on the published value, ties in rubric order (18)", () => {
  it("eight people at 1 and one at 4: rwg is exactly 0.5 (R's multilevel agrees) and not a disagreement", async () => {
    // mean 4/3, s² = (8·(1/3)² + (8/3)²) / 8 = 1, rwg = 1 − 1/2 = 0.5: not below 0.5.
    const dir = team([...Array.from({ length: 8 }, () => ({ attribution: 1 })), { attribution: 4 }]);
    const r = await run(["aggregate", dir, "--json"]);
    const panel = JSON.parse(r.stdout).panel;
    expect(panel.items.find((i: { item: string }) => i.item === "attribution")).toMatchObject({ n: 9, rwg: 0.5, disagreement: false });
    expect(panel.disagreements).toEqual([]);
  });

  it("equal rwg keeps rubric order: ai-workflows 2/4/4 and attribution 1/1/3 both have rwg 1/3", async () => {
    const dir = team([
      { "ai-workflows": 2, attribution: 1 },
      { "ai-workflows": 4, attribution: 1 },
      { "ai-workflows": 4, attribution: 3 },
    ]);
    const panel = JSON.parse((await run(["aggregate", dir, "--json"])).stdout).panel;
    const rwg = (id: string) => panel.items.find((i: { item: string }) => i.item === id).rwg;
    expect([rwg("ai-workflows"), rwg("attribution")]).toEqual([0.3333, 0.3333]);
    expect(panel.disagreements).toEqual(["ai-workflows", "attribution"]);
  });

  it("the same in the library, in both rubric positions", () => {
    for (const [first, second] of [
      [
        [2, 4, 4],
        [1, 1, 3],
      ],
      [
        [1, 1, 3],
        [2, 4, 4],
      ],
    ]) {
      const b = new PanelBuilder({ rubric: hand, profile, pareto: 0.8, locale: "en", sha256: "x" });
      for (let k = 0; k < 3; k++) b.add({ answers: answers({ a: first![k]!, b: second![k]! }) });
      expect(b.result().panel!.disagreements).toEqual(["a", "b"]);
    }
  });
});

describe("honest words for tiny priority lists (19)", () => {
  const mini = (levels: string, extra: string[] = []) => {
    const dir = tempDir();
    writeFileSync(join(dir, "mini.yaml"), MINI_RUBRIC);
    writeFileSync(join(dir, "a.yaml"), `gapcheck: 1\nrubric: { id: mini, version: 1.0.0 }\nanswers: ${levels}\n`);
    return (format: string, lang = "en") =>
      run(["assess", "-r", "mini.yaml", "-a", "a.yaml", "-f", format, "--lang", lang, ...extra], { cwd: dir });
  };

  it("one gap: says it is the whole gap, never '1 of 1 gaps are needed' or 'the largest holds 100 %'", async () => {
    const once = mini("{ ai-workflows: 1, ai-governance: 3, crm-integration: 2, lead-scoring: 2 }");
    const expected = {
      en: "There is one gap: it is the whole weighted gap.",
      sv: "Det finns ett enda gap: det utgör hela det viktade gapet.",
      nb: "Det er bare ett gap: det utgjør hele det vektede gapet.",
    };
    for (const [lang, sentence] of Object.entries(expected))
      for (const format of ["table", "markdown", "html"]) {
        const out = (await once(format, lang)).stdout;
        expect(out, `${lang} ${format}`).toContain(sentence);
        expect(out, `${lang} ${format}`).not.toMatch(/1 (of|av) 1 gap|(holds|står for|står för) 100 %/);
      }
  });

  it("every gap needed: 'All 2 gaps are needed to reach 80 %', with the largest's share only when fewer are in focus", async () => {
    // ai-workflows 1 (gap 2/4, impact 0.5), ai-governance 2 (gap 1/4, impact 0.25): T 0.75, 80 % needs both.
    const levels = "{ ai-workflows: 1, ai-governance: 2, crm-integration: 2, lead-scoring: 2 }";
    const both = (await mini(levels)("table")).stdout;
    expect(both).toContain("All 2 gaps are needed to reach 80 %.");
    expect(both).not.toMatch(/2 largest hold|spread out/);
    const one = (await mini(levels, ["--focus", "1"])("table")).stdout;
    expect(one).toContain("All 2 gaps are needed to reach 80 %. The largest holds 67 %.");
    expect((await mini(levels)("table", "sv")).stdout).toContain("Alla 2 gap behövs för att nå 80 %.");
    expect((await mini(levels)("table", "nb")).stdout).toContain("Alle de 2 gapene trengs for å nå 80 %.");
  });
});

describe("tests that catch the mutations of issue 24 point 25", () => {
  it("concentrated is selected ≤ 0.3 · candidates: 3 of 10 gaps with --pareto 0.4 is concentrated", async () => {
    // Ten items of weight 1, target 4: three at 0 (impact 1 each) and seven at 2 (0.5 each); T = 6.5.
    // --pareto 0.4 needs 2.6: the first three (3.0) → 3 of 10 selected, 3 ≤ 0.3 · 10, 3/6.5 = 46 %.
    const ids = Array.from({ length: 10 }, (_, i) => `i${i}`);
    const rubric = {
      gapcheck: 1,
      id: "ten",
      version: "1.0.0",
      title: "Ten",
      locales: ["en"],
      scale: { min: 0, max: 4, levels: { 0: "0", 1: "1", 2: "2", 3: "3", 4: "4" } },
      groups: [{ id: "g", title: "G" }],
      dimensions: [{ id: "d", group: "g", title: "D", items: ids.map((id) => ({ id, text: `${id}?`, action: `Do ${id}` })) }],
      profiles: [{ id: "p", title: "P", targets: { d: 4 } }],
      defaultProfile: "p",
    };
    const dir = tempDir();
    writeFileSync(join(dir, "ten.json"), JSON.stringify(rubric));
    const levels = ids.map((id, i) => `${id}: ${i < 3 ? 0 : 2}`).join(", ");
    writeFileSync(join(dir, "a.yaml"), `gapcheck: 1\nrubric: { id: ten }\nanswers: { ${levels} }\n`);
    const json = JSON.parse((await run(["assess", "-r", "ten.json", "-a", "a.yaml", "--pareto", "0.4", "--json"], { cwd: dir })).stdout);
    expect(json.summary.pareto).toMatchObject({ selected: 3, candidates: 10, concentrated: true });
    const table = await run(["assess", "-r", "ten.json", "-a", "a.yaml", "--pareto", "0.4"], { cwd: dir });
    expect(table.stdout).toContain("3 of 10 gaps hold 46 % of the weighted gap.");
  });

  it("regressions[].points is rounded to 2 decimals: 100 · 2 · 0.25 / 12 = 4.1666… → 4.17", async () => {
    // Hand rubric: weights a 1·2 = 2, b 3·2 = 6, c 1·1·2 = 2, d 1·1·2 = 2 (Σ 12). a falls 4 → 3
    // against its target 4: gap 1/4, points 100 · 2 · 0.25 / 12.
    const dir = tempDir();
    writeFileSync(join(dir, "hand.json"), JSON.stringify(handRubric));
    const put = (name: string, a: number) =>
      writeFileSync(join(dir, name), `gapcheck: 1\nrubric: { id: hand }\nanswers: { a: ${a}, b: 4, c: 3, d: 2 }\n`);
    put("before.yaml", 4);
    put("after.yaml", 3);
    const r = await run(["compare", "before.yaml", "after.yaml", "-r", "hand.json", "--json"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).regressions).toEqual([expect.objectContaining({ item: "a", points: 4.17 })]);
    expect(r.stdout).toContain('"points": 4.17');
  });

  it("a survey cell whose number and label disagree ('3 · Leading') is a bad cell, not a 3", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "s.csv"), "ai-workflows,attribution\n3 · Leading,2\n3 · Established,2\n4 · Leading,2\n");
    const r = await run(["aggregate", "s.csv"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('s.csv:2:1 error bad-cell "3 · Leading" is not an answer for "ai-workflows"');
    // The agreeing forms still read.
    writeFileSync(join(dir, "ok.csv"), "ai-workflows\n3 · Established\n4 · Leading\n3 - Established\n");
    const ok = JSON.parse((await run(["aggregate", "ok.csv", "--json"], { cwd: dir })).stdout);
    expect(ok.panel.items.find((i: { item: string }) => i.item === "ai-workflows")).toMatchObject({ n: 3, median: 3 });
  });
});

describe("match --team tells same-named candidates apart (22)", () => {
  it("two candidates called Xena: 'Xena (xena-a.yaml) + Xena (xena-b.yaml)' in every human format", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "mini.yaml"), MINI_RUBRIC);
    const file = (name: string, who: string, levels: string) =>
      writeFileSync(join(dir, name), `gapcheck: 1\nrubric: { id: mini, version: 1.0.0 }\n${who}answers: ${levels}\n`);
    file("org.yaml", "", "{ ai-workflows: 0, ai-governance: 0, crm-integration: 0, lead-scoring: 0 }");
    file("xena-a.yaml", "respondent: { name: Xena }\n", "{ ai-workflows: 3, ai-governance: 3 }");
    file("xena-b.yaml", "respondent: { name: Xena }\n", "{ crm-integration: 2, lead-scoring: 2 }");
    for (const format of ["table", "markdown", "html"]) {
      const r = await run(["match", "org.yaml", "xena-a.yaml", "xena-b.yaml", "-r", "mini.yaml", "--team", "2", "-f", format], {
        cwd: dir,
      });
      expect(r.status, format).toBe(0);
      expect(r.stdout, format).toMatch(/Xena \(xena-[ab]\.yaml\) \+ Xena \(xena-[ab]\.yaml\)/);
      expect(r.stdout, format).not.toContain("Xena + Xena");
    }
  });
});
