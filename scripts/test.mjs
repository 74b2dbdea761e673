#!/usr/bin/env node
/*
 * `npm test`: the type check (tsc), the lint (Biome) and the tests (vitest), all three at once.
 * tsc runs on one core for several seconds and the tests leave a core idle while they wait for a
 * terminal or a browser, so running them side by side is the test suite's wall time minus tsc's.
 * The tests print as they go; what tsc and Biome printed follows them. The exit code is the first
 * non-zero one of the three, in that order (type check, lint, tests), so any failure fails `npm test`.
 * Arguments go to vitest: `npm test -- test/cli/cli.test.ts` runs one file (and still checks everything).
 */
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (path) => join(root, "node_modules", path);

/** Runs a Node program of node_modules; resolves to its exit code and, when captured, its output. */
function run(script, args, capture) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin(script), ...args], { cwd: root, stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    if (capture) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
    }
    child.on("error", (error) => resolve({ code: 1, output: `${script}: ${error.message}\n` }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** Modification time in ms, 0 for a file that does not exist. */
const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/*
 * `tsc -b` skips the whole check (about 26 core-seconds on Node 20 here, measured 2026-12-07) when no
 * source is newer than its last check (tsconfig.json's tsBuildInfoFile); a clean clone (CI) checks
 * everything. It does not look at node_modules, so after an `npm install` (which rewrites
 * node_modules/.package-lock.json) the check is forced: new declarations of a dependency are checked too.
 */
const buildInfo = join(root, "node_modules/.cache/gapcheck/tsc.tsbuildinfo");
const tscArgs = ["-b", ...(mtime(bin(".package-lock.json")) > mtime(buildInfo) ? ["--force"] : [])];

const checks = [
  { name: "tsc -b (type check)", done: run("typescript/bin/tsc", tscArgs, true) },
  { name: "biome check", done: run("@biomejs/biome/bin/biome", ["check", "--colors=off"], true) },
];
const tests = await run("vitest/vitest.mjs", ["run", ...process.argv.slice(2)], false);

let code = 0;
for (const check of checks) {
  const { code: checkCode, output } = await check.done;
  process.stdout.write(`\n${check.name}: ${checkCode === 0 ? "passed" : "FAILED"}\n${output}`);
  if (checkCode !== 0 && code === 0) code = checkCode;
}
process.exitCode = code !== 0 ? code : tests.code;
