import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { bin, gapcheck } from "./helpers/exec.js";
import { shellQuote, TmuxSession } from "./helpers/tmux.js";

const ITEMS = 43;
let session: TmuxSession | undefined;
afterEach(() => session?.kill());

/** Level k of the scale is k presses of Down from the first choice; 5 is "Don't know". */
const choiceFor = (n: number) => n % 6;

describe("gapcheck assess in a terminal", () => {
  it("asks every item, saves the answers, then prints the result", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-tty-"));
    session = new TmuxSession(`node ${shellQuote(bin)} assess --save answers.yaml --json > result.json`, { cwd: dir });
    for (let n = 1; n <= ITEMS; n++) {
      await session.waitFor(new RegExp(`\\[${n}/${ITEMS}\\]`));
      for (let k = 0; k < choiceFor(n); k++) session.send("Down");
      session.send("Enter");
    }
    const screen = await session.waitFor(/\[exit \d+\]/);
    expect(screen).toContain("[exit 0]");
    expect(screen).toContain("Answers saved to answers.yaml");

    const saved = parse(readFileSync(join(dir, "answers.yaml"), "utf8"));
    const levels = Object.values(saved.answers) as (number | null)[];
    expect(levels).toHaveLength(ITEMS);
    levels.forEach((level, i) => expect(level).toBe(choiceFor(i + 1) === 5 ? null : choiceFor(i + 1)));

    // The printed result is exactly what scoring the saved answers gives.
    const printed = readFileSync(join(dir, "result.json"), "utf8");
    expect(JSON.parse(printed).summary.answered).toBe(levels.filter((l) => l !== null).length);
    expect(gapcheck(["assess", "--answers", join(dir, "answers.yaml"), "--json"]).stdout).toBe(printed);
  });

  it("keeps the answers given so far on Ctrl-C and exits 130", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-tty-"));
    session = new TmuxSession(`node ${shellQuote(bin)} assess --save answers.yaml`, { cwd: dir });
    for (let n = 1; n <= 3; n++) {
      await session.waitFor(new RegExp(`\\[${n}/${ITEMS}\\]`));
      session.send("Down", "Enter");
    }
    await session.waitFor(/\[4\/43\]/);
    session.send("C-c");
    const screen = await session.waitFor(/\[exit \d+\]/);
    expect(screen).toContain("[exit 130]");
    expect(screen).toContain("3 answers saved to answers.yaml");
    expect(parse(readFileSync(join(dir, "answers.yaml"), "utf8")).answers).toEqual({ "ai-workflows": 1, "ai-campaign-automation": 1, "ai-personalisation": 1 });
  });
});
