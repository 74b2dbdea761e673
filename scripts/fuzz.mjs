#!/usr/bin/env node
// A long fuzzing run: test/rubric/fuzz.test.ts with many inputs and a fresh random seed, printed so that a
// failure can be replayed exactly:
//
//   node scripts/fuzz.mjs [--runs N] [--seed S]
//   GAPCHECK_FUZZ_SEED=S GAPCHECK_FUZZ_RUNS=N npx vitest run test/rubric/fuzz.test.ts   (replay)
//
// The exit code is vitest's.
import { spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = option("--runs") ?? process.env.GAPCHECK_FUZZ_RUNS ?? "20000";
const seed = option("--seed") ?? process.env.GAPCHECK_FUZZ_SEED ?? String(randomInt(2 ** 31 - 1));
if (!/^\d+$/.test(runs) || !/^-?\d+$/.test(seed)) {
  console.error("usage: node scripts/fuzz.mjs [--runs N] [--seed S]");
  process.exit(2);
}

console.log(`gapcheck fuzz: GAPCHECK_FUZZ_RUNS=${runs} GAPCHECK_FUZZ_SEED=${seed}`);
console.log(`replay: GAPCHECK_FUZZ_SEED=${seed} GAPCHECK_FUZZ_RUNS=${runs} npx vitest run test/rubric/fuzz.test.ts`);

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env, GAPCHECK_FUZZ_RUNS: runs, GAPCHECK_FUZZ_SEED: seed };
// --reporter=default: a fuzz run does not overwrite the JSON report that CI reads.
const child = spawn("npx", ["vitest", "run", "--reporter=default", "test/rubric/fuzz.test.ts"], {
  cwd: root,
  env,
  stdio: "inherit",
  shell: process.platform === "win32",
});
child.on("close", (code, signal) => {
  console.log(`gapcheck fuzz: seed ${seed}, ${runs} runs per property: ${code === 0 ? "no failure" : `FAILED (exit ${code ?? signal})`}`);
  process.exit(code ?? 1);
});
