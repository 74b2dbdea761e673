import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseShell } from "shell-quote";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { assess, type AssessOptions } from "../../src/commands/assess.js";
import type { InterruptedError } from "../../src/errors.js";
import type { Lang } from "../../src/i18n/messages.js";
import { pageSizeFor, type InputScreen, type SelectScreen } from "../../src/prompt/prompts.js";
import { splitKeys, translateDigits } from "../../src/prompt/keys.js";
import { resumeCommand } from "../../src/session/command.js";
import { fakeIo } from "../helpers/io.js";
import { gapcheckOnPath } from "../helpers/path.js";
import { bundledItemIds } from "../helpers/rubric-fixture.js";
import { choose, level, scripted, type, type Step } from "../helpers/scripted.js";

/* Issue 10: the parts of the interactive points that need no terminal. */

const dir = () => mkdtempSync(join(tmpdir(), "gapcheck-trust-"));
const onPath = gapcheckOnPath();
const opts = (io: ReturnType<typeof fakeIo>, prompter: ReturnType<typeof scripted>, extra: Partial<AssessOptions> = {}): AssessOptions => ({
  format: "json",
  pareto: 0.8,
  io,
  prompter,
  profile: "cmo",
  ...extra,
});
const dontKnow = choose("dont-know");
/** A user's answers file with every item of the bundled rubric at `level`. */
async function finishedFile(cwd: string, level: number): Promise<string> {
  const path = join(cwd, "team.yaml");
  const answers = (await bundledItemIds()).map((id) => `  ${id}: ${level}`).join("\n");
  writeFileSync(path, `gapcheck: 1\nrubric: { id: marketing-leadership }\nanswers:\n${answers}\n`);
  return path;
}
const interrupted = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable("not interrupted") as never,
    (e: InterruptedError) => e,
  );

describe("Ctrl-C says how many answers are levels and how many don't know (issue 10.16)", () => {
  it.each<[Lang, string]>([
    ["en", `Interrupted: 5 answers, 1 of them "don't know", saved in`],
    ["sv", "Avbrutet: 5 svar (varav 1 ”vet inte”) har sparats i"],
    ["nb", "Avbrutt: 5 svar (hvorav 1 «vet ikke») er lagret i"],
  ])("%s", async (lang, expected) => {
    const cwd = dir();
    const save = join(cwd, "a.yaml");
    const steps: Step[] = [type(""), type(""), level(1), level(2), dontKnow, level(3), level(0), "cancel"];
    const err = await interrupted(assess(opts(fakeIo(cwd), scripted(steps), { save, lang })));
    expect(err.exitCode).toBe(130);
    expect(err.message).toContain(`${expected} ${save}.draft`);
    expect(Object.values(parse(readFileSync(`${save}.draft`, "utf8")).answers)).toEqual([1, 2, null, 3, 0]);
  });

  it("no don't know: just the count", async () => {
    const cwd = dir();
    const err = await interrupted(
      assess(opts(fakeIo(cwd), scripted([type(""), type(""), level(1), level(2), "cancel"]), { save: join(cwd, "a.yaml") })),
    );
    expect(err.message).toMatch(/^Interrupted: 2 answers saved in /);
  });
});

describe("Ctrl-C writes the draft it names (issue 10.2)", () => {
  it("on the review screen of a resumed answers file, before anything changed", async () => {
    const cwd = dir();
    const own = await finishedFile(cwd, 2);
    const state = join(cwd, "state");
    const prompter = scripted(["cancel"]); // the review screen is the first screen
    const err = await interrupted(assess(opts(fakeIo(cwd, { XDG_STATE_HOME: state }), prompter, { resume: own })));
    expect((prompter.screens[0] as SelectScreen<string>).message).toMatch(/^Review: 57 of 57/);
    const draft = err.message.match(/saved in (\S+)/)![1]!;
    expect(draft.startsWith(join(state, "gapcheck"))).toBe(true);
    expect(Object.values(parse(readFileSync(draft, "utf8")).answers)).toEqual(Array(57).fill(2));
  });
});

