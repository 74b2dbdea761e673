import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/commands/assess.js";
import { GapcheckError, InterruptedError } from "../../src/errors.js";
import { fakeIo } from "../helpers/io.js";
import { bundledItemIds, MINI_RUBRIC, tempFile } from "../helpers/rubric-fixture.js";
import { choose, level, respondent as start, scriptedAssess as opts } from "../helpers/scripted.js";

const ITEMS = 57; // the bundled rubric 2026.3.0; the CMO profile excludes none
const dir = () => mkdtempSync(join(tmpdir(), "gapcheck-session-"));
const all = (n: number) => Array.from({ length: ITEMS }, (_, i) => i % n);

describe("assess in the terminal: drafts and answers", () => {
  /**
   * The whole questionnaire answered in one go, run once on first use: the first test checks what it
   * wrote, the second compares a resumed run's result with its output (the clock is fixed, so the
   * same script gives the same result).
   */
  let whole: Promise<{ code: number; io: ReturnType<typeof fakeIo>; save: string }> | undefined;
  const uninterrupted = () =>
    (whole ??= (async () => {
      const cwd = dir();
      const io = fakeIo(cwd);
      const save = join(cwd, "answers.yaml");
      return { code: await assess(opts(io, [...start(...all(5)), choose("done")], { save })), io, save };
    })());

  it("writes the answers file, removes the draft, then prints the result", async () => {
    const { code, io, save } = await uninterrupted();
    expect(code).toBe(0);
    const saved = parse(readFileSync(save, "utf8"));
    expect(saved).toMatchObject({ gapcheck: 1, profile: "cmo", respondent: { name: "Anna", role: "CMO" }, date: "2026-11-23T09:30:00Z" });
    expect(Object.keys(saved.answers)).toHaveLength(ITEMS);
    expect(existsSync(`${save}.draft`)).toBe(false);
    expect(JSON.parse(io.out()).respondent).toEqual({ name: "Anna", role: "CMO" });
    expect(io.err()).toContain(`Answers saved to ${save}`);
  });

  it("keeps a draft on cancel and says exactly how to continue; --resume finishes with the same result", async () => {
    const cwd = dir();
    const save = join(cwd, "answers.yaml");
    const io1 = fakeIo(cwd);
    const cancelled = assess(opts(io1, [...start(...all(5).slice(0, 20)), "cancel"], { save }));
    await expect(cancelled).rejects.toBeInstanceOf(InterruptedError);
    const err = (await cancelled.catch((e: unknown) => e)) as InterruptedError;
    expect(err.exitCode).toBe(130);
    expect(err.message).toContain(`20 answers saved in ${save}.draft`);
    expect(err.message).toContain(`Continue with: npx gapcheck assess --resume ${save}.draft --profile cmo --json --save ${save}`);
    expect(Object.keys(parse(readFileSync(`${save}.draft`, "utf8")).answers)).toHaveLength(20);
    expect(existsSync(save)).toBe(false);

    const io2 = fakeIo(cwd);
    const rest = all(5).slice(20).map(level);
    expect(await assess(opts(io2, [...rest, choose("done")], { save, resume: `${save}.draft` }))).toBe(0);
    expect(existsSync(`${save}.draft`)).toBe(false);

    expect(io2.out()).toBe((await uninterrupted()).io.out());
  });

  it("puts the draft in the state folder when there is no --save", async () => {
    const cwd = dir();
    const state = join(cwd, "state");
    const io = fakeIo(cwd, { XDG_STATE_HOME: state });
    const err = await assess(opts(io, [...start(1, 2), "cancel"])).catch((e: Error) => e);
    const draft = join(state, "gapcheck", "marketing-leadership-2026-11-23T09-30-00Z.draft.yaml");
    expect((err as Error).message).toContain(`gapcheck assess --resume ${draft}`);
    expect(parse(readFileSync(draft, "utf8")).answers).toEqual({ "ai-workflows": 1, "ai-gains": 2 });
  });

  it("saves to a new dated file here without --save, never over an existing one", async () => {
    const cwd = dir();
    writeFileSync(join(cwd, "gapcheck-answers-2026-11-23.yaml"), "keep me");
    const io = fakeIo(cwd, { XDG_STATE_HOME: join(cwd, "state") });
    // Four items of the mini rubric are enough to reach the end, where the answers are saved.
    await assess(opts(io, [...start(0, 1, 2, 0), choose("done")], { rubric: tempFile("mini.yaml", MINI_RUBRIC) }));
    expect(readFileSync(join(cwd, "gapcheck-answers-2026-11-23.yaml"), "utf8")).toBe("keep me");
    expect(existsSync(join(cwd, "gapcheck-answers-2026-11-23-2.yaml"))).toBe(true);
  });

  it("refuses an existing --save file, and an unfinished draft beside it, before asking anything", async () => {
    const cwd = dir();
    const save = join(cwd, "a.yaml");
    writeFileSync(save, "old answers");
    await expect(assess(opts(fakeIo(cwd), [], { save }))).rejects.toThrow(/already exists/);
    const save2 = join(cwd, "b.yaml");
    writeFileSync(`${save2}.draft`, "draft");
    await expect(assess(opts(fakeIo(cwd), [], { save: save2 }))).rejects.toThrow(
      `continue it with: npx gapcheck assess --resume ${save2}.draft`,
    );
    expect(readFileSync(save, "utf8")).toBe("old answers");
  });

  it("refuses (exit 2) to resume a draft made for another rubric", async () => {
    const cwd = dir();
    const draft = join(cwd, "other.draft.yaml");
    writeFileSync(draft, "gapcheck: 1\nrubric: { id: another-rubric }\nanswers: {}\n");
    const err = (await assess(opts(fakeIo(cwd), [], { resume: draft })).catch((e: unknown) => e)) as GapcheckError;
    expect(err).toBeInstanceOf(GapcheckError);
    expect(err.exitCode).toBe(2);
    expect(err.findings[0]!.message).toContain('answers are for rubric "another-rubric", not "marketing-leadership"');
  });

  it("asks for the profile when --profile is not given", async () => {
    const cwd = dir();
    const io = fakeIo(cwd, { XDG_STATE_HOME: join(cwd, "state") });
    // The mini rubric's four items; its cmo profile, not its default (manager), so the choice shows.
    const rubric = tempFile("mini.yaml", MINI_RUBRIC);
    await assess(opts(io, [choose("cmo"), ...start(0, 1, 2, 3), choose("done")], { profile: undefined, rubric }));
    expect(JSON.parse(io.out()).profile.id).toBe("cmo");
  });

  it("resumes from a user's own answers file without touching it", async () => {
    const cwd = dir();
    const own = join(cwd, "team.yaml");
    // Every item but the last answered: the run asks that one, then the review.
    const answers = (await bundledItemIds()).slice(0, -1).map((id, i) => `  ${id}: ${i % 5}`);
    const text = `# our answers\ngapcheck: 1\nrubric: { id: marketing-leadership }\nprofile: cmo\nanswers:\n${answers.join("\n")}\n`;
    writeFileSync(own, text);
    const io = fakeIo(cwd, { XDG_STATE_HOME: join(cwd, "state") });
    await assess(opts(io, [level(2), choose("done")], { resume: own, profile: undefined }));
    expect(readFileSync(own, "utf8")).toBe(text);
    expect(JSON.parse(io.out()).summary.answered).toBe(ITEMS);
  });

  it("refuses --save into a folder that does not exist before asking anything", async () => {
    const cwd = dir();
    await expect(assess(opts(fakeIo(cwd), [], { save: join(cwd, "nowhere", "a.yaml") }))).rejects.toThrow(
      /cannot write .*a\.yaml: the folder .*nowhere does not exist/,
    );
  });
});
