import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { assess, type AssessOptions } from "../../src/commands/assess.js";
import { diff } from "../../src/commands/diff.js";
import { validate } from "../../src/commands/validate.js";
import { score } from "../../src/scoring/score.js";
import { root } from "../helpers/exec.js";
import { run as cli } from "../helpers/main.js";
import { fakeIo } from "../helpers/io.js";
import { answersOf } from "../helpers/model.js";
import { edit, MINI_RUBRIC, miniRubric, tempDir } from "../helpers/rubric-fixture.js";

/*
 * Issue 10, points 9-13 and part of 16: results never claim more than the data holds, gates never
 * pass on nothing, exit codes and severities are what docs/exit-codes.md and docs/rules.md say, and text from users cannot
 * turn into formulas, markup or extra lines.
 */

const EXAMPLE = join(root, "examples/answers.yaml");

/** MINI_RUBRIC and an answers file for it in a fresh folder. */
function setup(answers: string, rubric = MINI_RUBRIC) {
  const dir = tempDir();
  const r = join(dir, "mini.yaml");
  const a = join(dir, "answers.yaml");
  writeFileSync(r, rubric);
  writeFileSync(a, `gapcheck: 1\nrubric: { id: mini, version: 1.0.0 }\nanswers: ${answers}\n`);
  return { dir, rubric: r, answers: a };
}

async function run(answers: string, extra: Partial<AssessOptions> = {}) {
  const s = setup(answers);
  const io = fakeIo(s.dir);
  const code = await assess({ rubric: s.rubric, answers: s.answers, format: "table", pareto: 0.8, io, ...extra });
  return { code, out: io.out(), err: io.err() };
}

describe("no data, little data (9)", () => {
  it("answers: {} says nothing was answered, in every human format, not 'No gaps'", async () => {
    for (const format of ["table", "markdown", "html"] as const) {
      const r = await run("{}", { format });
      expect(r.code, format).toBe(0);
      expect(r.out, format).toContain("Nothing answered yet: there is no gap to show. Answer at least one item.");
      expect(r.out, format).not.toContain("No gaps");
    }
  });

  it("still says 'No gaps' when answered items are all at their target", async () => {
    const r = await run("{ ai-workflows: 4, ai-governance: 4, crm-integration: 4, lead-scoring: 4 }");
    expect(r.out).toContain("No gaps: every answered item is at or above its target.");
    expect(r.out).not.toContain("Nothing answered");
  });

  it("--fail-above with no answered item exits 2 and says why (a gate with nothing to judge)", async () => {
    const r = await run("{}", { failAbove: 10 });
    expect(r.code).toBe(2);
    expect(r.err).toBe("gapcheck: --fail-above 10: no item is answered, so there is no gap index to judge\n");
    const dontKnow = await run("{ ai-workflows: null }", { failAbove: 10 });
    expect(dontKnow.code).toBe(2);
    // One answered item is enough to judge: the gap index 0 is not above 10.
    expect((await run("{ ai-workflows: 4 }", { failAbove: 10 })).code).toBe(0);
  });

  it("under 60 % answered, table, markdown and html say the result is indicative (N of M)", async () => {
    for (const format of ["table", "markdown", "html"] as const) {
      // 2 of 4 answered = 50 %: indicative. 3 of 4 = 75 %: not.
      const few = await run("{ ai-workflows: 0, crm-integration: 1 }", { format });
      expect(few.out, format).toContain("Indicative only: 2 of 4 items answered (under 60 %).");
      const enough = await run("{ ai-workflows: 0, crm-integration: 1, lead-scoring: 2 }", { format });
      expect(enough.out, format).not.toContain("Indicative");
    }
    const sv = await run("{ ai-workflows: 0 }", { lang: "sv" });
    expect(sv.out).toContain("Endast vägledande: 1 av 4 punkter besvarade (under 60 %).");
    const nb = await run("{ ai-workflows: 0 }", { lang: "nb", format: "markdown" });
    expect(nb.out).toContain("Bare veiledende: 1 av 4 punkter besvart (under 60 %).");
  });

  it("says it in the headline, before the priorities", async () => {
    const table = (await run("{ ai-workflows: 0 }")).out;
    expect(table.indexOf("Indicative only")).toBeGreaterThan(table.indexOf("Answered 1 of 4"));
    expect(table.indexOf("Indicative only")).toBeLessThan(table.indexOf("80/20 priorities"));
    const md = (await run("{ ai-workflows: 0 }", { format: "markdown" })).out;
    expect(md.indexOf("Indicative only")).toBeGreaterThan(md.indexOf("| Maturity index |"));
    expect(md.indexOf("Indicative only")).toBeLessThan(md.indexOf("## 80/20 priorities"));
  });
});

