import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { quote } from "shell-quote";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { bin } from "../helpers/exec.js";
import { MINI_RUBRIC } from "../helpers/rubric-fixture.js";
import { TmuxSession } from "../helpers/tmux.js";

/*
 * Issue 24.10: a key pressed while gapcheck starts never answers a question nobody saw. The keys are
 * typed into the terminal before gapcheck even starts: the command waits in the shell until the test
 * creates the file `go`, so the keys sit in the terminal's input queue, as keys typed while Node
 * loads do, and reach gapcheck before it draws its first screen — on every kind of first screen.
 */

const sessions: TmuxSession[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tempDir = () => mkdtempSync(join(tmpdir(), "gapcheck-typeahead-"));

/** gapcheck ARGS in a terminal, started only once `go` exists; `keys` are typed before that. */
async function startWithTypeAhead(args: string[], dir: string, keys: string[]): Promise<TmuxSession> {
  writeFileSync(join(dir, "mini.yaml"), MINI_RUBRIC);
  const command = `sh -c ${quote([`while [ ! -e go ]; do sleep 0.02; done; exec node ${quote([bin, ...args])}`])}`;
  const s = new TmuxSession(command, { cwd: dir, env: { XDG_STATE_HOME: join(dir, "state") } });
  sessions.push(s);
  s.send(...keys);
  await s.screen(); // tmux answers in order: the keys are in the terminal's input queue now
  writeFileSync(join(dir, "go"), "");
  return s;
}

/** The highlighted choice of a select screen. */
const cursorLine = (screen: string) => screen.split("\n").find((l) => l.startsWith("❯")) ?? "";
const levels = (path: string) => Object.values(parse(readFileSync(path, "utf8")).answers as Record<string, unknown>);

/** Waits for a screen, then for longer than the gate's quiet time, and checks it is still there. */
async function settled(s: TmuxSession, pattern: RegExp): Promise<string> {
  await s.waitFor(pattern);
  await sleep(800); // any key wrongly kept has acted by now
  const screen = await s.screen();
  expect(screen).toMatch(pattern);
  return screen;
}

describe.concurrent("keys typed before the first screen is drawn are dropped (issue 24.10)", () => {
  it("a fresh run: Enter does not pick the profile", async () => {
    const dir = tempDir();
    const s = await startWithTypeAhead(["assess", "-r", "mini.yaml", "--save", "a.yaml"], dir, ["Down", "Enter"]);
    const screen = await settled(s, /Which role/);
    expect(cursorLine(screen)).toContain("Marketing manager"); // the default, unmoved
    expect(screen).not.toMatch(/Your name/);
    s.send("Down");
    await s.waitFor(/❯ CMO/); // keys count again once the screen is up
    s.send("C-c");
    expect(await s.waitFor(/\[exit \d+\]/)).toContain("[exit 130]");
  });

  it("a resumed draft: Enter does not answer the first open item, and the draft gets no answer for it", async () => {
    const dir = tempDir();
    const draft = join(dir, "d.yaml.draft");
    writeFileSync(draft, "gapcheck: 1\nrubric: { id: mini }\nprofile: cmo\nanswers:\n  ai-workflows: 1\n");
    const s = await startWithTypeAhead(["assess", "-r", "mini.yaml", "--resume", "d.yaml.draft", "--save", "d.yaml"], dir, [
      "Down",
      "Enter",
      "Enter",
    ]);
    const screen = await settled(s, /\[2\/4\]/);
    expect(cursorLine(screen)).not.toContain("1 · Ad hoc");
    s.send("3");
    await s.waitFor(/❯ 3 · Established/);
    s.send("Enter");
    await s.waitFor(/\[3\/4\]/);
    s.send("C-c");
    expect(await s.waitFor(/\[exit \d+\]/)).toContain("[exit 130]");
    expect(levels(draft)).toEqual([1, 3]);
  });

  it("the review screen of a finished file: Enter does not score the answers unreviewed", async () => {
    const dir = tempDir();
    const finished = join(dir, "done.yaml");
    const answers = "answers:\n  ai-workflows: 1\n  ai-governance: 2\n  crm-integration: 3\n  lead-scoring: 0\n";
    writeFileSync(finished, `gapcheck: 1\nrubric: { id: mini }\nprofile: cmo\n${answers}`);
    const s = await startWithTypeAhead(["assess", "-r", "mini.yaml", "--resume", "done.yaml", "--save", "out.yaml"], dir, [
      "Enter",
      "Enter",
    ]);
    await settled(s, /Review: 4 of 4 answered/);
    expect(existsSync(join(dir, "out.yaml"))).toBe(false);
    s.send("Down");
    await s.waitFor(/❯ .*: 1 · Ad hoc/); // the cursor moves from "Score these answers" to the first answer
    s.send("C-c");
    expect(await s.waitFor(/\[exit \d+\]/)).toContain("[exit 130]");
    expect(existsSync(join(dir, "out.yaml"))).toBe(false);
  });
});
