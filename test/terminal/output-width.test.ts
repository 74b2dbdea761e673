import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/text/wrap.js";
import { root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";
import { tempDir } from "../helpers/rubric-fixture.js";

/*
 * Issue 24.23 (docs/reports.md#the-formats): every command's human output fits the width — the terminal's, else
 * COLUMNS, else 80 — with no word split. stdout here is not a terminal, so COLUMNS decides.
 */

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  const examples = join(root, "examples");
  for (const f of ["answers.yaml", "day30.yaml"]) copyFileSync(join(examples, f), join(dir, f));
  for (const sub of ["team", "candidates"]) {
    mkdirSync(join(dir, sub));
    for (const f of readdirSync(join(examples, sub))) copyFileSync(join(examples, sub, f), join(dir, sub, f));
  }
  writeFileSync(join(dir, "result.json"), (await run(["assess", "-a", "answers.yaml", "--json"], { cwd: dir })).stdout);
});

const COMMANDS: [string, string[]][] = [
  ["assess", ["assess", "-a", "answers.yaml"]],
  ["report", ["report", "result.json"]], // rendered in --lang from the bundled rubric (issue 24.17)
  ["compare", ["compare", "answers.yaml", "day30.yaml"]],
  ["aggregate", ["aggregate", "team", "--by", "group"]],
  ["match", ["match", "answers.yaml", "candidates"]],
  ["match --team", ["match", "answers.yaml", "candidates", "--team", "2"]],
  ["rubrics", ["rubrics"]],
];

/**
 * Words cut by a line break: the last word of a line and the first of the next that together make a
 * word of the same output laid out at 200 columns ("applic" / "able").
 */
function splitWords(narrow: string, wide: string): string[] {
  const words = (text: string) => text.split(/[\s│┃┌┐└┘├┤┬┴┼─]+/).filter((w) => w !== "");
  const known = new Set(words(wide));
  const lines = narrow.split("\n").map(words);
  const splits: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [end, start] = [lines[i]!.at(-1), lines[i + 1]![0]];
    if (end && start && !known.has(end) && known.has(end + start)) splits.push(`${end} / ${start}`);
  }
  return splits;
}

/** "2 not applicable" (and its sv and nb words) cut anywhere: "2" / "not applicable", "2 not" / "applicable". */
function splitCounts(narrow: string, wide: string): string[] {
  const phrases = wide.match(/\d+ (?:not applicable|ej tillämpliga?|ikke relevante?)/g) ?? [];
  const lines = narrow.split("\n");
  return phrases.filter((p) => !lines.some((l) => l.includes(p)));
}

describe.each(["en", "sv", "nb"])("every command's output fits the width, in %s (issue 24.23)", (lang) => {
  it.each(COMMANDS)("%s at 60 and 80 columns", async (_, args) => {
    const argv = [...args, "--lang", lang];
    const wide = (await run(argv, { cwd: dir, env: { COLUMNS: "200" } })).stdout;
    for (const width of [60, 80]) {
      const r = await run(argv, { cwd: dir, env: { COLUMNS: String(width) } });
      expect(r.status, r.stderr).toBe(0);
      const long = r.stdout.split("\n").filter((l) => displayWidth(l) > width);
      expect(long, `${args.join(" ")} at ${width}`).toEqual([]);
      expect(splitWords(r.stdout, wide), `${args.join(" ")} at ${width}`).toEqual([]);
      expect(splitCounts(r.stdout, wide), `${args.join(" ")} at ${width}`).toEqual([]);
    }
  });
});
