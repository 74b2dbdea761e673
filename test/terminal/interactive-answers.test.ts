import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseShell, quote } from "shell-quote";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { bin } from "../helpers/exec.js";
import { bundledItemIds, edit, MINI_RUBRIC } from "../helpers/rubric-fixture.js";
import { TmuxSession } from "../helpers/tmux.js";

/*
 * Issue 10, the interactive points, in a real terminal: what a person answers is what is saved.
 */

// Every scenario has its own terminal and folder, and they run at once (describe.concurrent): most
// of their time is waiting for a screen. The sessions are closed when all are done.
const sessions: TmuxSession[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
});
const tempDir = () => mkdtempSync(join(tmpdir(), "gapcheck-trust-"));
const open = (args: string[], cwd: string, options: { env?: Record<string, string>; height?: number; width?: number } = {}) => {
  const s = new TmuxSession(`node ${quote([bin, ...args])}`, {
    cwd,
    env: { XDG_STATE_HOME: join(cwd, "state"), ...options.env },
    ...options,
  });
  sessions.push(s);
  return s;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The levels a draft or answers file holds, in rubric order. */
const levels = (path: string) =>
  Object.values(parse(readFileSync(path, "utf8")).answers as Record<string, unknown>).map((v) =>
    v !== null && typeof v === "object" ? (v as { level: unknown }).level : v,
  );
/** A finished answers file: every item of the bundled rubric answered (level = position mod 5). */
async function finishedAnswers(dir: string): Promise<string> {
  const path = join(dir, "FINISHED.yaml");
  const answers = (await bundledItemIds()).map((id, i) => `  ${id}: ${i % 5}`).join("\n");
  writeFileSync(path, `gapcheck: 1\nrubric: { id: marketing-leadership }\nprofile: cmo\nanswers:\n${answers}\n`);
  return path;
}
/** The draft a Ctrl-C message names ("… saved in PATH" / "… sparats i PATH"), and the command it prints. */
function interruption(screen: string): { draft: string; command: string[] } {
  const joined = screen.replace(/\n/g, " ");
  const draft = joined.match(/(?:saved in|sparats i|lagret i) (.+?) (?:Continue with|Fortsätt med|Fortsett med): /)?.[1];
  // `npx gapcheck …` when no gapcheck is on PATH (docs/exit-codes.md#streams-and-colour): parsed without the npx.
  const command = joined.match(/(?:Continue with|Fortsätt med|Fortsett med): (?:npx )?(gapcheck assess .*?)\s+\[exit/)?.[1];
  if (!draft || !command) throw new Error(`no interruption message on screen:\n${screen}`);
  return { draft, command: parseShell(command) as string[] };
}
async function skipIntroduction(s: TmuxSession) {
  await s.waitFor(/Your name/);
  s.send("Enter");
  await s.waitFor(/Your role/);
  s.send("Enter");
}
/** The highlighted choice of a select screen. */
const cursorLine = (screen: string) => screen.split("\n").find((l) => l.startsWith("❯")) ?? "";

describe.concurrent("digit keys on a question (issue 10.1)", () => {
  it("a digit selects the level it names on a 0–4 scale; a digit that names no level does nothing", async () => {
    const dir = tempDir();
    const s = open(["assess", "--profile", "cmo", "--save", "a.yaml"], dir);
    await skipIntroduction(s);
    await s.waitFor(/\[1\/57\]/);
    s.send("3");
    expect(cursorLine(await s.waitFor(/❯ 3 · Established/))).toContain("3 · Established");
    s.send("Enter");
    await s.waitFor(/\[2\/57\]/);
    s.send("4");
    await s.waitFor(/❯ 4 · Leading/);
    s.send("0");
    await s.waitFor(/❯ 0 · Absent/);
    s.send("Enter");
    await s.waitFor(/\[3\/57\]/);
    s.send("2");
    await s.waitFor(/❯ 2 · Defined/);
    s.send("7"); // no level 7: nothing moves
    await sleep(300);
    expect(cursorLine(await s.screen())).toContain("2 · Defined");
    s.send("Enter");
    await s.waitFor(/\[4\/57\]/);
    s.send("C-c");
    await s.waitFor(/\[exit 130\]/);
    expect(levels(join(dir, "a.yaml.draft"))).toEqual([3, 0, 2]);
  });

  it("on a 1–5 scale too: 5 is level 5, and 6 or 0 never picks another choice", async () => {
    const dir = tempDir();
    const rubric = edit(
      edit(edit(MINI_RUBRIC, "  min: 0\n  max: 4", "  min: 1\n  max: 5"), "    0: Absent\n", ""),
      "    4: Leading\n",
      "    4: Leading\n    5: Excellent\n",
    ).replace("levels: { 0: None, 4: Fully integrated }", "levels: { 1: None, 5: Fully integrated }");
    writeFileSync(join(dir, "one-to-five.yaml"), rubric);
    const s = open(["assess", "-r", "one-to-five.yaml", "--profile", "manager", "--save", "a.yaml"], dir);
    await skipIntroduction(s);
    await s.waitFor(/\[1\/4\]/);
    s.send("5");
    await s.waitFor(/❯ 5 · Excellent/);
    s.send("Enter");
    await s.waitFor(/\[2\/4\]/);
    s.send("6"); // by list position, 6 would be "Don't know"
    s.send("0");
    await sleep(300);
    expect(cursorLine(await s.screen())).toContain("1 · Ad hoc");
    s.send("Enter");
    await s.waitFor(/\[3\/4\]/);
    s.send("2");
    await s.waitFor(/❯ 2 · Defined/);
    s.send("Enter");
    await s.waitFor(/\[4\/4\]/);
    s.send("C-c");
    await s.waitFor(/\[exit 130\]/);
    expect(levels(join(dir, "a.yaml.draft"))).toEqual([5, 1, 2]);
  });
});

describe.concurrent("Ctrl-C names a draft that exists and holds the answers (issue 10.2)", () => {
  it("after --resume of a finished answers file, on the review screen; the printed command continues on that screen (10.16)", async () => {
    const dir = tempDir();
    const finished = await finishedAnswers(dir);
    const before = readFileSync(finished, "utf8");
    const s = open(["assess", "--resume", "FINISHED.yaml"], dir);
    await s.waitFor(/Review: \d+ of 57 answered/);
    s.send("C-c");
    const screen = await s.waitFor(/\[exit \d+\]/);
    expect(screen).toContain("[exit 130]");
    const { draft, command } = interruption(screen);
    expect(draft.startsWith(join(dir, "state", "gapcheck"))).toBe(true);
    expect(existsSync(draft)).toBe(true);
    expect(levels(draft)).toEqual(levels(finished));
    expect(readFileSync(finished, "utf8")).toBe(before); // the user's file is an input: untouched
    expect(command).toEqual(["gapcheck", "assess", "--resume", draft]);

    // The printed command continues it, on the same review screen (issue 10.16): it uses the
    // terminal's height and keeps the cursor on the answer just changed.
    const again = open([...command.slice(1), "--json"], dir, { height: 40 });
    const review = await again.waitFor(/Review: \d+ of 57 answered/);
    const shown = review.split("\n").filter((l) => /^[❯ ] \S.*: (\d · |Don't know)/.test(l));
    expect(shown.length).toBeGreaterThanOrEqual(28); // 40 rows, less the title, the hint and the description
    for (let i = 0; i < 3; i++) again.send("Down"); // the third answer
    await again.waitFor(/❯ AI-run campaigns/);
    again.send("Enter");
    await again.waitFor(/\[3\/57\]/);
    again.send("4");
    await again.waitFor(/❯ 4 · Leading/);
    again.send("Enter");
    const back = await again.waitFor(/Review: \d+ of 57 answered/);
    expect(cursorLine(back)).toContain("AI-run campaigns: 4 · Leading");
    for (let i = 0; i < 3; i++) again.send("Up");
    await again.waitFor(/❯ ✔ Score these answers/);
    again.send("Enter");
    expect(await again.waitFor(/\[exit \d+\]/)).toContain("[exit 0]");
    expect(existsSync(draft)).toBe(false);
  });

  it("with --save, before the first answer: no file is claimed that does not exist", async () => {
    const dir = tempDir();
    const s = open(["assess", "--save", "new.yaml"], dir);
    await s.waitFor(/Which role/);
    s.send("Enter");
    await skipIntroduction(s);
    await s.waitFor(/\[1\/57\]/); // the default role, marketing-manager, asks all 57 items
    s.send("C-c");
    const screen = await s.waitFor(/\[exit \d+\]/);
    expect(screen).toContain("[exit 130]");
    expect(screen).toContain("no answers were given yet, nothing saved");
    expect(screen).not.toMatch(/saved in/);
    expect(existsSync(join(dir, "new.yaml.draft"))).toBe(false);
    expect(existsSync(join(dir, "new.yaml"))).toBe(false);
  });
});

describe.concurrent("the resume hint reproduces the run (issue 10.3)", () => {
  it("keeps language, rubric, profile, format, output, pareto and save, quoted for the shell", async () => {
    const dir = tempDir();
    // A rubric of its own, under a name that needs quoting: the mini rubric (four items, English
    // only), where a copy of the bundled one was compiled cold for this test alone.
    writeFileSync(join(dir, "min matris.yaml"), MINI_RUBRIC);
    // Swedish from the environment: not on the command line, so only the draft can carry it on.
    // gapcheck's own texts are Swedish whatever languages the rubric has ("Vet inte" below).
    const args = [
      "assess",
      "-r",
      "min matris.yaml",
      "--profile",
      "cmo",
      "-f",
      "html",
      "-o",
      "rapport $1.html",
      "--pareto",
      "0.7",
      "--save",
      "mina 'svar'.yaml",
    ];
    const s = open(args, dir, { env: { LANG: "sv_SE.UTF-8" } });
    await s.waitFor(/Ditt namn/);
    s.send("Enter");
    await s.waitFor(/Din roll/);
    s.send("Enter");
    await s.waitFor(/\[1\/4\]/);
    s.send("2");
    await s.waitFor(/❯ 2 · /);
    s.send("Enter");
    await s.waitFor(/\[2\/4\]/);
    s.send("C-c");
    const screen = await s.waitFor(/\[exit \d+\]/);
    expect(screen).toContain("[exit 130]");
    const { draft, command } = interruption(screen);
    expect(draft).toBe("mina 'svar'.yaml.draft");
    expect(parse(readFileSync(join(dir, draft), "utf8")).locale).toBe("sv");
    expect(command).toEqual([
      "gapcheck",
      "assess",
      "--resume",
      draft,
      "--rubric",
      "min matris.yaml",
      "--profile",
      "cmo",
      "-f",
      "html",
      "-o",
      "rapport $1.html",
      "--save",
      "mina 'svar'.yaml",
      "--pareto",
      "0.7",
    ]);

    // Run in a shell exactly as printed (gapcheck → the built binary), now in an English environment.
    const printed = screen.replace(/\n/g, " ").match(/Fortsätt med: (?:npx )?gapcheck (assess .*?)\s+\[exit/)![1]!;
    const again = new TmuxSession(`node ${quote([bin])} ${printed}`, { cwd: dir, env: { LANG: "C.UTF-8" } });
    sessions.push(again);
    const resumed = await again.waitFor(/\[2\/4\]/);
    expect(resumed).toContain("Vet inte"); // still Swedish
    again.send("C-c");
    expect(await again.waitFor(/\[exit \d+\]/)).toContain("Fortsätt med:");
    expect(levels(join(dir, draft))).toEqual([2]);
  });
});

describe.concurrent("type-ahead (issue 10.4)", () => {
  /**
   * Separate key events a few milliseconds apart, faster than anyone reads a screen, as fast typing
   * gives: one tmux command list (a tmux process per key could leave gaps longer than the quiet time
   * on a busy machine).
   */
  const burst = (s: TmuxSession, keys: string[]) =>
    execFileSync("tmux", [...s.server, ...keys.flatMap((k, i) => [...(i > 0 ? [";"] : []), "send-keys", "-t", s.name, k])]);

  it("keys typed quickly after an answer are dropped, never applied to the next questions", async () => {
    const dir = tempDir();
    const s = open(["assess", "--profile", "cmo", "--save", "a.yaml"], dir);
    await skipIntroduction(s);
    await s.waitFor(/\[1\/57\]/);
    burst(s, ["Down", "Enter", "Down", "Down", "Enter", "3", "Enter", "Enter"]);
    // Once the first answer moved on (however slow the machine), give any wrongly kept key time to act.
    await s.waitFor(/\[([2-9]|\d\d)\/57\]/);
    await sleep(1500);
    let screen = await s.screen();
    expect(screen).toContain("[2/57]");
    expect(cursorLine(screen)).toContain("0 · Absent"); // nothing moved the unseen screen's cursor
    expect(levels(join(dir, "a.yaml.draft"))).toEqual([1]);

    // One send-keys with every key at once: the same.
    s.send("Down", "Down", "Enter", "Down", "Enter", "Enter");
    await s.waitFor(/\[([3-9]|\d\d)\/57\]/);
    await sleep(1500);
    screen = await s.screen();
    expect(screen).toContain("[3/57]");
    expect(cursorLine(screen)).toContain("0 · Absent");
    expect(levels(join(dir, "a.yaml.draft"))).toEqual([1, 2]);

    // Once the typing stops, keys count again.
    s.send("Down");
    await s.waitFor(/❯ 1 · Ad hoc/);
    s.send("Enter");
    await s.waitFor(/\[4\/57\]/);
    s.send("C-c");
    await s.waitFor(/\[exit 130\]/);
    expect(levels(join(dir, "a.yaml.draft"))).toEqual([1, 2, 1]);
  });
});
