import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "../helpers/exec.js";
import { matchesShown, runShown, type ShownBlock, shownBlocks } from "../helpers/docs.js";

/*
 * Docs cannot go stale (docs/README.md, CONTRIBUTING.md "Commands in the docs"): every gapcheck
 * command that README.md and docs/**.md show in a shell block runs here, in page order, in a
 * throw-away copy of examples/ and rubrics/ (so commands that write files write there), and every
 * output a `console` block shows under a `$ command` is compared with what the terminal shows
 * (stderr and stdout as written, 80 columns, no colour). A command exits 0, unless the block shows
 * its code with `$ echo $?`; in an `sh` block (no output shown) 1 is allowed too: a gate that trips.
 * A block marked `<!-- docs-test: skip (reason) -->` (a server, an interactive run) is skipped with
 * its reason. A block marked `<!-- docs-test: file NAME -->` (any language) is a file the page shows:
 * it is written as NAME for the commands after it.
 *
 * `UPDATE_DOCS=1 npx vitest run test/docs/docs.test.ts` writes the real output under each `$ command`
 * whose shown output differs and uses no `…` (a changed rubric's numbers): review the diff.
 */
const UPDATE = process.env.UPDATE_DOCS === "1";

const pages = [
  "README.md",
  ...readdirSync(join(root, "docs"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort(),
];

/** A fresh folder holding what the shown commands read: the examples and the bundled rubrics. */
function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), "gapcheck-docs-"));
  for (const folder of ["examples", "rubrics"]) cpSync(join(root, folder), join(dir, folder), { recursive: true });
  return dir;
}

const blocksOf = (page: string): ShownBlock[] => shownBlocks(page, readFileSync(join(root, page), "utf8"));

for (const page of pages) {
  const blocks = blocksOf(page);
  if (blocks.length === 0) continue;
  describe(page, () => {
    let dir: string | undefined;
    let previous = 0;
    const edits: { line: number; count: number; lines: string[] }[] = [];
    afterAll(() => {
      if (edits.length === 0) return;
      const lines = readFileSync(join(root, page), "utf8").split("\n");
      for (const edit of edits.sort((a, b) => b.line - a.line)) lines.splice(edit.line, edit.count, ...edit.lines);
      writeFileSync(join(root, page), lines.join("\n"));
    });
    for (const block of blocks) {
      if (block.writes) {
        const { path, content } = block.writes;
        it(`${page}:${block.line}: the file ${path}`, () => {
          dir ??= sandbox();
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), content);
        });
        continue;
      }
      const name = `${page}:${block.line}: ${block.commands.map((c) => c.command).join(" ; ") || "(no command)"}`;
      if (block.skip) {
        it.skip(`${name} (skipped: ${block.skip})`, () => {});
        continue;
      }
      it(name, async () => {
        dir ??= sandbox();
        for (const [k, shown] of block.commands.entries()) {
          const where = `${shown.file}:${shown.line} $ ${shown.command}`;
          const outcome = await runShown(shown.command, dir, previous);
          previous = outcome.status;
          const real = outcome.shown.split(`${dir}/`).join("").split(dir).join(".");
          const showsStatus = block.commands[k + 1]?.command === "echo $?";
          if (!showsStatus) expect(outcome.status, `${where}\n${real}`).toBeLessThanOrEqual(shown.expected ? 0 : 1);
          if (shown.expected && !matchesShown(shown.expected, real.split("\n"))) {
            if (UPDATE && !shown.expected.includes("…")) {
              const lines = real.split("\n").map((l) => l.trimEnd());
              while (lines.at(-1) === "") lines.pop();
              const shownCount = shown.expected.length - [...shown.expected].reverse().findIndex((l) => l.trim() !== "");
              edits.push({ line: shown.line, count: shown.expected.every((l) => l.trim() === "") ? 0 : shownCount, lines });
              continue;
            }
            expect(real, `${where}: the page shows another output`).toBe(shown.expected.join("\n"));
          }
        }
      });
    }
  });
}

describe("the docs test itself", () => {
  const shown = pages.flatMap(blocksOf).flatMap((b) => b.commands.filter((c) => c.expected && c.expected.length > 1));

  it("finds commands with outputs in the README and the docs", () => {
    expect(shown.length).toBeGreaterThan(5);
  });

  it("fails a page whose shown output went stale: one changed line of any shown output is caught", async () => {
    const first = shown.find((c) => c.expected!.some((l) => /\d/.test(l) && !l.endsWith("…")))!;
    const dir = sandbox();
    const real = (await runShown(first.command, dir, 0)).shown.split("\n");
    expect(matchesShown(first.expected!, real)).toBe(true);
    const stale = first.expected!.map((l) => (/\d/.test(l) && !l.endsWith("…") ? l.replace(/\d/, (d) => String((Number(d) + 1) % 10)) : l));
    expect(matchesShown(stale, real)).toBe(false);
  });

  it("reads the ellipsis conventions: `…` alone for any lines, a line ending in `…` for its prefix", () => {
    expect(matchesShown(["a", "…", "d"], ["a", "b", "c", "d"])).toBe(true);
    expect(matchesShown(["a", "…"], ["a"])).toBe(true);
    expect(matchesShown(["ab…"], ["abc"])).toBe(true);
    expect(matchesShown(["ab…"], ["ac"])).toBe(false);
    expect(matchesShown(["a", "d"], ["a", "b", "d"])).toBe(false);
    expect(matchesShown(["a "], ["a", ""])).toBe(true);
  });
});
