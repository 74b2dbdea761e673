import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { main } from "../../src/cli.js";
import { root } from "./exec.js";
import { fakeIo } from "./io.js";

/*
 * The fixtures of the compiled-rubric cache tests (test/rubric/cache.test.ts, test/rubric/cache-bytes.test.ts): a valid copy
 * of the bundled rubric, one whose first fixture fails, and one with a rule error (a fixture's unknown
 * profile); the same three made from the starter template, with answers for it. Every test has its own
 * XDG_CACHE_HOME under the system's temporary folder, never the real home.
 */
export const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
export const dir = mkdtempSync(join(tmpdir(), "gapcheck-cache-test-"));
export const bundled = join(root, "rubrics/marketing-leadership.yaml");
export const text = readFileSync(bundled, "utf8");

export const copy = join(dir, "copy.yaml");
writeFileSync(copy, text.replace('en: "Modern marketing leadership"', 'en: "Modern marketing leadership (copy)"'));
export const failing = join(dir, "failing.yaml");
writeFileSync(failing, text.replace("gapIndex: [ 30, 45 ]", "gapIndex: [ 99, 100 ]"));
export const invalid = join(dir, "invalid.yaml");
writeFileSync(invalid, text.replace("    profile: marketing-manager\n    answers:", "    profile: nobody-here\n    answers:"));
for (const f of [copy, failing, invalid]) expect(readFileSync(f, "utf8")).not.toBe(text);

/*
 * The same three made from the 5 KB starter template (the copies above are 211 KB), and answers for it.
 * What the cache keeps and when it is used does not depend on a rubric's size, and cold loads of the
 * large copies were most of test/rubric/cache.test.ts's time, so it uses these; test/rubric/cache-bytes.test.ts keeps the
 * large copies, as it compares what every command prints for a real rubric.
 */
const put = (name: string, content: string) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const starter = readFileSync(join(root, "templates/starter.yaml"), "utf8");
export const small = put("small.yaml", starter.replace('en: "My marketing rubric"', 'en: "My marketing rubric (copy)"'));
export const smallFailing = put("small-failing.yaml", starter.replace("gapIndex: [50, 100]", "gapIndex: [0, 1]"));
export const smallInvalid = put(
  "small-invalid.yaml",
  starter.replace("    profile: cmo\n    answers:", "    profile: nobody-here\n    answers:"),
);
for (const f of [small, smallFailing, smallInvalid]) expect(readFileSync(f, "utf8")).not.toBe(starter);
/** Answers for the starter's three items (examples/answers.yaml is for the bundled rubric). */
export const smallAnswers = put("a.yaml", "gapcheck: 1\nrubric: { id: my-rubric }\nanswers: { kpis: 1, attribution: 0, experiments: 3 }\n");

export const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
export const entryFile = (cacheHome: string, file: string) => join(cacheHome, "gapcheck", `rubric-${version}-${sha(file)}.json`);
let n = 0;
export const freshHome = () => {
  const home = join(dir, `cache-${n++}`);
  mkdirSync(home);
  return home;
};

export async function run(argv: string[], env: NodeJS.ProcessEnv) {
  const io = fakeIo(root, env);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}
