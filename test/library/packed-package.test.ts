import { execFileSync, type SpawnSyncReturns, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { root } from "../helpers/exec.js";

/*
 * What a user gets from the registry: the packed tarball, installed into an empty project. The test
 * setup built dist/ already; `npm pack --ignore-scripts` packs that build rather than rebuilding it
 * while other test files run the binary. Only the declarations (dist/types, which no other test
 * reads) are emitted here.
 */
/** A build script, imported by URL: they are plain JavaScript without declarations. */
const script = (name: string) => pathToFileURL(join(root, "scripts", name)).href;
let project = "";
let installed = "";
let assessed: SpawnSyncReturns<string> | undefined;

/** `gapcheck assess --answers answers.yaml --json` through the installed bin link, run once for the tests that need it. */
function installedAssess(): SpawnSyncReturns<string> {
  assessed ??= spawnSync(join(project, "node_modules", ".bin", "gapcheck"), ["assess", "--answers", "answers.yaml", "--json"], {
    cwd: project,
    encoding: "utf8",
  });
  return assessed;
}

beforeAll(async () => {
  const { emitDeclarations } = (await import(script("dts.mjs"))) as { emitDeclarations: (config: string) => string[] };
  emitDeclarations(join(root, "tsconfig.build.json"));
  const packDir = mkdtempSync(join(tmpdir(), "gapcheck-pack-"));
  execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", packDir], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = readdirSync(packDir).find((f) => f.endsWith(".tgz"))!;
  project = mkdtempSync(join(tmpdir(), "gapcheck-install-"));
  writeFileSync(join(project, "package.json"), '{ "name": "consumer", "version": "1.0.0", "private": true, "type": "module" }\n');
  // The bundle has no runtime dependencies, so the install needs no network.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", join(packDir, tarball)], {
    cwd: project,
    stdio: ["ignore", "ignore", "inherit"],
  });
  installed = join(project, "node_modules", "gapcheck");
  copyFileSync(join(root, "rubrics", "marketing-leadership.yaml"), join(project, "rubric.yaml"));
  copyFileSync(join(root, "examples", "answers.yaml"), join(project, "answers.yaml"));
  copyFileSync(join(root, "examples", "day30.yaml"), join(project, "day30.yaml"));
  for (const candidate of readdirSync(join(root, "examples", "candidates")))
    copyFileSync(join(root, "examples", "candidates", candidate), join(project, candidate));
}, 300_000);

