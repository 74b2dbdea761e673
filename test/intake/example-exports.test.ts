import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Result } from "../../src/scoring/result.js";
import { root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";
import { bundledRubric } from "../helpers/rubric-fixture.js";
import { exampleTeam, microsoftFormsXlsx, qualtrics, surveyMonkey, swedishExcel, windows1252 } from "../helpers/team-exports.js";

/*
 * examples/exports/: the example team (examples/team/) as the survey tools export it, shown in
 * docs/collecting-answers.md. Each file aggregates to the same result as the folder. The files are
 * written by test/helpers/team-exports.ts: GAPCHECK_WRITE_EXAMPLES=1 writes them again.
 */
const EXPORTS = ["microsoft-forms.xlsx", "surveymonkey.csv", "qualtrics.csv", "excel-sv-windows-1252.csv"] as const;
const folder = join(root, "examples/exports");

if (process.env.GAPCHECK_WRITE_EXAMPLES === "1") {
  const rubric = await bundledRubric();
  const team = exampleTeam();
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "microsoft-forms.xlsx"), await microsoftFormsXlsx(rubric, team, "en"));
  writeFileSync(join(folder, "surveymonkey.csv"), surveyMonkey(rubric, team, "en"));
  writeFileSync(join(folder, "qualtrics.csv"), qualtrics(rubric, team, "en"));
  writeFileSync(join(folder, "excel-sv-windows-1252.csv"), windows1252(swedishExcel(rubric, team)));
}

describe("examples/exports", () => {
  it.each(EXPORTS)("%s aggregates to the same result as examples/team/", async (name) => {
    expect(existsSync(join(folder, name))).toBe(true);
    const team = await run(["aggregate", "examples/team/", "--by", "group", "--json"]);
    const file = await run(["aggregate", `examples/exports/${name}`, "--by", "group", "--json"]);
    expect(file.status).toBe(0);
    const a = JSON.parse(team.stdout) as Result;
    const b = JSON.parse(file.stdout) as Result;
    // the same result but for the number of files it came from
    expect(b.panel!.files).toBe(1);
    b.panel!.files = a.panel!.files;
    expect(b).toEqual(a);
  });
});
