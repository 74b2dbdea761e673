import { describe, expect, it } from "vitest";
import { messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { textResolver } from "../../src/model/rubric.js";
import { PromptCancelled } from "../../src/prompt/prompts.js";
import { runQuestionnaire, type FlowState } from "../../src/prompt/questionnaire.js";
import type { Answer } from "../../src/scoring/score.js";
import { handRubric, rubricFrom } from "../helpers/model.js";
import { choose, level, scripted, type, type Step } from "../helpers/scripted.js";

// Items in order: a, b (dimension d1, group g1), c, d (dimension d2, group g2).
const rubric = rubricFrom({ ...handRubric, dimensions: handRubric.dimensions.map((d) => ({ ...d, summary: `About ${d.title}` })) });
const t = messagesFor("en");
const ctx = { rubric, t, text: textResolver(rubric, "en"), width: 78 };

async function run(steps: Step[], options: { answers?: Map<string, Answer>; askProfile?: boolean; askRespondent?: boolean } = {}) {
  const prompter = scripted(steps);
  const state: FlowState = { profileId: "p", answers: options.answers ?? new Map() };
  const drafts: string[] = [];
  const promise = runQuestionnaire({
    ctx,
    prompter,
    state,
    askProfile: options.askProfile ?? false,
    askRespondent: options.askRespondent ?? false,
    onChange: async (s) => void drafts.push(JSON.stringify([...s.answers])),
  });
  return { promise, prompter, state, drafts };
}

type Screen = { message: string; default?: string; choices?: readonly ({ value: string; name: string } | { separator: string })[] };
const choicesOf = (screen: unknown) => (screen as Screen).choices ?? [];
const valuesOf = (screen: unknown) => choicesOf(screen).flatMap((c) => ("value" in c ? [c.value] : []));

const levels = (state: FlowState) => Object.fromEntries([...state.answers].map(([id, a]) => [id, a.level]));

describe("the questionnaire flow", () => {
  it("asks profile, respondent, every item in order, then the review", async () => {
    const { promise, prompter, state, drafts } = await run(
      [choose("p"), type("Anna "), type(""), level(1), level(2), choose("dont-know"), level(4), choose("done")],
      { askProfile: true, askRespondent: true },
    );
    await promise;
    expect(levels(state)).toEqual({ a: 1, b: 2, c: null, d: 4 });
    expect(state.respondent).toEqual({ name: "Anna" });
    expect(drafts).toHaveLength(4); // one draft write per answer
    const messages = prompter.screens.map((s) => s.message);
    expect(messages[3]).toContain("━━ G1 ━━");
    expect(messages[3]).toContain("About D1");
    expect(messages[3]).toContain("[1/4] D1 · A?");
    expect(messages[4]).not.toContain("About D1"); // the summary is shown once
    expect(messages[5]).toContain("━━ G2 ━━");
    expect(messages[7]).toContain("Review: 3 of 4 answered");
  });

  it("shows the scale with this item's anchors, don't know, and no Back on the first item", async () => {
    const { promise, prompter } = await run([level(0), level(0), level(0), level(0), choose("done")]);
    await promise;
    expect(valuesOf(prompter.screens[0])).toEqual([
      "level:0",
      "level:1",
      "level:2",
      "level:3",
      "level:4",
      "dont-know",
      "na",
      "note",
      "skip",
    ]);
    expect(valuesOf(prompter.screens[1])).toContain("back");
  });

  it("goes back to the previous item with its answer preselected, and changes it", async () => {
    const { promise, prompter, state } = await run([level(1), choose("back"), level(3), level(2), level(2), level(2), choose("done")]);
    await promise;
    expect(levels(state)).toEqual({ a: 3, b: 2, c: 2, d: 2 });
    expect((prompter.screens[2] as Screen).default).toBe("level:1");
  });

  it("skips the rest of a dimension as don't know, keeping what was answered", async () => {
    const { promise, state } = await run([level(2), choose("skip"), level(1), level(1), choose("done")]);
    await promise;
    expect(levels(state)).toEqual({ a: 2, b: null, c: 1, d: 1 });
  });

  it("adds a note to an answer", async () => {
    const { promise, prompter, state } = await run([
      choose("note"),
      type("only in email"),
      level(1),
      level(0),
      level(0),
      level(0),
      choose("done"),
    ]);
    await promise;
    expect(state.answers.get("a")).toEqual({ level: 1, note: "only in email" });
    expect(prompter.screens[2]!.message).toContain("✎ only in email");
  });

  it("changes any answer from the review before finishing", async () => {
    const { promise, prompter, state } = await run([level(1), level(1), level(1), level(1), choose("edit:c"), level(4), choose("done")]);
    await promise;
    expect(levels(state)).toEqual({ a: 1, b: 1, c: 4, d: 1 });
    expect(choicesOf(prompter.screens[4]).map((c) => ("name" in c ? c.name : c.separator))).toEqual([
      "✔ Score these answers",
      "── D1",
      "A?: 1 · 1",
      "B?: 1 · 1",
      "── D2",
      "C?: 1 · 1",
      "D?: 1 · 1",
    ]);
  });

  it("resumes at the first unanswered item with earlier answers kept", async () => {
    const { promise, prompter, state } = await run([level(3), level(3), choose("done")], {
      answers: new Map([
        ["a", { level: 2 }],
        ["b", { level: null }],
      ]),
    });
    await promise;
    expect(prompter.screens[0]!.message).toContain("[3/4]");
    expect(levels(state)).toEqual({ a: 2, b: null, c: 3, d: 3 });
  });

  it("goes straight to the review when a resumed draft is complete", async () => {
    const all = new Map([
      ["a", { level: 1 }],
      ["b", { level: 1 }],
      ["c", { level: 1 }],
      ["d", { level: 1 }],
    ]);
    const { promise, prompter } = await run([choose("done")], { answers: all });
    await promise;
    expect(prompter.screens[0]!.message).toContain("Review");
  });

  it("keeps every answer given before a cancel", async () => {
    const { promise, state, drafts } = await run([level(1), level(2), "cancel"]);
    await expect(promise).rejects.toBeInstanceOf(PromptCancelled);
    expect(levels(state)).toEqual({ a: 1, b: 2 });
    expect(drafts).toHaveLength(2);
  });
});
