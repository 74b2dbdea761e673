import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv2020Module from "ajv/dist/2020.js";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/rule-docs.js";
import { root, type Run } from "../helpers/exec.js";
import { run } from "../helpers/main.js";
import { expectGolden } from "../helpers/golden.js";
import { sarifValidator } from "../helpers/sarif.js";

// A CommonJS package with a `default` that is also the module itself; typings see only the latter.
const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;

const CASES = "test/cases/broken";
const caseFiles = readdirSync(join(root, CASES))
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => `${CASES}/${f}`);
const tmp = () => mkdtempSync(join(tmpdir(), "gapcheck-ci-"));

/** Compares with the golden file; UPDATE_GOLDENS=1 rewrites it (review the diff before committing). */
function golden(name: string, actual: string) {
  expectGolden(join(root, CASES, name), actual);
}

describe("validate over a folder of broken rubrics", () => {
  const runs: Record<string, Run> = {};
  beforeAll(async () => {
    // One compiled-rubric cache for the four runs: the first compiles the 28 files, the others read
    // them (docs/performance.md#the-compiled-rubric-cache). SARIF goes first, cold:
    // test/rubric/cache-bytes.test.ts shows warm output equals cold for validate's text, json and
    // github formats, not for SARIF.
    const env = { XDG_CACHE_HOME: tmp() };
    for (const format of ["sarif", "text", "json", "github"])
      runs[format] = await run(["validate", "--format", format, `${CASES}/*.yaml`], { env });
  });

  it.each(["text", "json", "github", "sarif"])("matches the golden %s output and exits 1", (format) => {
    expect(runs[format]!.status).toBe(1);
    // SARIF names the folder it ran in (%SRCROOT%): the checkout's own path is not part of the golden.
    golden(`expected.${format}`, runs[format]!.stdout.replaceAll(pathToFileURL(root).href.replace(/\/?$/, "/"), "file:///CHECKOUT/"));
  });

  it("has a case for every rubric rule id, and each case triggers its own rule", async () => {
    const notRubricFileRules = new Set(["file-unreadable", "file-too-large", "rubric-mismatch", "rubric-version", "removed-item"]);
    const cases = caseFiles.map((f) => f.slice(CASES.length + 1, -".yaml".length));
    expect(cases.sort()).toEqual(RULE_IDS.filter((id) => !notRubricFileRules.has(id)).sort());
    for (const file of caseFiles) {
      const rule = file.slice(CASES.length + 1, -".yaml".length);
      expect(runs.text!.stdout, file).toMatch(new RegExp(`^${file}:\\d+:\\d+ (error|warning) ${rule} `, "m"));
    }
  });

  it("writes SARIF 2.1.0 that validates against the official schema", async () => {
    const validate = sarifValidator();
    const log = JSON.parse(runs.sarif!.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const rules = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(rules).toEqual(RULE_IDS);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "duplicate-id");
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `${CASES}/duplicate-id.yaml`, uriBaseId: "%SRCROOT%" },
      region: { startLine: 65, startColumn: 13 },
    });
  });

  it("ends the github format with a summary line and escapes annotation data", async () => {
    const lines = runs.github!.stdout.trim().split("\n");
    expect(lines.at(-1)).toMatch(/^::error::\d+ files checked: \d+ errors, \d+ warnings$/);
    expect(lines).toContain(
      `::warning file=${CASES}/unused-tag.yaml,line=36,col=9,title=gapcheck unused-tag::tag "data-maturity" is not used by any item`,
    );
  });

  it("gives a JSON path for every finding", async () => {
    const report = JSON.parse(runs.json!.stdout);
    const dup = report.files.find((f: { file: string }) => f.file.endsWith("duplicate-id.yaml"));
    expect(dup.findings[0]).toMatchObject({ rule: "duplicate-id", path: "dimensions[1].items[0].id", line: 65, col: 13 });
  });

  it("reports a pattern that matches nothing, and a file over 4 MiB", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "big.yaml"), `a: "${"x".repeat(4 * 1024 * 1024)}"\n`);
    const r = await run(["validate", "nothing/*.yaml", join(dir, "big.yaml")]);
    expect(r.status, "an unreadable input: could not run (docs/exit-codes.md#exit-codes)").toBe(2);
    expect(r.stdout).toContain("nothing/*.yaml:1:1 error file-unreadable");
    expect(r.stdout).toContain(`${join(dir, "big.yaml")}:1:1 error file-too-large`);
  });
});

