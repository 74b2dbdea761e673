import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundled, copy, dir, entryFile, failing, freshHome, invalid, run } from "../helpers/cache-fixtures.js";

/* The compiled-rubric cache (docs/performance.md) changes nothing printed: every command, cold, filling and warm. */

describe("output with and without the cache is byte-identical", () => {
  const out = (name: string) => join(dir, name);
  const commands: string[][] = [
    ["validate"],
    ["validate", copy, failing, invalid],
    ["validate", copy, failing, invalid, "--format", "json", "--lang", "sv"],
    ["validate", failing, invalid, "--format", "github", "--lang", "nb"],
    ["rubrics"],
    ["rubrics", "--json", "--lang", "sv"],
    // assess in JSON only. The cache changes only what loadRubricCached returns (rubric, sha256,
    // findings); the rest of assess is the same code either way, and each renderer is a pure
    // (result, { color, width }) => text that reads neither the rubric nor the cache (src/render/
    // imports only the result's types, i18n and formatting); renderJson is JSON.stringify(result).
    // So a JSON identical cold, first and warm means the same result for every format, and
    // test/render/reports.test.ts ("renders a saved result exactly as assess renders", all five formats) shows
    // each format is a function of that JSON. (A -0 is all JSON hides that fixed() would print; these
    // rubrics hold none.) `report` reads no rubric (src/commands/report.ts), so it has no row.
    ["assess", "-a", "examples/answers.yaml", "-f", "json"],
    ["assess", "-r", copy, "-a", "examples/answers.yaml", "-f", "json", "--lang", "sv"],
    ["assess", "-r", failing, "-a", "examples/answers.yaml", "--json"],
    ["assess", "-r", invalid, "-a", "examples/answers.yaml", "--json", "--lang", "nb"],
    ["assess", "-a", "examples/day30.yaml", "--json", "-o", out("result-OUT.json")],
    ["compare", "examples/answers.yaml", "examples/day30.yaml", "--json"],
    ["compare", "-r", copy, "examples/answers.yaml", "examples/day30.yaml"],
    ["match", "examples/answers.yaml", "examples/candidates/anna-berg-growth.yaml", "examples/candidates/erik-lund-interim.yaml", "--json"],
    ["match", "-r", copy, "examples/answers.yaml", "examples/candidates/maria-nilsen-automation.yaml"],
    ["aggregate", "examples/team", "--json"],
    ["aggregate", "-r", copy, "examples/team-survey.csv", "--json"],
    ["diff", copy, failing],
    ["diff", bundled, invalid],
    ["template", "-r", copy],
    ["schema", "rubric"],
  ];
  const modes: Record<string, NodeJS.ProcessEnv> = { cold: { GAPCHECK_CACHE: "0" }, first: {}, warm: {} };
  const home = freshHome();
  modes.first = { XDG_CACHE_HOME: home };
  modes.warm = { XDG_CACHE_HOME: home };

  it.each(commands.map((c) => [c.join(" "), c]))("%s", async (_name, argv) => {
    const results: Record<string, unknown> = {};
    for (const [mode, env] of Object.entries(modes)) {
      const args = (argv as string[]).map((a) => a.replace("OUT", mode));
      const r = await run(args, env);
      const at = (argv as string[]).findIndex((a) => a.includes("OUT"));
      results[mode] = { ...r, file: at >= 0 ? readFileSync(args[at]!, "utf8") : undefined };
    }
    expect(results.first).toEqual(results.cold);
    expect(results.warm).toEqual(results.cold);
    // Not a vacuous comparison: every command prints something (a clean validate prints only its summary line).
    expect(JSON.stringify(results.cold).length).toBeGreaterThan(60);
  });

  it("the runs above used the cache", () => {
    for (const f of [copy, failing, invalid]) expect(existsSync(entryFile(home, f)), f).toBe(true);
  });
});
