import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/text/wrap.js";
import { root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";
import { tempDir } from "../helpers/rubric-fixture.js";

/*
 * Issue 24.23 for the commands test/terminal/output-width.test.ts does not cover: diff, validate, help (of every
 * command), template's Markdown, init and schema, at 60 and 80 columns in en, sv and nb. stdout is not
 * a terminal here, so COLUMNS decides. No line is longer than the width unless it is one unbreakable
 * token (a path, an id); no word is split, and a number stays with the word after it ("2 not
 * applicable", never "2" / "not applicable"). JSON (schema) is data: never wrapped.
 */

const OLD = "test/cases/rubric-2026.1/marketing-leadership.yaml";
const NEW = "rubrics/marketing-leadership.yaml";
const BROKEN = readdirSync(join(root, "test/cases/broken"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => `test/cases/broken/${f}`);
const NAMES = ["assess", "validate", "schema", "report", "diff", "init", "rubrics", "compare", "match", "aggregate", "template", "serve"];

const COMMANDS: [string, string[]][] = [
  ["diff", ["diff", OLD, NEW]],
  ["diff (the other way)", ["diff", NEW, OLD]],
  ["validate", ["validate"]],
  ["help", ["help"]],
  ...NAMES.map((name): [string, string[]] => [`help ${name}`, ["help", name]]),
  ["template -f markdown", ["template", "-f", "markdown"]],
];

/**
 * Every run shares one compiled-rubric cache (docs/performance.md#the-compiled-rubric-cache): each
 * rubric is parsed and checked once, not in each of ~180 runs. The output is the same with or
 * without it (test/rubric/cache-bytes.test.ts); what is tested here is where the lines break.
 */
const CACHE = { XDG_CACHE_HOME: tempDir() };

const words = (text: string) => text.split(/[\s│┃┌┐└┘├┤┬┴┼─]+/).filter((w) => w !== "");

/**
 * Lines wider than `width`, but for one token alone on its line (a path or an id cannot be broken)
 * and a Markdown heading (one line by the format: template's "### 39. Ethical guidelines … `id`").
 */
function tooLong(out: string, width: number): string[] {
  return out.split("\n").filter((l) => displayWidth(l) > width && words(l).length > 1 && !/^#{1,6} /.test(l));
}

/**
 * Words cut by a line break ("applic" / "able"), and numbers cut from the word after them ("2" /
 * "not applicable"): compared with the same output laid out at 200 columns.
 */
function splits(narrow: string, wide: string): string[] {
  const known = new Set(words(wide));
  const lines = narrow.split("\n").map(words);
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [end, start] = [lines[i]!.at(-1), lines[i + 1]![0]];
    if (!end || !start) continue;
    if (!known.has(end) && known.has(end + start)) found.push(`${end} / ${start}`);
    if (/^\d+$/.test(end) && /^\p{L}/u.test(start) && wide.includes(`${end} ${start}`)) found.push(`${end} / ${start}`);
  }
  return found;
}

describe.each(["en", "sv", "nb"])("diff, validate, help, template and init fit the width, in %s (issue 24.23)", (lang) => {
  it.each(COMMANDS)("%s at 60 and 80 columns", async (_, args) => {
    const argv = [...args, "--lang", lang];
    const wide = await run(argv, { env: { ...CACHE, COLUMNS: "200" } });
    for (const width of [60, 80]) {
      const r = await run(argv, { env: { ...CACHE, COLUMNS: String(width) } });
      expect(r.status, r.stderr).toBe(wide.status);
      expect(r.stdout.length + r.stderr.length, "some output").toBeGreaterThan(0);
      expect(tooLong(r.stdout, width), `${args.join(" ")} at ${width}`).toEqual([]);
      expect(tooLong(r.stderr, width), `${args.join(" ")} at ${width}, stderr`).toEqual([]);
      expect(splits(r.stdout, wide.stdout), `${args.join(" ")} at ${width}`).toEqual([]);
      // The words are the same: only where the lines break changes.
      expect(words(r.stdout)).toEqual(words(wide.stdout));
    }
  });

  it("validate: one finding a line at any width (the findings format, README Validation rules); the count fits", async () => {
    const wide = await run(["validate", ...BROKEN, "--lang", lang], { env: { ...CACHE, COLUMNS: "200" } });
    for (const width of [60, 80]) {
      const r = await run(["validate", ...BROKEN, "--lang", lang], { env: { ...CACHE, COLUMNS: String(width) } });
      expect(r.stdout).toBe(wide.stdout);
      for (const line of r.stdout.trimEnd().split("\n"))
        expect(line).toMatch(/^test\/cases\/broken\/[\w.-]+:\d+:\d+ (error|warning) [a-z-]+ /);
      expect(tooLong(r.stderr, width)).toEqual([]);
    }
  });

  it("init: the message on stderr fits, and the command it prints stays on one line", async () => {
    for (const width of [60, 80]) {
      const dir = tempDir();
      const r = await run(["init", "my-rubric.yaml", "--lang", lang], { cwd: dir, env: { ...CACHE, COLUMNS: String(width) } });
      expect(r.status, r.stderr).toBe(0);
      expect(tooLong(r.stderr, width)).toEqual([]);
      expect(r.stderr).toMatch(/\n?gapcheck validate my-rubric\.yaml\n/);
      expect(r.stderr.split("\n").some((l) => l.includes("gapcheck validate my-rubric.yaml"))).toBe(true);
    }
  });
});

describe("schema is JSON: the same at every width", () => {
  it.each(["rubric", "answers", "result", "comparison", "match"])("schema %s", async (name) => {
    const outs = await Promise.all(
      ["60", "80", "200"].map(async (w) => (await run(["schema", name], { env: { ...CACHE, COLUMNS: w } })).stdout),
    );
    expect(outs[0]).toBe(outs[2]);
    expect(outs[1]).toBe(outs[2]);
    expect(JSON.parse(outs[0]!).title).toBe(`gapcheck ${name} (format 1)`);
    expect(readFileSync(join(root, "schema", `${name}.schema.json`), "utf8")).toBe(outs[0]);
  });
});