/** The JavaScript examples of docs/api.md, in page order. */
const libraryExamples = (): string[] =>
  [...readFileSync(join(root, "docs", "api.md"), "utf8").matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe("the packed package", () => {
  it("installs from its tarball and runs validate and assess from there", () => {
    const bin = join(project, "node_modules", ".bin", "gapcheck");
    const validate = spawnSync(bin, ["validate"], { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(validate.stderr).toBe("1 file checked: 0 errors, 0 warnings\n");
    expect(validate.status).toBe(0);

    const assess = installedAssess();
    expect(assess.status).toBe(0);
    expect(JSON.parse(assess.stdout)).toMatchObject({ kind: "result", rubric: { id: "marketing-leadership" } });
  });

  it("runs the library docs' first example with plain node, giving what the CLI gives", () => {
    writeFileSync(join(project, "report.mjs"), libraryExamples()[0]!);
    const run = spawnSync(process.execPath, ["report.mjs"], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // rubric.yaml is a copy of the bundled rubric, so its JSON result is the bundled one's, byte for byte.
    const result = JSON.parse(installedAssess().stdout) as { summary: { gapIndex: number }; priorities: { title: string }[] };
    const [first, ...markdown] = run.stdout.split("\n");
    expect(first).toBe(`gap index ${result.summary.gapIndex}; first priority: ${result.priorities[0]!.title}`);
    const md = spawnSync(
      process.execPath,
      [join(installed, "bin", "gapcheck.js"), "assess", "-a", "answers.yaml", "-r", "rubric.yaml", "-f", "markdown"],
      { cwd: project, encoding: "utf8" },
    );
    expect(markdown.join("\n")).toBe(md.stdout);
  });

  it("runs the library docs' compare and match example, giving what gapcheck compare and match give", () => {
    writeFileSync(join(project, "progress.mjs"), libraryExamples()[1]!);
    const run = spawnSync(process.execPath, ["progress.mjs"], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const cli = (...args: string[]) =>
      spawnSync(join(project, "node_modules", ".bin", "gapcheck"), args, {
        cwd: project,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", COLUMNS: "80" },
      });
    const comparison = JSON.parse(cli("compare", "answers.yaml", "day30.yaml", "--json").stdout) as {
      summary: { gapIndex: { before: number; after: number } };
    };
    const { before, after } = comparison.summary.gapIndex;
    expect(run.stdout.split("\n")[0]).toBe(`gap index ${before} → ${after}; gate passes`);
    expect(run.stdout).toContain(cli("compare", "answers.yaml", "day30.yaml", "-f", "markdown").stdout);
    const candidates = ["anna-berg-growth.yaml", "erik-lund-interim.yaml", "maria-nilsen-automation.yaml"];
    expect(run.stdout).toContain(cli("match", "answers.yaml", ...candidates, "--team", "2", "-f", "markdown").stdout);
  });

  it("has no side effect on import: importing the CLI module prints nothing and leaves the exit code", () => {
    const script =
      `import(${JSON.stringify(join(installed, "dist", "cli.js"))}).then((m) =>` +
      ` { if (typeof m.main !== "function") process.exitCode = 3; });`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: project, encoding: "utf8", input: "" });
    expect(run).toMatchObject({ status: 0, stdout: "", stderr: "" });
    const lib = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", 'import * as g from "gapcheck"; console.log(Object.keys(g).sort().join(","));'],
      { cwd: project, encoding: "utf8" },
    );
    expect(lib.stderr).toBe("");
    expect(lib.stdout.trim().split(",")).toEqual(
      expect.arrayContaining(["loadRubric", "validateRubric", "loadAnswers", "score", "render"]),
    );
  });

  it("gives TypeScript types a consumer's tsc accepts, and that are not `any`", async () => {
    const dir = join(project, "ts");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          // The package's declarations are checked (skipLibCheck off); TypeScript's own lib files are not,
          // and a Node program has no DOM (lib.dom alone was half of this check's time).
          lib: ["ES2022"],
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          // A Node program's own @types/node; the package brings no other type dependency.
          typeRoots: [join(root, "node_modules", "@types")],
          types: ["node"],
        },
        files: ["consumer.ts"],
      }),
    );
    writeFileSync(
      join(dir, "consumer.ts"),
      `import { FORMATS, loadAnswers, loadRubric, render, score, validateRubric, type Answers, type ` +
        `Finding, type FormatName, type RenderSettings, type Result, type Rubric, type ScoreInput }` +
        ` from "gapcheck";

const loaded = await loadRubric("../rubric.yaml");
const findings: Finding[] = loaded.findings;
const line: number = findings[0]?.line ?? 0;
if (loaded.rubric) {
  const rubric: Rubric = loaded.rubric;
  const given = await loadAnswers("../answers.yaml", rubric);
  const file: Answers | undefined = given.file;
  if (given.answers) {
    const input: ScoreInput = { rubric, answers: given.answers, sha256: loaded.sha256, pareto: 0.8 };
    const result: Result = score(input);
    const settings: RenderSettings = { color: false, width: 100 };
    const formats: readonly FormatName[] = FORMATS;
    for (const format of formats) render(result, format, settings);
    const title: string | undefined = result.priorities[0]?.title;
    // @ts-expect-error the maturity index is null when nothing is answered
    const maturity: number = result.summary.maturityIndex;
    // @ts-expect-error pdf is not a format
    render(result, "pdf");
    console.log(title, maturity, file?.rubric.id, line);
  }
}
const checked = validateRubric({ gapcheck: 1 });
// @ts-expect-error findings are objects, not strings
const wrong: string[] = checked.findings;
console.log(wrong);
`,
    );
    // tsc's checker on the consumer and on every declaration of the package it reaches (test/helpers/typecheck.mjs).
    const helper = pathToFileURL(join(root, "test", "helpers", "typecheck.mjs")).href;
    const { typecheck } = (await import(helper)) as {
      typecheck: (tsPath: string, dir: string) => { checked: number; diagnostics: string };
    };
    const tsc = typecheck(join(root, "node_modules", "typescript"), dir);
    expect(tsc.diagnostics).toBe("");
    // Not the consumer alone: the package's declarations were loaded and checked too (24 files today).
    expect(tsc.checked).toBeGreaterThan(10);
  }, 120_000);

  it("ships LICENSE and the licence text of every package in the bundle", async () => {
    expect(readFileSync(join(installed, "LICENSE"), "utf8")).toContain("MIT License\n\nCopyright (c) 2026 gapcheck contributors");
    // Which packages the bundle holds: the list of inputs the build left for this very bundle, or, when
    // there is none (a build from before the list) or it is for another bundle, esbuild asked afresh
    // (nothing written), which bundles all the ~400 inputs again.
    const { buildOptions, bundleInputsFile, bundleHash } = (await import(script("build.mjs"))) as {
      buildOptions: Parameters<typeof build>[0];
      bundleInputsFile: string;
      bundleHash: (dist: string) => string;
    };
    const saved = existsSync(bundleInputsFile)
      ? (JSON.parse(readFileSync(bundleInputsFile, "utf8")) as { bundle: string; inputs: string[] })
      : undefined;
    const inputs =
      saved?.bundle === bundleHash(join(installed, "dist"))
        ? saved.inputs
        : Object.keys(((await build({ ...buildOptions, write: false, metafile: true })) as { metafile: Metafile }).metafile.inputs);
    const dirs = new Set(inputs.flatMap((input) => input.match(/^.*node_modules\/(?:@[^/]+\/)?[^/]+/)?.[0] ?? []));
    expect([...dirs].map((d) => d.split("node_modules/").pop())).toEqual(
      expect.arrayContaining(["commander", "chalk", "zod", "yaml", "cli-table3", "@inquirer/core"]),
    );
    const notices = readFileSync(join(installed, "dist", "THIRD_PARTY_NOTICES.md"), "utf8");
    for (const dir of dirs) {
      const file = readdirSync(join(root, dir)).find((n) => /^(licen[cs]e|copying)/i.test(n));
      expect(file, `${dir} has a licence file`).toBeDefined();
      const text = readFileSync(join(root, dir, file!), "utf8").trim();
      expect(notices.includes(text), `${dir}/${file} is in THIRD_PARTY_NOTICES.md`).toBe(true);
    }
    expect(existsSync(join(installed, "dist", "types", "index.d.ts"))).toBe(true);
  });
});
