import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.js";
import { expectNoStack, gapcheck, root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";
import { fakeIo } from "../helpers/io.js";

const EXAMPLE = "examples/answers.yaml";
const tmp = () => mkdtempSync(join(tmpdir(), "gapcheck-cli-"));
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

/*
 * Most cases below call main(argv, io) in-process (helpers/main.ts); this block runs the built
 * binary, for what only a real process shows: the version baked into the bundle and each exit code
 * as bin/gapcheck.js sets it, with stdout and stderr kept apart. Exit 1 for a broken rubric is run
 * through the binary by test/rubric/hostile-input.test.ts (r-alias-bomb, r-control-chars: findings on stdout, the
 * summary on stderr), and a usage error's exit 2 comes from main(), which the in-process cases run.
 */
describe("the built binary, end to end", () => {
  it("prints the version, exit 0", () => {
    expect(gapcheck(["--version"])).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("exits 1 for a failed --fail-above gate: the result on stdout, the reason on stderr", () => {
    const r = gapcheck(["assess", "-a", EXAMPLE, "--json", "--fail-above", "10"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).kind).toBe("result");
    expect(r.stderr).toMatch(/^gapcheck: gap index [\d.]+ is above --fail-above 10/);
  });

  it("exits 2 for an unreadable input, on stderr only, without a stack", () => {
    const missing = gapcheck(["assess", "-a", "nope.yaml"]);
    expect(missing).toMatchObject({ status: 2, stdout: "" });
    expect(missing.stderr).toContain("nope.yaml:1:1 error file-unreadable");
    expectNoStack(missing);
  });
});

describe("gapcheck (no command, help, version, usage errors)", () => {
  it("prints the version", async () => {
    const r = await run(["--version"]);
    expect(r).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("prints help listing every command with its description, exit 0; each command has its own help", async () => {
    const { main } = await import("../../src/cli.js");
    const io = fakeIo(root);
    expect(await main(["--help"], io)).toBe(0);
    const commands = io
      .out()
      .slice(io.out().indexOf("Commands:\n") + 10)
      .split("\n")
      .flatMap((l) => l.match(/^ {2}([a-z]+) /)?.[1] ?? []);
    const descriptions: Record<string, string> = {
      ...Object.fromEntries((["assess", "validate", "schema", "report", "diff", "init", "rubrics"] as const).map((c) => [c, en.help[c]])),
      compare: en.compare.help.command,
      match: en.match.help,
      aggregate: en.team.helpAggregate,
      template: en.team.helpTemplate,
      serve: en.serve.cli.help,
    };
    expect(commands).toEqual([...Object.keys(descriptions), "help"]);
    const flat = io.out().replace(/\s+/g, " ");
    for (const cmd of commands.filter((c) => c !== "help")) {
      const description = descriptions[cmd]!;
      expect(flat, cmd).toContain(description.replace(/\s+/g, " "));
      const own = fakeIo(root);
      expect(await main([cmd, "--help"], own), `${cmd} --help`).toBe(0);
      expect(own.out(), `${cmd} --help`).toMatch(new RegExp(`^Usage: gapcheck ${cmd} `));
      expect(own.out().replace(/\s+/g, " "), `${cmd} --help`).toContain(description.replace(/\s+/g, " "));
      expect(own.err()).toBe("");
    }
  });

  it("exits 2 with one line for an unknown command or option", async () => {
    for (const args of [["bogus"], ["assess", "--bogus"], ["assess", "--format", "xml"], ["schema", "nothing"]]) {
      const r = await run(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/^gapcheck: /);
      expect(r.stdout).toBe("");
    }
  });

  it("refuses a value outside a flag's choices in the user's language, on every command", async () => {
    const day30 = "examples/day30.yaml";
    for (const [args, allowed] of [
      [["assess", "-a", EXAMPLE, "-f", "pdf"], "table, json, markdown, csv, html"],
      [["report", "result.json", "-f", "pdf"], "table, json, markdown, csv, html"],
      [["compare", EXAMPLE, day30, "-f", "pdf"], "table, json, markdown, csv, html"],
      [["compare", EXAMPLE, day30, "--fail-on", "regresion"], "regression"],
      [["match", EXAMPLE, "examples/candidates/anna-berg-growth.yaml", "-f", "pdf"], "table, json, markdown, csv, html"],
      [["aggregate", "examples/team", "-f", "pdf"], "table, json, markdown, csv, html"],
      [["template", "-f", "pdf"], "csv, markdown, html, form, gforms"],
    ] as const) {
      const r = await run([...args, "--lang", "sv"]);
      expect(r.status, args.join(" ")).toBe(2);
      const value = args.at(-1);
      expect(r.stderr, args.join(" ")).toMatch(
        new RegExp(`^gapcheck: flaggan '.+' accepterar inte '${value}'; tillåtet: ${allowed} \\(se gapcheck --help\\)\\n$`),
      );
    }
  });

  it("names the flag and what is allowed for a bad flag value", async () => {
    expect((await run(["assess", "--pareto", "0"])).stderr).toContain("--pareto");
    expect((await run(["assess", "--pareto", "1.5"])).status).toBe(2);
    const r = await run(["assess", "-a", EXAMPLE, "--fail-above", "abc"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--fail-above.*0 to 100/);
  });
});

describe("gapcheck validate", () => {
  it("passes the bundled rubric with nothing on stdout", async () => {
    const r = await run(["validate"]);
    expect(r).toMatchObject({ status: 0, stdout: "" });
    expect(r.stderr).toBe("1 file checked: 0 errors, 0 warnings\n");
  });

  it("passes the bundled rubric under --strict", async () => {
    expect((await run(["validate", "--strict", "rubrics/marketing-leadership.yaml"])).status).toBe(0);
  });

  it("reports every finding of a broken file, located, and exits 1", async () => {
    const dir = tmp();
    const file = join(dir, "broken.yaml");
    const text = readFileSync(join(root, "rubrics/marketing-leadership.yaml"), "utf8")
      .replace("group: competences", "group: competencez")
      .replace("effort: 2", "effort: 9");
    writeFileSync(file, text);
    const r = await run(["validate", file]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    // The schema error stops validation before the cross-reference rules see the unknown group.
    expect(lines).toEqual([`${file}:165:17 error invalid-value must be at most 5`]);
    expect(r.stderr).toBe("1 file checked: 1 error, 0 warnings\n");
    for (const line of lines)
      expect(line).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+ (error|warning) [a-z-]+ .+`));
    expect(r.stdout).toContain("invalid-value");
    expectNoStack(r);
  });

  it("locates a cross-reference error at the offending value", async () => {
    const dir = tmp();
    const file = join(dir, "ref.yaml");
    const lines = readFileSync(join(root, "rubrics/marketing-leadership.yaml"), "utf8").split("\n");
    const at = lines.findIndex((l) => l.includes("group: competences"));
    lines[at] = lines[at]!.replace("competences", "nowhere");
    writeFileSync(file, lines.join("\n"));
    const r = await run(["validate", file]);
    expect(r.status).toBe(1);
    const col = lines[at]!.indexOf("nowhere") + 1;
    expect(r.stdout).toContain(`${file}:${at + 1}:${col} error unknown-group unknown group "nowhere"`);
  });

  it("writes one JSON document with --format json", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.yaml"), "");
    const r = await run(["validate", "--format", "json", join(dir, "empty.yaml"), "rubrics/marketing-leadership.yaml"]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ gapcheck: 1, kind: "validation", errors: 1, warnings: 0 });
    expect(report.files[0].findings[0]).toMatchObject({ rule: "empty-file", severity: "error", line: 1, col: 1, path: "" });
    expect(report.files[1]).toMatchObject({ file: "rubrics/marketing-leadership.yaml", errors: 0, findings: [] });
  });

  it("fails on warnings with --strict, keeping their severity", async () => {
    const dir = tmp();
    const file = join(dir, "w.yaml");
    writeFileSync(
      file,
      readFileSync(join(root, "rubrics/marketing-leadership.yaml"), "utf8").replace(
        "locales: [ en, sv, nb ]",
        "locales: [ en, sv, nb, da ]",
      ),
    );
    const loose = await run(["validate", file]);
    expect(loose.status).toBe(0);
    expect(loose.stdout).toContain("warning missing-translation text missing for locale da");
    const strict = await run(["validate", "--strict", file]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain("warning missing-translation");
  });

  it("reports a missing file as one located line, exit 2 (docs/exit-codes.md#exit-codes: could not run)", async () => {
    const r = await run(["validate", "nope.yaml"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("nope.yaml:1:1 error file-unreadable no such file\n");
  });
});

describe("gapcheck assess --answers", () => {
  it("prints exactly one JSON result on stdout and nothing on stderr", async () => {
    const r = await run(["assess", "--answers", EXAMPLE, "--json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({
      gapcheck: 1,
      kind: "result",
      locale: "en",
      profile: { id: "marketing-manager" },
      rubric: { id: "marketing-leadership" },
    });
    expect(result.rubric.sha256).toMatch(/^[0-9a-f]{64}$/);
    // examples/answers.yaml under the marketing manager: 18 of its 36 gaps reach 80 % of the weighted gap
    // (the 18th brings the running sum to 80.33 %). The 5 largest: AI workflows 3 × 1.5 × 2/4 = 2.25,
    // attribution 3 × 1.5 × 2/4 = 2.25, campaign lead time 1.5 × 1.5 × 3/4 = 1.6875, AI gains 2 × 1.5 ×
    // 2/4 = 1.5 and data-literacy 2 × 1.5 × 2/4 = 1.5: 9.1875 of the total 26.53125 (gap index 30.24 ×
    // Σw 87.75 / 100) = 34.63 %. Spread out: 18 > 0.3 × 36.
    expect(result.summary.pareto).toEqual({
      threshold: 0.8,
      selected: 18,
      candidates: 36,
      impactShare: 0.8033,
      focus: 5,
      focusShare: 0.3463,
      concentrated: false,
    });
    expect(result.priorities).toHaveLength(18);
    expect(r.stdout.trim().startsWith("{") && r.stdout.trim().endsWith("}")).toBe(true);
  });

  it("gives byte-identical JSON from a file and from stdin", async () => {
    const fromFile = (await run(["assess", "-a", EXAMPLE, "-f", "json"])).stdout;
    const fromStdin = (await run(["assess", "-a", "-", "-f", "json"], { input: readFileSync(join(root, EXAMPLE), "utf8") })).stdout;
    expect(fromStdin).toBe(fromFile);
    expect(fromFile).not.toContain(root);
  });

  it("prints the table with dimensions, the 80/20 line and the unknowns", async () => {
    const r = await run(["assess", "-a", EXAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Modern marketing leadership");
    expect(r.stdout.replace(/\n/g, " ")).toMatch(
      /The gap is spread out: \d+ of \d+ gaps are needed to reach 80\s%\. The 5 largest hold \d+ %\./,
    );
    expect(r.stdout).toContain("Unknowns to find out first");
    expect(r.stdout).toContain("Towards Industry 5.0");
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
    for (const line of r.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("colours only when forced", async () => {
    const r = await run(["assess", "-a", EXAMPLE], { env: { FORCE_COLOR: "1", NO_COLOR: undefined } });
    expect(r.stdout).toMatch(/\u001b\[/);
    expect((await run(["assess", "-a", EXAMPLE, "--no-color"], { env: { FORCE_COLOR: "1", NO_COLOR: undefined } })).stdout).not.toMatch(
      /\u001b\[/,
    );
  });

  it("uses --profile over the answers file's profile", async () => {
    const r = await run(["assess", "-a", EXAMPLE, "--json", "--profile", "cmo"]);
    expect(JSON.parse(r.stdout).profile.id).toBe("cmo");
  });

  it("exits 2 naming the allowed profiles for an unknown one", async () => {
    const r = await run(["assess", "-a", EXAMPLE, "--profile", "ceo"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--profile: no profile "ceo" in this rubric; choose one of: cmo, marketing-manager, generalist, interim');
  });

  it("exits 1 with --fail-above when the gap index is higher, 0 otherwise", async () => {
    const high = await run(["assess", "-a", EXAMPLE, "--json", "--fail-above", "10"]);
    expect(high.status).toBe(1);
    expect(JSON.parse(high.stdout).kind).toBe("result");
    expect(high.stderr).toMatch(/gap index [\d.]+ is above --fail-above 10/);
    expect((await run(["assess", "-a", EXAMPLE, "--json", "--fail-above", "99"])).status).toBe(0);
  });

  it("exits 2 with located lines for a bad answers file", async () => {
    const dir = tmp();
    const file = join(dir, "a.yaml");
    writeFileSync(file, "gapcheck: 1\nrubric: { id: marketing-leadership }\nanswers:\n  ai-workflows: 7\n  no-such-item: 1\n");
    const r = await run(["assess", "-a", file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${file}:4:17 error level-out-of-scale answer for "ai-workflows" must be an integer 0..4`);
    expect(r.stderr).toContain(`${file}:5:3 error unknown-item no item "no-such-item" in this rubric`);
    expectNoStack(r);
  });

  it("exits 2 for answers made for another rubric, and warns for another version", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "other.yaml"), "gapcheck: 1\nrubric: { id: other }\nanswers: {}\n");
    const other = await run(["assess", "-a", join(dir, "other.yaml")]);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain("rubric-mismatch");
    writeFileSync(
      join(dir, "old.yaml"),
      "gapcheck: 1\nrubric: { id: marketing-leadership, version: 2025.1.0 }\nanswers: { ai-workflows: 2 }\n",
    );
    const old = await run(["assess", "-a", join(dir, "old.yaml"), "--json"]);
    expect(old.status).toBe(0);
    expect(old.stderr).toContain("warning rubric-version");
    expect(JSON.parse(old.stdout).summary.answered).toBe(1);
  });

  it("exits 2 for an invalid rubric given with --rubric", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.yaml"), "gapcheck: 1\nid: x\n");
    const r = await run(["assess", "-r", join(dir, "r.yaml"), "-a", EXAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/r\.yaml:1:1 error missing-field missing required field "version"/);
  });

  it("writes --out atomically and refuses to write over an input", async () => {
    const dir = tmp();
    const answers = join(dir, "answers.yaml");
    const original = readFileSync(join(root, EXAMPLE), "utf8");
    writeFileSync(answers, original);
    const ok = await run(["assess", "-a", answers, "--json", "-o", join(dir, "result.json")]);
    expect(ok).toMatchObject({ status: 0, stdout: "" });
    expect(JSON.parse(readFileSync(join(dir, "result.json"), "utf8")).kind).toBe("result");
    const clash = await run(["assess", "-a", answers, "--json", "-o", answers]);
    expect(clash.status).toBe(2);
    expect(clash.stderr).toContain("--out");
    expect(readFileSync(answers, "utf8")).toBe(original);
  });

  it("exits 2 at once without a terminal and without --answers", async () => {
    const r = await run(["assess"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--answers");
    expect(r.stdout).toBe("");
  });
});

describe("gapcheck schema and rubrics", () => {
  it("prints a JSON Schema for each format", async () => {
    for (const name of ["rubric", "answers", "result"]) {
      const r = await run(["schema", name]);
      expect(r.status).toBe(0);
      const schema = JSON.parse(r.stdout);
      expect(schema.$schema).toContain("json-schema.org");
      expect(schema.type).toBe("object");
    }
    expect(JSON.parse((await run(["schema", "rubric"])).stdout).required).toEqual(
      expect.arrayContaining(["gapcheck", "id", "dimensions", "profiles"]),
    );
  });

  it("lists the bundled rubrics with their profiles", async () => {
    const text = await run(["rubrics"]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("marketing-leadership");
    expect(text.stdout).toContain("marketing-manager (default)");
    const json = JSON.parse((await run(["rubrics", "--json"])).stdout);
    expect(json[0].profiles.map((p: { id: string }) => p.id)).toEqual(["cmo", "marketing-manager", "generalist", "interim"]);
  });
});

describe("committed JSON Schemas", () => {
  it("equal what `gapcheck schema` prints (run `npm run schemas` after a format change)", async () => {
    for (const name of ["rubric", "answers", "result"]) {
      expect(readFileSync(join(root, "schema", `${name}.schema.json`), "utf8"), name).toBe((await run(["schema", name])).stdout);
    }
  });
});

describe("option lists in cli.ts", () => {
  // cli.ts keeps its own lists so that start-up does not load the renderers; they must not drift.
  it("offer exactly the formats the registries have", async () => {
    const { FORMATS } = await import("../../src/render/result/index.js");
    const { FINDINGS_FORMATS } = await import("../../src/render/findings/index.js");
    const { DIFF_RENDERERS } = await import("../../src/render/diff/index.js");
    const choices = async (args: string[], flag: string) => {
      const help = (await run([...args, "--help"])).stdout.replace(/\s+/g, " ");
      const m = help.match(new RegExp(`${flag} <format>.*?\\(choices: ([^)]*?)(, default|\\))`));
      return m![1]!.split(", ").map((s) => JSON.parse(s) as string);
    };
    expect(await choices(["assess"], "--format")).toEqual(FORMATS);
    expect(await choices(["report"], "--format")).toEqual(FORMATS);
    expect(await choices(["validate"], "--format")).toEqual(FINDINGS_FORMATS);
    expect(await choices(["diff"], "--format")).toEqual(Object.keys(DIFF_RENDERERS));
  });
});