describe("--pareto (10)", () => {
  // MINI_RUBRIC under manager with ai-workflows 0, crm-integration 0 (see FIXTURE_ANSWERS):
  // impacts crm-integration 1, ai-workflows 0.75 (T = 1.75).
  const answers = answersOf({ "ai-workflows": 0, "ai-governance": 3, "crm-integration": 0, "lead-scoring": 2 });
  const rubric = miniRubric();
  const profile = rubric.profileById.get("manager")!;
  const at = (pareto: number) => score({ rubric, profile, answers, pareto, locale: "en", sha256: "" });

  it("never gives an empty list when a gap exists, however small the share", async () => {
    for (const share of [1e-9, 0.00004, 0.05]) {
      const r = at(share);
      expect(
        r.priorities.map((p) => p.item),
        String(share),
      ).toEqual(["crm-integration"]);
      expect(r.summary.pareto.selected).toBe(1);
      expect(r.summary.pareto.impactShare).toBe(0.5714); // 1 / 1.75
    }
    expect(at(1).priorities.map((p) => p.item)).toEqual(["crm-integration", "ai-workflows"]);
  });

  it("stores the threshold as given, not rounded to 0", async () => {
    expect(at(0.00004).summary.pareto.threshold).toBe(0.00004);
    expect(at(0.05).summary.pareto.threshold).toBe(0.05);
  });

  it("accepts 0.05 to 1 on the command line; anything else is a usage error naming the range", async () => {
    for (const ok of ["0.05", "1"]) expect((await cli(["assess", "-a", EXAMPLE, "--json", "--pareto", ok])).status, ok).toBe(0);
    for (const bad of ["0.04", "1e-9", "0", "1.01"]) {
      const r = await cli(["assess", "-a", EXAMPLE, "--pareto", bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr, bad).toContain(`"${bad}" is not a share from 0.05 to 1, e.g. 0.8`);
    }
  });
});

describe("exit codes (11)", () => {
  it("validate of a missing file exits 2 (could not run), one located line", async () => {
    const io = fakeIo(tempDir());
    expect(await validate({ files: ["missing.yaml"], format: "text", strict: false, io })).toBe(2);
    expect(io.out()).toBe("missing.yaml:1:1 error file-unreadable no such file\n");
  });

  it("gapcheck help and gapcheck help assess exit 0 with the help on stdout", async () => {
    const all = await cli(["help"]);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/^Usage: gapcheck/);
    const one = await cli(["help", "assess"]);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/^Usage: gapcheck assess/);
    expect(one.stdout).toContain("--pareto");
  });

  it("-f html --json is a usage error; -f json --json and --json alone are fine", async () => {
    const r = await cli(["assess", "-a", EXAMPLE, "-f", "html", "--json"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("gapcheck: --json and --format html cannot be used together; choose one (see gapcheck --help)\n");
    expect((await cli(["assess", "-a", EXAMPLE, "--format", "json", "--json"])).status).toBe(0);
  });

  it("every command with --json and --format refuses both, before reading any input", async () => {
    for (const argv of [
      ["compare", "a.json", "b.json", "--json", "-f", "markdown"],
      ["match", "org.json", "c.json", "--json", "-f", "csv"],
      ["aggregate", "x.yaml", "--json", "-f", "table"],
    ]) {
      const r = await cli(argv);
      expect(r.status, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^gapcheck: --json and --format (markdown|csv|table) cannot be used together; choose one/);
    }
  });

  it("assess -a - on a terminal says it is reading answers from stdin", async () => {
    const s = setup("{}");
    const yaml = "gapcheck: 1\nrubric: { id: mini, version: 1.0.0 }\nanswers: { ai-workflows: 1 }\n";
    for (const tty of [true, false]) {
      const io = fakeIo(s.dir);
      io.stdin = Object.assign(Readable.from([Buffer.from(yaml)]), { isTTY: tty });
      expect(await assess({ rubric: s.rubric, answers: "-", format: "json", pareto: 0.8, io })).toBe(0);
      expect(io.err()).toBe(tty ? "Reading answers from stdin (end with Ctrl-D) …\n" : "");
    }
  });
});

describe("--strict keeps severities (12)", () => {
  const withWarning = () => {
    const dir = tempDir();
    const file = join(dir, "w.yaml");
    // An unused tag is a warning.
    writeFileSync(
      file,
      edit(
        MINI_RUBRIC,
        "tags:\n  - id: data\n    title: Data maturity\n",
        "tags:\n  - id: data\n    title: Data maturity\n  - id: spare\n    title: Spare\n",
      ),
    );
    return { dir, file };
  };

  it("changes only the exit code: text, json, github and sarif still say warning", async () => {
    const { dir, file } = withWarning();
    for (const format of ["text", "json", "github", "sarif"] as const) {
      const loose = fakeIo(dir);
      expect(await validate({ files: [file], format, strict: false, io: loose }), format).toBe(0);
      const strict = fakeIo(dir);
      expect(await validate({ files: [file], format, strict: true, io: strict }), format).toBe(1);
      expect(strict.out(), format).toBe(loose.out());
    }
    const text = fakeIo(dir);
    await validate({ files: [file], format: "text", strict: true, io: text });
    expect(text.out()).toMatch(/:\d+:\d+ warning unused-tag /);
    const sarif = fakeIo(dir);
    await validate({ files: [file], format: "sarif", strict: true, io: sarif });
    expect(JSON.parse(sarif.out()).runs[0].results.map((r: { level: string }) => r.level)).toEqual(["warning"]);
    const json = fakeIo(dir);
    await validate({ files: [file], format: "json", strict: true, io: json });
    expect(json.out()).toContain('"severity": "warning"');
    expect(json.out()).not.toContain('"severity": "error"');
  });
});

describe("injection and escaping (13)", () => {
  const hostile =
    '{ ai-workflows: { level: 0, note: "=HYPERLINK(\\"http://x\\",\\"click\\")" }' +
    ', ai-governance: { level: 1, note: "-2+3" }, crm-integration: { level: 1, note: "' +
    '<script>alert(1)</script> **bold** [link](http://x) a|b `code`" }' +
    ', lead-scoring: { level: 2, note: "@SUM(A1)" } }';

  it("CSV: text cells that start like a formula get a ' prefix; computed numbers never do", async () => {
    const s = setup(hostile, edit(MINI_RUBRIC, "text: Do you score leads?", "text: +Do you score leads?"));
    const io = fakeIo(s.dir);
    await assess({ rubric: s.rubric, answers: s.answers, format: "csv", pareto: 0.8, io });
    const rows = io
      .out()
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(rows[1]).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(rows[2]).toMatch(/,'-2\+3$/);
    expect(rows[4]).toMatch(/^lead-scoring,'\+Do you score leads\?,CRM,2,2,0,0,4,3,,,,,'@SUM\(A1\)$/);
    for (const row of rows.slice(1, -1)) expect(row.split(",").slice(3, 10).join(","), row).not.toContain("'");
  });

  it("Markdown: notes, names and rubric texts cannot inject HTML, emphasis, links or columns", async () => {
    const s = setup(hostile, edit(MINI_RUBRIC, "title: Mini rubric", "title: <b>Mini</b> _rubric_"));
    const io = fakeIo(s.dir);
    await assess({ rubric: s.rubric, answers: s.answers, format: "markdown", pareto: 0.8, io });
    const md = io.out();
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<b>");
    expect(md).toContain("# &lt;b&gt;Mini&lt;/b&gt; \\_rubric\\_ 1.0.0");
    expect(md).toContain("| &lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\* \\[link\\](http://x) a\\|b \\`code\\` |");
    // The numbers and gapcheck's own table stay as they were.
    expect(md).toContain("| Maturity index | Gap index | Answered |");
  });

  it("a newline in a file name stays inside one escaped line of the message", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a\nb.json"), "{}\n");
    const r = await cli(["report", "a\nb.json"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("gapcheck: a\\nb.json is not a gapcheck result (expected the JSON of gapcheck assess --json)\n");
    const out = await cli(["assess", "-a", EXAMPLE, "-o", "x\ny/r.html"], { cwd: dir });
    expect(out.stderr.trim().split("\n")).toHaveLength(1);
    expect(out.stderr).toContain("cannot write x\\ny/r.html: the folder x\\ny does not exist");
  });
});

describe("diff (16)", () => {
  const rubricFiles = (before: string, after: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, "old.yaml"), before);
    writeFileSync(join(dir, "new.yaml"), after);
    return { dir, old: join(dir, "old.yaml"), new: join(dir, "new.yaml") };
  };
  const run = async (before: string, after: string, format: "text" | "json" | "markdown" = "text") => {
    const f = rubricFiles(before, after);
    const io = fakeIo(f.dir);
    const code = await diff({ old: f.old, new: f.new, format, io });
    return { code, out: io.out() };
  };
  const removed = edit(
    MINI_RUBRIC,
    "      - id: ai-governance\n        text: Is there an AI policy?\n        action: Write an AI policy.\n",
    "",
  );

  it("of identical files says no changes, even with fixtures (the bundled rubric)", async () => {
    expect((await run(MINI_RUBRIC, MINI_RUBRIC)).out).toBe(
      "mini: 1.0.0 → 1.0.0\nNot breaking: answers saved for the old version still load.\nNo changes.\n",
    );
    const bundled = join(root, "rubrics/marketing-leadership.yaml");
    const io = fakeIo(tempDir());
    await diff({ old: bundled, new: bundled, format: "text", io });
    expect(io.out()).toContain("No changes.");
    expect(io.out()).not.toContain("Fixtures scored");
  });

  it("flags a breaking change that keeps the version, in text, markdown and json", async () => {
    const text = await run(MINI_RUBRIC, removed);
    expect(text.out).toContain(
      // Wrapped to 80 columns (issue 24.23), the continuation indented under the text.
      "  ! item ai-governance was removed\n  ! breaking changes, but the version is still 1.0.0: " +
        "raise the version so\n    answers saved for the old one are flagged\n",
    );
    expect((await run(MINI_RUBRIC, removed, "markdown")).out).toContain("the version is still 1.0.0");
    expect(JSON.parse((await run(MINI_RUBRIC, removed, "json")).out).warnings).toEqual([{ kind: "version-unchanged", version: "1.0.0" }]);
  });

  it("does not flag it once the version is raised, nor a non-breaking edit", async () => {
    const raised = edit(removed, "version: 1.0.0", "version: 2.0.0");
    expect((await run(MINI_RUBRIC, raised)).out).not.toContain("version is still");
    expect(JSON.parse((await run(MINI_RUBRIC, raised, "json")).out).warnings).toEqual([]);
    const weight = edit(MINI_RUBRIC, "    weight: 2\n    items:", "    weight: 3\n    items:");
    expect((await run(MINI_RUBRIC, weight)).out).not.toContain("version is still");
  });
});
