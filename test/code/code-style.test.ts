import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../helpers/exec.js";

/*
 * No line of code over 140 characters (Biome's lineWidth). Biome's formatter cannot break a string
 * literal, so a long message or a long piece of HTML/CSS would slip past `biome check`; this test
 * catches it. Characters are Unicode code points, as Biome counts them ("ö" is one).
 */
const MAX = 140;

/** The tracked files that are code or configuration; goldens, fixtures, rubrics, data and docs are not. */
function codeFiles(): string[] {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  return tracked.filter(
    (f) =>
      (/^(src|test|scripts|bin|\.ci)\//.test(f) || /^[^/]+\.(json|ts|mjs|js|cjs)$/.test(f) || f === ".npmrc" || f === ".gitignore") &&
      !/^test\/(cases|data)\//.test(f) &&
      f !== "package-lock.json",
  );
}

/** `file:line (N characters)` for every line longer than MAX. */
function longLines(file: string, text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const length = [...line].length;
    if (length > MAX) out.push(`${file}:${i + 1} (${length} characters)`);
  });
  return out;
}

describe("code style", () => {
  it("counts characters, not bytes, and flags only lines over 140", () => {
    const ok = `${"ö".repeat(70)}${"x".repeat(70)}`;
    expect(longLines("a.ts", `short\n${ok}\r\n`)).toEqual([]);
    expect(longLines("a.ts", `short\n${ok}\n${ok}x\n`)).toEqual(["a.ts:3 (141 characters)"]);
  });

  it(`has no line of code over ${MAX} characters`, () => {
    const files = codeFiles();
    expect(files).toContain("src/render/result/html.ts");
    expect(files).toContain("test/code/code-style.test.ts");
    expect(files.some((f) => f.startsWith("test/cases/"))).toBe(false);
    const long = files.flatMap((f) => longLines(f, readFileSync(join(root, f), "utf8")));
    expect(long, `split these lines (string pieces joined with +, or \\ + newline inside a template):\n${long.join("\n")}`).toEqual([]);
  });
});