describe("drafts record their language; --resume continues in it (issue 10.3)", () => {
  it("a draft made in Swedish resumes in Swedish without --lang, and the result is Swedish", async () => {
    const cwd = dir();
    const save = join(cwd, "a.yaml");
    await interrupted(assess(opts(fakeIo(cwd, { LANG: "sv_SE.UTF-8" }), scripted([type(""), type(""), level(2), "cancel"]), { save })));
    expect(parse(readFileSync(`${save}.draft`, "utf8")).locale).toBe("sv");

    const prompter = scripted([...Array.from({ length: 56 }, () => level(1)), choose("done")]);
    const io = fakeIo(cwd, { LANG: "C.UTF-8" });
    expect(await assess(opts(io, prompter, { save, resume: `${save}.draft` }))).toBe(0);
    expect((prompter.screens[0] as SelectScreen<string>).choices.some((c) => "name" in c && c.name === "Vet inte")).toBe(true);
    expect(JSON.parse(io.out()).locale).toBe("sv");
    expect(io.err()).toContain("Svaren har sparats i");
    // --lang still wins over the draft.
  });

  it("--lang wins over the draft's language", async () => {
    const cwd = dir();
    const draft = join(cwd, "x.draft.yaml");
    writeFileSync(draft, "gapcheck: 1\nrubric: { id: marketing-leadership }\nlocale: sv\nanswers: { ai-workflows: 2 }\n");
    const prompter = scripted([level(1), "cancel"]);
    const err = await interrupted(assess(opts(fakeIo(cwd), prompter, { resume: draft, lang: "nb" })));
    expect(err.message).toContain("Fortsett med: npx gapcheck assess --resume");
    expect(parse(readFileSync(draft, "utf8")).locale).toBe("nb");
  });
});

describe("the resume command (issue 10.3)", () => {
  it("repeats every option that shapes the result, quoted so a shell gives back the same words", () => {
    const run = {
      rubric: "my rubric's.yaml",
      profile: "cmo",
      lang: "sv",
      format: "markdown" as const,
      out: "$HOME `x`.md",
      pareto: 0.7,
      failAbove: 40,
      save: "a b.yaml",
      color: false,
    };
    const command = resumeCommand(run, "a b.yaml.draft", onPath);
    expect(parseShell(command, {})).toEqual([
      "gapcheck",
      "assess",
      "--resume",
      "a b.yaml.draft",
      "--rubric",
      "my rubric's.yaml",
      "--profile",
      "cmo",
      "-f",
      "markdown",
      "-o",
      "$HOME `x`.md",
      "--save",
      "a b.yaml",
      "--lang",
      "sv",
      "--pareto",
      "0.7",
      "--fail-above",
      "40",
      "--no-color",
    ]);
  });

  it("leaves out defaults; --json for JSON", () => {
    expect(resumeCommand({ format: "table", pareto: 0.8 }, "d.draft", onPath)).toBe("gapcheck assess --resume d.draft");
    expect(resumeCommand({ format: "json", pareto: 0.8 }, "d.draft", onPath)).toBe("gapcheck assess --resume d.draft --json");
  });
});

describe("screens (issue 10.16)", () => {
  it("the note prompt shows the question it belongs to", async () => {
    const cwd = dir();
    const prompter = scripted([type(""), type(""), choose("note"), type("only email"), level(2), "cancel"]);
    await interrupted(assess(opts(fakeIo(cwd), prompter, { save: join(cwd, "a.yaml") })));
    const note = prompter.screens[3] as InputScreen;
    expect(note.message).toContain("[1/57] AI-first ways of working · AI workflows");
    expect(note.message).toContain("How far are AI-driven workflows built into");
    expect(note.message).toContain("Note for this item");
  });

  it("the review screen comes back with the cursor on the answer just changed", async () => {
    const cwd = dir();
    // A finished file resumed: the review is the first screen. (That the review after the last
    // question starts on "done" too is test/terminal/interactive.test.ts's runWhole, which scores with Enter there.)
    const prompter = scripted([choose("edit:attribution"), level(3), choose("done")]);
    const resume = await finishedFile(cwd, 1);
    expect(await assess(opts(fakeIo(cwd), prompter, { save: join(cwd, "a.yaml"), resume }))).toBe(0);
    const reviews = prompter.screens.filter((s): s is SelectScreen<string> => "choices" in s && s.message.startsWith("Review"));
    expect(reviews.map((r) => r.default)).toEqual(["done", "edit:attribution"]);
  });

  it("the page fills the terminal's height, never less than 5 rows", () => {
    const screen: SelectScreen<string> = {
      message: "one\ntwo",
      choices: Array.from({ length: 60 }, (_, i) => ({ value: `${i}`, name: `${i}`, description: i === 3 ? "a\nb" : undefined! })),
    };
    expect(pageSizeFor(screen, 40)).toBe(40 - 2 - 2 - 3);
    expect(pageSizeFor(screen, 8)).toBe(5);
    expect(pageSizeFor({ message: "m", choices: screen.choices.slice(0, 4) }, 40)).toBe(4);
  });
});

describe("keys (issue 10.1)", () => {
  it("escape sequences stay whole, so the digits in them are not digit keys", () => {
    expect(splitKeys("3\x1b[1;5A\x1b[B\r")).toEqual(["3", "\x1b[1;5A", "\x1b[B", "\r"]);
  });

  it("a digit moves the cursor to its target from the top; one without a target does nothing", () => {
    expect(translateDigits("2\r", { "2": 1 }, 3)).toBe(`${"\x1b[A".repeat(3)}\x1b[B\r`);
    expect(translateDigits("7a\x1b[3~", { "2": 1 }, 3)).toBe("a\x1b[3~");
  });
});
