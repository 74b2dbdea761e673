import { describe, expect, it } from "vitest";
import { messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { textResolver } from "../../src/model/rubric.js";
import { runQuestionnaire, type FlowState } from "../../src/prompt/questionnaire.js";
import { reviewScreen } from "../../src/prompt/screens.js";
import { score } from "../../src/scoring/score.js";
import { handRubric, rubricFrom } from "../helpers/model.js";
import { choose, level, scripted } from "../helpers/scripted.js";

// (1.1) "Not applicable" on every item screen and in the review. Items in order: a, b, c, d.
const rubric = rubricFrom(handRubric);
const t = messagesFor("en");
const ctx = { rubric, t, text: textResolver(rubric, "en"), width: 78 };

describe("not applicable in the questionnaire", () => {
  it("is a choice on every item screen, is kept as na, shows in the review and can be changed there", async () => {
    const prompter = scripted([level(1), choose("na"), level(0), choose("dont-know"), choose("edit:b"), choose("na"), choose("done")]);
    const state: FlowState = { profileId: "p", answers: new Map() };
    const drafts: string[] = [];
    await runQuestionnaire({
      ctx,
      prompter,
      state,
      askProfile: false,
      askRespondent: false,
      onChange: async (s) => void drafts.push(JSON.stringify([...s.answers])),
    });
    expect(Object.fromEntries([...state.answers].map(([id, a]) => [id, a.level]))).toEqual({ a: 1, b: "na", c: 0, d: null });
    expect(drafts[1]).toContain('["b",{"level":"na"}]'); // the draft holds na as soon as it is chosen
    const itemScreens = prompter.screens.filter((s) => "choices" in s && s.message.includes("[")) as unknown as {
      choices: { value?: string; name?: string }[];
      default?: string;
    }[];
    for (const s of itemScreens) expect(s.choices.find((c) => c.value === "na")?.name).toBe(t.priorities.notApplicable);
    // In the review b reads "Not applicable", and editing it preselects that choice.
    const review = reviewScreen(ctx, state.answers);
    expect(review.choices.find((c) => "value" in c && c.value === "edit:b")).toMatchObject({ name: `B?: ${t.priorities.notApplicable}` });
    expect(review.message).toBe(t.prompt.review(2, 4));
    expect(itemScreens.at(-1)!.default).toBe("na");
    // Scored: b leaves every number (hand-computed in test/scoring/priorities.test.ts).
    const result = score({ rubric, profile: rubric.profileById.get("p")!, answers: state.answers, pareto: 0.8, locale: "en", sha256: "" });
    expect(result.summary).toMatchObject({ gapIndex: 75, notApplicable: 1 });
  });
});
