import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../helpers/exec.js";

/*
 * "Same input, same bytes" (docs/scoring.md#rounding-and-determinism) checked across processes: each output is made twice, in
 * two processes with a different time zone and a different clock (the second a day and a half later,
 * on the other side of the date line). Rendering twice in one process could not catch a clock.
 */
const fakeClock = pathToFileURL(join(root, "test/helpers/fake-clock.mjs")).href;
const CLOCKS = [
  { TZ: "UTC", FAKE_NOW: String(Date.UTC(2026, 10, 22, 23, 30)) },
  { TZ: "Pacific/Kiritimati", FAKE_NOW: String(Date.UTC(2027, 5, 1, 11, 0)) },
];

const runMany = join(root, "test/helpers/run-many.mjs");

/** Runs the commands one after another in one process of the built bundle at the given clock. */
function runAt(clock: (typeof CLOCKS)[number], commands: string[][]): Buffer[] {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8", ...clock };
  for (const k of ["FORCE_COLOR", "LC_ALL", "LC_MESSAGES"]) delete env[k];
  const r = spawnSync(process.execPath, ["--import", fakeClock, runMany, JSON.stringify(commands)], {
    cwd: root,
    env,
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.stderr.toString()).toBe("");
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout.toString()) as {
    clock: [string, number, string];
    results: Array<{ status: number; stdout: string; stderr: string }>;
  };
  // The fake clock is in effect in the child, or the two processes would not differ in time at all.
  expect(out.clock, `clock of the ${clock.TZ} process`).toEqual([
    new Date(Number(clock.FAKE_NOW)).toISOString(),
    Number(clock.FAKE_NOW),
    "1970-01-01T00:00:00.000Z",
  ]);
  expect(out.results).toHaveLength(commands.length);
  return out.results.map((x, i) => {
    expect(x.stderr, commands[i]!.join(" ")).toBe("");
    expect(x.status, commands[i]!.join(" ")).toBe(0);
    return Buffer.from(x.stdout, "base64");
  });
}

/*
 * Starting Node (with the clock preloaded) costs more than a command, so each clock's process runs
 * every command once, in beforeAll; each case compares its command's bytes from the two processes.
 * Each process also writes its JSON with --out and renders the report from that file, so the
 * reports read JSON made at their own clock.
 */
const FORMATS = ["json", "table", "markdown", "csv", "html"];
const LANGS = ["sv", "nb"];
const assessArgs = (format: string) => ["assess", "-a", "examples/answers.yaml", "--format", format];
const jsonArgs = (lang: string) => ["assess", "-a", "examples/answers.yaml", "--json", "--lang", lang];
const dir = mkdtempSync(join(tmpdir(), "gapcheck-determinism-"));
const resultFile = (clock: number, lang: string) => join(dir, `result-${clock}-${lang}.json`);
const reportArgs = (clock: number, lang: string) => ["report", resultFile(clock, lang), "--format", "html"];
const outputs = new Map<string, [Buffer, Buffer]>();
const key = (args: string[]) => args.join(" ");

beforeAll(() => {
  const commands = (c: number) => [
    ...FORMATS.map(assessArgs),
    ...LANGS.map(jsonArgs),
    ...LANGS.map((lang) => [...jsonArgs(lang), "--out", resultFile(c, lang)]),
    ...LANGS.map((lang) => reportArgs(c, lang)),
  ];
  const [a, b] = CLOCKS.map((clock, c) => runAt(clock, commands(c)));
  // Keyed by the first clock's command; the second's differs only in its file names.
  for (const [i, args] of commands(0).entries()) outputs.set(key(args), [a![i]!, b![i]!]);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("byte-identical output across processes, time zones and clocks", () => {
  it.each(FORMATS)("assess --format %s", (format) => {
    const [a, b] = outputs.get(key(assessArgs(format)))!;
    expect(a.length).toBeGreaterThan(1000);
    expect(b.equals(a)).toBe(true);
  });

  it.each(LANGS)("assess --json --lang %s, the same JSON written with --out, and report from that JSON", (lang) => {
    const [a, b] = outputs.get(key(jsonArgs(lang)))!;
    expect(a.length).toBeGreaterThan(1000);
    expect(b.equals(a)).toBe(true);
    for (const [c, stdout] of [a, b].entries())
      expect(readFileSync(resultFile(c, lang)).equals(stdout), `--out of clock ${c} is its stdout`).toBe(true);
    const [ha, hb] = outputs.get(key(reportArgs(0, lang)))!;
    expect(ha.length).toBeGreaterThan(1000);
    expect(hb.equals(ha)).toBe(true);
  });
});
