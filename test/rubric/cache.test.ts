import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bundled,
  dir,
  entryFile,
  freshHome,
  run,
  sha,
  small,
  smallAnswers,
  smallFailing,
  smallInvalid,
  version,
} from "../helpers/cache-fixtures.js";
import { bin, root } from "../helpers/exec.js";

/*
 * The compiled-rubric cache (docs/performance.md#the-compiled-rubric-cache): entries are used, anything wrong with one is ignored and
 * rebuilt, a cache folder that cannot be used is skipped, and no entry changes what is printed
 * (that last in test/rubric/cache-bytes.test.ts, a file of its own so that the two halves run side by side).
 * Every test has its own XDG_CACHE_HOME under the system's temporary folder, never the real home.
 * The external rubrics are made from the starter template: what is cached, and when, does not depend
 * on a rubric's size, and each cold load of a 211 KB copy of the bundled rubric cost a few tenths of a
 * core-second (the bundled rubric's own test reads the precompiled entry, which costs little).
 */

describe("the compiled-rubric cache", () => {
  it("writes an entry for a rubric outside the package and reads it on the next run", async () => {
    const home = freshHome();
    const first = await run(["validate", small], { XDG_CACHE_HOME: home });
    expect(first.code).toBe(0);
    const file = entryFile(home, small);
    const entry = JSON.parse(readFileSync(file, "utf8"));
    expect(entry).toMatchObject({ format: 1, gapcheck: version, sha256: sha(small), findings: { en: [] } });
    expect(entry.data.title.en).toBe("My marketing rubric (copy)");
    expect(entry.data.dimensions.length).toBe(2);

    // A planted finding in the entry shows up: the second run read the entry, not the YAML.
    entry.findings.en = [{ file: "x", line: 7, col: 3, severity: "warning", rule: "planted", message: "from the cache", path: [] }];
    writeFileSync(file, JSON.stringify(entry));
    const warm = await run(["validate", small], { XDG_CACHE_HOME: home });
    expect(warm.out).toContain(`${small}:7:3 warning planted from the cache`);

    // --no-cache (before or after the command) and GAPCHECK_CACHE=0 do not read it.
    for (const [argv, env] of [
      [["validate", small, "--no-cache"], { XDG_CACHE_HOME: home }],
      [["--no-cache", "validate", small], { XDG_CACHE_HOME: home }],
      [["validate", small], { XDG_CACHE_HOME: home, GAPCHECK_CACHE: "0" }],
    ] as const) {
      const r = await run([...argv], env);
      expect(r.out).toBe(first.out);
      expect(r.out).not.toContain("planted");
    }
  });

  it("--no-cache and GAPCHECK_CACHE=0 write nothing", async () => {
    const home = freshHome();
    await run(["validate", small, "--no-cache"], { XDG_CACHE_HOME: home });
    await run(["assess", "-r", small, "-a", smallAnswers, "--json"], { XDG_CACHE_HOME: home, GAPCHECK_CACHE: "0" });
    expect(readdirSync(home)).toEqual([]);
  });

  it("lives in $XDG_CACHE_HOME/gapcheck, else ~/.cache/gapcheck (a relative XDG_CACHE_HOME is ignored)", async () => {
    const home = freshHome();
    await run(["validate", small], { HOME: home, XDG_CACHE_HOME: "relative/cache" });
    expect(existsSync(join(home, ".cache", "gapcheck", `rubric-${version}-${sha(small)}.json`))).toBe(true);
    expect(existsSync(join(root, "relative"))).toBe(false);
  });

  it("keeps the findings of each language: another language is compiled and added to the entry", async () => {
    const home = freshHome();
    const en = await run(["validate", smallInvalid], { XDG_CACHE_HOME: home });
    const sv = await run(["validate", smallInvalid, "--lang", "sv"], { XDG_CACHE_HOME: home });
    expect(en.code).toBe(1);
    expect(sv.out).not.toBe(en.out);
    const entry = JSON.parse(readFileSync(entryFile(home, smallInvalid), "utf8"));
    expect(Object.keys(entry.findings).sort()).toEqual(["en", "sv"]);
    expect(entry.data).toBeNull();
    expect((await run(["validate", smallInvalid, "--lang", "sv"], { XDG_CACHE_HOME: home })).out).toBe(sv.out);
  });

  // What validate of the small rubric prints without any cache: the same for every broken entry below, so run once.
  let uncached: Awaited<ReturnType<typeof run>> | undefined;
  const uncachedValidate = async () => {
    uncached ??= await run(["validate", small], { GAPCHECK_CACHE: "0" });
    return uncached;
  };
  const planted = (over: Record<string, unknown>) => {
    const entry = {
      format: 1,
      gapcheck: version,
      sha256: sha(small),
      data: null,
      findings: { en: [{ file: "x", line: 1, col: 1, severity: "error", rule: "planted", message: "bad", path: [] }] },
    };
    return JSON.stringify({ ...entry, ...over });
  };
  it.each([
    ["corrupt", () => "{not json"],
    ["truncated", () => planted({}).slice(0, 60)],
    ["empty", () => ""],
    ["of another gapcheck version", () => planted({ gapcheck: "0.0.0-other" })],
    ["for other bytes", () => planted({ sha256: "0".repeat(64) })],
    ["of another format", () => planted({ format: 99 })],
    ["not an object", () => "[1, 2]"],
  ])("an entry that is %s is ignored and rebuilt", async (_what, content) => {
    const home = freshHome();
    const reference = await uncachedValidate();
    mkdirSync(join(home, "gapcheck"));
    writeFileSync(entryFile(home, small), content());
    const r = await run(["validate", small], { XDG_CACHE_HOME: home });
    expect(r).toEqual(reference);
    const rebuilt = JSON.parse(readFileSync(entryFile(home, small), "utf8"));
    expect(rebuilt).toMatchObject({ format: 1, gapcheck: version, sha256: sha(small), findings: { en: [] } });
    expect(rebuilt.data.id).toBe("my-rubric");
  });

  it("a cache folder that is a file, or under a file, or read-only, is skipped without a word", async () => {
    const reference = await run(["assess", "-r", small, "-a", smallAnswers, "--json"], { GAPCHECK_CACHE: "0" });
    const asFile = freshHome();
    writeFileSync(join(asFile, "gapcheck"), "not a folder");
    const underFile = join(freshHome(), "file");
    writeFileSync(underFile, "");
    const readOnly = freshHome();
    mkdirSync(join(readOnly, "gapcheck"));
    chmodSync(join(readOnly, "gapcheck"), 0o555);
    for (const home of [asFile, underFile, readOnly]) {
      expect(await run(["assess", "-r", small, "-a", smallAnswers, "--json"], { XDG_CACHE_HOME: home })).toEqual(reference);
    }
    expect(readFileSync(join(asFile, "gapcheck"), "utf8")).toBe("not a folder");
    chmodSync(join(readOnly, "gapcheck"), 0o755);
  });

  it("assess takes the fixture results from the entry: it does not run the fixtures again", async () => {
    const home = freshHome();
    const cold = await run(["assess", "-r", smallFailing, "-a", smallAnswers, "--json"], { XDG_CACHE_HOME: home });
    expect(cold.code).toBe(2);
    expect(cold.err).toContain("fixture-failed");
    // The entry says the fixtures passed: a warm assess believes it (validate's job is to run them).
    const file = entryFile(home, smallFailing);
    const entry = JSON.parse(readFileSync(file, "utf8"));
    expect(entry.data).not.toBeNull();
    entry.findings.en = [];
    writeFileSync(file, JSON.stringify(entry));
    const warm = await run(["assess", "-r", smallFailing, "-a", smallAnswers, "--json"], { XDG_CACHE_HOME: home });
    expect(warm.code).toBe(0);
  });

  it("the bundled rubric is compiled into the package: nothing is written to the user cache", async () => {
    expect(existsSync(join(root, "dist/rubrics/marketing-leadership.json"))).toBe(true);
    const entry = JSON.parse(readFileSync(join(root, "dist/rubrics/marketing-leadership.json"), "utf8"));
    expect(entry).toMatchObject({ format: 1, gapcheck: version, sha256: sha(bundled), findings: { en: [], sv: [], nb: [] } });
    const home = freshHome();
    expect((await run(["assess", "-a", "examples/answers.yaml", "--json"], { XDG_CACHE_HOME: home })).code).toBe(0);
    expect((await run(["validate"], { XDG_CACHE_HOME: home })).code).toBe(0);
    expect(readdirSync(home)).toEqual([]);
  });

  it("a warm validate loads neither the YAML parser nor zod; assess loads no zod, CSV reader or other language (the built binary)", () => {
    const log = join(dir, "loaded.txt");
    const builtins = join(dir, "builtins.txt");
    const hook = join(dir, "trace.mjs");
    const loader =
      `export async function load(url, ctx, next) { if (url.startsWith("file:")) (await ` +
      `import("node:fs")).appendFileSync(${JSON.stringify(log)}, url + "\\n"); return next(url, ctx);` +
      ` }`;
    writeFileSync(
      hook,
      `import { register } from "node:module";\nimport { writeFileSync } from "node:fs";\n` +
        `register("data:text/javascript," + encodeURIComponent(${JSON.stringify(loader)}));\n` +
        // Node's own modules (node:tty, node:child_process…) loaded by the time the process ends.
        `process.on("exit", () => writeFileSync(${JSON.stringify(builtins)}, process.moduleLoadList.join("\\n")));\n`,
    );
    const env = { ...process.env, NO_COLOR: "1", XDG_CACHE_HOME: freshHome() };
    const loaded = (args: string[], status = 0) => {
      writeFileSync(log, "");
      const r = spawnSync(process.execPath, ["--import", hook, bin, ...args], { cwd: root, env, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(status);
      const files = readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .filter((u) => u.includes("/dist/"));
      expect(files.length).toBeGreaterThan(1);
      return files.map((u) => readFileSync(new URL(u), "utf8"));
    };
    const yamlLoaded = (code: string[]) => code.some((c) => /\bComposer = class\b|\bclass Composer\b/.test(c));
    const zodLoaded = (code: string[]) => code.some((c) => c.includes("$ZodType"));
    // Cold (an external rubric, nothing cached yet): YAML is needed; zod only for a rubric the
    // zod-free check (rubric/shape.ts) refuses, which also shows the check can fail.
    const cold = loaded(["validate", small]);
    expect(yamlLoaded(cold)).toBe(true);
    expect(zodLoaded(cold)).toBe(false);
    const broken = join(dir, "broken.yaml");
    // The starter's version line has a comment after it: keep it, change only the number.
    writeFileSync(broken, readFileSync(small, "utf8").replace(/^gapcheck: 1 /m, "gapcheck: 2 "));
    expect(readFileSync(broken, "utf8")).not.toBe(readFileSync(small, "utf8"));
    expect(zodLoaded(loaded(["validate", broken], 1))).toBe(true);
    // Nothing cached and nothing to cache: the file's sha256 is never computed, so node:crypto
    // (~60 modules) stays unloaded (docs/performance.md, the edited-copy row).
    loaded(["validate", small, "--no-cache"]);
    expect(readFileSync(builtins, "utf8").split("\n"), "NativeModule crypto").not.toContain("NativeModule crypto");
    for (const args of [["validate"], ["validate", small]]) {
      const warm = loaded(args);
      expect(yamlLoaded(warm), args.join(" ")).toBe(false);
      expect(zodLoaded(warm), args.join(" ")).toBe(false);
    }
    // Scoring a well-formed answers file needs YAML for the answers, but not zod, the CSV reader or
    // another language's messages (esbuild names each bundled module in a comment).
    const has = (code: string[], module: string) => code.some((c) => c.includes(`// ${module}`));
    const assess = loaded(["assess", "--answers", "examples/answers.yaml", "--json"]);
    expect(zodLoaded(assess)).toBe(false);
    for (const m of ["node_modules/csv-parse/", "src/i18n/sv", "src/i18n/nb"]) expect(has(assess, m), m).toBe(false);
    // Nor what only colour, a table's wrapping or a printed command needs, nor commander's
    // child_process (for executable subcommands gapcheck has none of): start-up, docs/performance.md.
    for (const m of ["node_modules/chalk/", "node_modules/wrap-ansi/", "node_modules/shell-quote/"]) expect(has(assess, m), m).toBe(false);
    const nodeModules = readFileSync(builtins, "utf8").split("\n");
    for (const m of ["NativeModule child_process", "NativeModule tty"]) expect(nodeModules, m).not.toContain(m);
    // Nor node:crypto (the bundled rubric's bytes are compared with the copy its entry was compiled
    // from, not hashed) or node:fs/promises (the warm path reads synchronously): docs/performance.md.
    for (const m of ["NativeModule crypto", "NativeModule fs/promises"]) expect(nodeModules, m).not.toContain(m);
    const swedish = loaded(["assess", "--answers", "examples/answers.yaml", "-f", "table", "--lang", "sv"]);
    // The catalogues are split by topic (src/i18n/sv/*.ts): "src/i18n/sv" names the index and every topic.
    expect([has(swedish, "src/i18n/sv/report.ts"), has(swedish, "src/i18n/nb"), zodLoaded(swedish)]).toEqual([true, false, false]);
  });
});
