import { input, select } from "@inquirer/prompts";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { textResolver, type Rubric } from "../../src/model/rubric.js";
import { inputConfig, selectConfig } from "../../src/prompt/prompts.js";
import { itemScreen, noteScreen, profileScreen, reviewScreen } from "../../src/prompt/screens.js";
import { loadRubric } from "../../src/rubric/load.js";
import { defaultRubricPath } from "../../src/paths.js";

const t = messagesFor("en");
const rubric = (await loadRubric(defaultRubricPath(), t)).rubric as Rubric;
const ctx = { rubric, t, text: textResolver(rubric, "en"), width: 78 };
const crm = rubric.itemById.get("crm-sales-integration")!;

/** The real @inquirer/prompts select and input, rendered from our screen configs. */
describe("prompt screens", () => {
  it("item screen: progress line, question, levels, anchor of the highlighted level", async () => {
    const { answer, events, getScreen } = await render(select, selectConfig(itemScreen(ctx, crm, { canGoBack: true, canSkip: true })));
    const screen = getScreen();
    expect(screen).toMatch(/\[\d+\/57\] Marketing automation and CRM · CRM and sales integration/);
    for (const label of ["0 · Absent", "4 · Leading", "Don't know", "← Back to the previous question"]) expect(screen).toContain(label);
    expect(screen).toContain(t.prompt.addNote);
    const anchor0 = ctx.text(crm.item.levels!["0"]).split(" ").slice(0, 4).join(" ");
    expect(screen).toContain(anchor0);
    events.keypress("down");
    events.keypress("down");
    const anchor2 = ctx.text(crm.item.levels!["2"]).split(" ").slice(0, 4).join(" ");
    expect(getScreen()).toContain(anchor2);
    events.keypress("enter");
    await expect(answer).resolves.toBe("level:2");
  });

  it("item screen: every line fits 80 columns", async () => {
    const { answer, events, getScreen } = await render(select, selectConfig(itemScreen(ctx, crm, { canGoBack: true, canSkip: true })));
    for (const line of getScreen().split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    events.keypress("enter");
    await answer;
  });

  it("item screen: an earlier answer is preselected", async () => {
    const { answer, events } = await render(
      select,
      selectConfig(itemScreen(ctx, crm, { answer: { level: 3 }, canGoBack: true, canSkip: false })),
    );
    events.keypress("enter");
    await expect(answer).resolves.toBe("level:3");
  });

  it("profile screen: every profile, the default highlighted, its description shown", async () => {
    const { answer, events, getScreen } = await render(select, selectConfig(profileScreen(ctx, "marketing-manager")));
    const screen = getScreen();
    for (const p of ["Chief Marketing Officer", "Marketing manager", "Marketing generalist", "Interim marketing lead"])
      expect(screen).toContain(p);
    expect(screen).toContain("operational");
    events.keypress("enter");
    await expect(answer).resolves.toBe("marketing-manager");
  });

  it("review screen: answers by dimension, Score first", async () => {
    const answers = new Map([
      ["ai-workflows", { level: 2 }],
      ["attribution", { level: null }],
    ]);
    const { answer, events, getScreen } = await render(select, selectConfig(reviewScreen(ctx, answers)));
    const screen = getScreen();
    expect(screen).toContain("Review: 1 of 57 answered");
    expect(screen).toContain("✔ Score these answers");
    expect(screen).toContain("── AI-first ways of working");
    expect(screen).toContain("AI workflows: 2 · Defined");
    events.keypress("down");
    events.keypress("enter");
    await expect(answer).resolves.toBe("edit:ai-workflows");
  });

  it("note screen: free text", async () => {
    const { answer, events, getScreen } = await render(input, inputConfig(noteScreen(ctx, crm, undefined)));
    expect(getScreen()).toContain("Note for this item");
    events.type("last-click only");
    events.keypress("enter");
    await expect(answer).resolves.toBe("last-click only");
  });
});

describe("prompt screens in Swedish", () => {
  it("translates inquirer's key hint too", async () => {
    const sv = messagesFor("sv");
    const svCtx = { rubric, t: sv, text: textResolver(rubric, "sv"), width: 78 };
    const { answer, events, getScreen } = await render(
      select,
      selectConfig(itemScreen(svCtx, crm, { canGoBack: true, canSkip: true }), sv.prompt.keys),
    );
    const screen = getScreen();
    expect(screen).toContain("Vet inte");
    expect(screen).toContain("↑↓ flytta • ⏎ välj");
    expect(screen).not.toContain("navigate");
    events.keypress("enter");
    await answer;
  });
});
