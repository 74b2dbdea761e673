import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { quote } from "shell-quote";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { bin } from "../helpers/exec.js";
import { run } from "../helpers/main.js";
import { TmuxSession } from "../helpers/tmux.js";

const ITEMS = 57; // the bundled rubric 2026.3.0
/** Items answered "don't know" by choiceFor: every sixth question from the fifth on. */
const ANSWERED = ITEMS - Array.from({ length: ITEMS }, (_, i) => i + 1).filter((n) => n % 6 === 5).length;
// The scenarios run at once (each in its own terminal and folder): most of their time is waiting
// for a screen. Their sessions are closed when all are done.
const sessions: TmuxSession[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
});
const open = (command: string, cwd: string) => {
  const s = new TmuxSession(command, { cwd, env: { XDG_STATE_HOME: join(cwd, "state") } });
  sessions.push(s);
  return s;
};

/** Level k is k presses of Down from the first choice; 5 is "Don't know". */
const choiceFor = (n: number) => n % 6;

async function answerItems(s: TmuxSession, from: number, to: number) {
  for (let n = from; n <= to; n++) {
    await s.waitFor(new RegExp(`\\[${n}/${ITEMS}\\]`));
    // One send-keys for the whole answer (as a fast typist's keys arrive): k Downs, then Enter.
    s.send(...Array<string>(choiceFor(n)).fill("Down"), "Enter");
  }
}

async function startAndIntroduce(s: TmuxSession) {
  await s.waitFor(/Which role/);
  s.send("Up", "Enter"); // from the default (marketing manager) up to CMO
  await s.waitFor(/Your name/);
  s.send("-l", "Anna Berg");
  s.send("Enter");
  await s.waitFor(/Your role/);
  s.send("Enter");
}

/** Removes the one field that records when the assessment started. */
const withoutDate = (json: string) => {
  const r = JSON.parse(json);
  delete r.date;
  return r;
};

describe.concurrent("gapcheck assess in a real terminal", () => {
  // What the uninterrupted run printed, for the resumed run to compare with once both are done.
  let printed!: (json: string) => void;
  let failed!: (reason: unknown) => void;
  const uninterrupted = new Promise<string>((resolve, reject) => {
    printed = resolve;
    failed = reject;
  });
  uninterrupted.catch(() => {}); // a failure is reported by the test that awaits it

  it("runs the whole questionnaire, saves the answers, then prints the result", async () => {
    await runWhole().then(printed, (e: unknown) => {
      failed(e);
      throw e;
    });
  });

  async function runWhole(): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-tty-"));
    const s = open(`node ${quote([bin])} assess --save answers.yaml --json > result.json`, dir);
    await startAndIntroduce(s);
    await answerItems(s, 1, ITEMS);
    await s.waitFor(new RegExp(`Review: ${ANSWERED} of ${ITEMS} answered`));
    s.send("Enter");
    const screen = await s.waitFor(/\[exit \d+\]/);
    expect(screen).toContain("[exit 0]");
    expect(screen).toContain("Answers saved to answers.yaml");

    const saved = parse(readFileSync(join(dir, "answers.yaml"), "utf8"));
    expect(saved.profile).toBe("cmo");
    expect(saved.respondent).toEqual({ name: "Anna Berg" });
    const levels = Object.values(saved.answers) as (number | null)[];
    expect(levels).toHaveLength(ITEMS);
    levels.forEach((level, i) => {
      expect(level).toBe(choiceFor(i + 1) === 5 ? null : choiceFor(i + 1));
    });

    const result = readFileSync(join(dir, "result.json"), "utf8");
    expect(JSON.parse(result).profile.id).toBe("cmo");
    // What was printed is exactly what the saved answers score to (scored in-process: the built
    // binary printed `result`, and helpers/main.ts gives what it would).
    expect((await run(["assess", "--answers", join(dir, "answers.yaml"), "--json"])).stdout).toBe(result);
    return result;
  }

  it("loses nothing on Ctrl-C halfway or at the last item, and --resume ends with the same result", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-tty-"));
    const first = open(`node ${quote([bin])} assess --save answers.yaml --json > result.json`, dir);
    await startAndIntroduce(first);
    await answerItems(first, 1, 21);
    await first.waitFor(new RegExp(`\\[22/${ITEMS}\\]`));
    first.send("C-c");
    const stopped = await first.waitFor(/\[exit \d+\]/);
    expect(stopped).toContain("[exit 130]");
    expect(stopped).toContain(`21 answers, 3 of them "don't know", saved in answers.yaml.draft`);
    expect(stopped).toMatch(/Continue with: (npx )?gapcheck assess --resume answers.yaml.draft --json --save answers.yaml/);
    expect(Object.keys(parse(readFileSync(join(dir, "answers.yaml.draft"), "utf8")).answers)).toHaveLength(21);

    // The resumed run is stopped again at the last item: the draft then holds all but that one. (Ctrl-C
    // at the first question, with nothing to save, is test/terminal/interactive-answers.test.ts's "before the first answer".)
    const resume = `node ${quote([bin])} assess --resume answers.yaml.draft --save answers.yaml --json > result.json`;
    const second = open(resume, dir);
    await answerItems(second, 22, ITEMS - 1);
    await second.waitFor(new RegExp(`\\[${ITEMS}/${ITEMS}\\]`));
    second.send("C-c");
    expect(await second.waitFor(/\[exit \d+\]/)).toContain("[exit 130]");
    expect(Object.keys(parse(readFileSync(join(dir, "answers.yaml.draft"), "utf8")).answers)).toHaveLength(ITEMS - 1);

    const third = open(resume, dir);
    await answerItems(third, ITEMS, ITEMS);
    await third.waitFor(new RegExp(`Review: ${ANSWERED} of ${ITEMS} answered`));
    third.send("Enter");
    expect(await third.waitFor(/\[exit \d+\]/)).toContain("[exit 0]");
    const resumed = readFileSync(join(dir, "result.json"), "utf8");
    // The uninterrupted run is the test before; alone (-t, .only) this one says so instead of hanging.
    const reference = await Promise.race([
      uninterrupted,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("the uninterrupted run did not finish")), 45_000).unref()),
    ]);
    expect(withoutDate(resumed)).toEqual(withoutDate(reference));
  });

  it("exits 2 at once when stdin is a pipe that stays open (never hangs)", async () => {
    const child = spawn(process.execPath, [bin, "assess"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const status = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(null);
      }, 15_000);
      child.on("exit", (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    expect(status).toBe(2);
    expect(stderr).toContain("--answers");
  });
});
