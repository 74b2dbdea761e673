import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { bin, root } from "./helpers/exec.js";

/*
 * "Same input, same bytes" (SPEC section 1) checked across processes: each output is made twice, in
 * two processes with a different time zone and a different clock (the second a day and a half later,
 * on the other side of the date line). Rendering twice in one process could not catch a clock.
 */
const fakeClock = pathToFileURL(join(root, "test/helpers/fake-clock.mjs")).href;
const CLOCKS = [
  { TZ: "UTC", FAKE_NOW: String(Date.UTC(2026, 10, 22, 23, 30)) },
  { TZ: "Pacific/Kiritimati", FAKE_NOW: String(Date.UTC(2027, 5, 1, 11, 0)) },
];

function runAt(clock: (typeof CLOCKS)[number], args: string[]): Buffer {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8", ...clock };
  for (const k of ["FORCE_COLOR", "LC_ALL", "LC_MESSAGES"]) delete env[k];
  const r = spawnSync(process.execPath, ["--import", fakeClock, bin, ...args], { cwd: root, env, timeout: 60_000 });
  expect(r.stderr.toString(), args.join(" ")).toBe("");
  expect(r.status, args.join(" ")).toBe(0);
  return r.stdout;
}

describe("byte-identical output across processes, time zones and clocks", () => {
  it("the fake clock is in effect in the child", () => {
    const script = "console.log(new Date().toISOString(), Date.now(), new Date(0).toISOString())";
    const r = spawnSync(process.execPath, ["--import", fakeClock, "-e", script], {
      env: { ...process.env, ...CLOCKS[1] },
      encoding: "utf8",
    });
    expect(r.stdout).toBe(`2027-06-01T11:00:00.000Z ${CLOCKS[1]!.FAKE_NOW} 1970-01-01T00:00:00.000Z\n`);
  });

  it.each(["json", "table", "markdown", "csv", "html"])("assess --format %s", (format) => {
    const args = ["assess", "-a", "examples/answers.yaml", "--format", format];
    const [a, b] = CLOCKS.map((c) => runAt(c, args));
    expect(a!.length).toBeGreaterThan(1000);
    expect(b!.equals(a!)).toBe(true);
  });

  it.each(["sv", "nb"])("assess --json --lang %s and report from that JSON", (lang) => {
    const [a, b] = CLOCKS.map((c) => runAt(c, ["assess", "-a", "examples/answers.yaml", "--json", "--lang", lang]));
    expect(b!.equals(a!)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-determinism-"));
    const file = join(dir, "result.json");
    writeFileSync(file, a!);
    const [ha, hb] = CLOCKS.map((c) => runAt(c, ["report", file, "--format", "html"]));
    expect(hb!.equals(ha!)).toBe(true);
    expect(readFileSync(file).equals(a!)).toBe(true);
  });
});
