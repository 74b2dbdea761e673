import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PanelBuilder } from "../src/aggregate/panel.js";
import type { Answer } from "../src/scoring/score.js";
import { run } from "./helpers/main.js";
import { handRubric, rubricFrom } from "./helpers/model.js";
import { tempDir } from "./helpers/rubric-fixture.js";

/*
 * Issue 24 points 18-20 and 25: numbers that add up (SPEC 9 "as published", SPEC 16 "Numbers that
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