describe("JSON Schemas agree with the zod schemas", () => {
  const schema = (name: string) =>
    new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(root, "schema", `${name}.schema.json`), "utf8")));

  it("accepts the bundled rubric and the example answers", async () => {
    const rubric = schema("rubric");
    expect(rubric(parse(readFileSync(join(root, "rubrics/marketing-leadership.yaml"), "utf8"))), JSON.stringify(rubric.errors)).toBe(true);
    const answers = schema("answers");
    expect(answers(parse(readFileSync(join(root, "examples/answers.yaml"), "utf8"))), JSON.stringify(answers.errors)).toBe(true);
    expect(rubric(parse(readFileSync(join(root, "templates/starter.yaml"), "utf8")))).toBe(true);
  });

  it("accepts a result, and rejects what zod rejects", async () => {
    const result = schema("result");
    const out = JSON.parse((await run(["assess", "-a", "examples/answers.yaml", "--json"])).stdout);
    expect(result(out), JSON.stringify(result.errors)).toBe(true);
    const rubric = schema("rubric");
    const broken = parse(readFileSync(join(root, "templates/starter.yaml"), "utf8"));
    broken.dimensions[0].items[0].efort = 2;
    expect(rubric(broken)).toBe(false);
  });
});

describe("gapcheck diff", () => {
  /** The 2026.1.0 rubric (a frozen copy) with one item renamed, one removed and one target changed, no history. */
  const OLD = "test/cases/rubric-2026.1/marketing-leadership.yaml";
  function edited() {
    const dir = tmp();
    let text = readFileSync(join(root, OLD), "utf8");
    text = text.replace(/^version: .*$/m, "version: 2026.2.0").replaceAll("ai-workflows", "ai-work-flows");
    const start = text.indexOf("      - id: ai-impact");
    const end = text.indexOf("\n  - id: growth");
    text = text.slice(0, start) + text.slice(end + 1);
    text = text.replace(/( {2}- id: cmo[\s\S]*?change-leadership: )4/, "$13");
    writeFileSync(join(dir, "new.yaml"), text);
    return join(dir, "new.yaml");
  }

  it("reports exactly the changes made, and that they break saved answers", async () => {
    const r = await run(["diff", OLD, edited(), "--format", "json"]);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.items).toEqual({
      added: [],
      removed: ["ai-impact"],
      removedDeclared: [],
      renamed: [{ from: "ai-workflows", to: "ai-work-flows", declared: false }],
      moved: [],
    });
    expect(d.targets).toEqual([{ what: "cmo · change-leadership", old: 4, new: 3 }]);
    expect(d.texts).toEqual([]);
    expect(d.weights).toEqual([]);
    expect(d.efforts).toEqual([]);
    expect(d.scale).toEqual([]);
    expect(d.breaking).toEqual([
      { kind: "item-removed", id: "ai-impact" },
      { kind: "item-renamed", old: "ai-workflows", new: "ai-work-flows" },
    ]);
    expect(d.fixtures.map((f: { name: string }) => f.name)).toHaveLength(4);
  });

  it("exits 1 with --fail-on breaking, and renders Markdown for a pull request", async () => {
    const r = await run(["diff", OLD, edited(), "--format", "markdown", "--fail-on", "breaking"]);
    expect(r.status).toBe(1);
    const md = r.stdout;
    expect(md).toContain("### marketing-leadership: 2026.1.0 → 2026.2.0");
    expect(md).toContain("- item ai-impact was removed");
    expect(md).toContain("| cmo · change-leadership | 4 | 3 |");
  });

  it("reports no changes for the same rubric and exits 0 even with --fail-on breaking", async () => {
    const r = await run(["diff", "rubrics/marketing-leadership.yaml", "rubrics/marketing-leadership.yaml", "--fail-on", "breaking"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Not breaking");
    expect(r.stdout).not.toContain("Targets");
  });

  it("exits 2 when a side is not a valid rubric", async () => {
    const r = await run(["diff", "rubrics/marketing-leadership.yaml", `${CASES}/unknown-key.yaml`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown-key");
  });
});

describe("gapcheck init", () => {
  it("writes a starter that validates strictly, and never overwrites", async () => {
    const dir = tmp();
    const r = await run(["init", "x.yaml"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("gapcheck validate x.yaml");
    expect(readFileSync(join(dir, "x.yaml"), "utf8")).toMatch(/^# yaml-language-server: \$schema=/);
    expect((await run(["validate", "--strict", "x.yaml"], { cwd: dir })).status).toBe(0);
    writeFileSync(join(dir, "x.yaml"), "mine");
    const again = await run(["init", "x.yaml"], { cwd: dir });
    expect(again.status).toBe(2);
    expect(readFileSync(join(dir, "x.yaml"), "utf8")).toBe("mine");
  });
});

describe("the docs", () => {
  it("list every rule id (docs/rules.md)", async () => {
    const page = readFileSync(join(root, "docs", "rules.md"), "utf8");
    for (const id of RULE_IDS) expect(page, id).toContain(`\`${id}\``);
  });
});

describe("advice each role accepts, on the example answers (issue 29.2)", () => {
  // The fixtures pin each role's top 5 and "not now"; the 30-day plan is not a fixture field, so the
  // CMO's first quick win is checked here: measuring what AI saves (0 → 2), never a trend radar.
  it("the CMO's first quick win is measured AI gains", async () => {
    const r = await run(["assess", "-a", "examples/answers.yaml", "-p", "cmo", "--json"]);
    expect(r.status, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout).plan as { first30Days: { item: string }[] };
    expect(plan.first30Days.map((e) => e.item)).toEqual(["ai-gains", "strategy-execution", "data-literacy"]);
  });
});
