import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnswers } from "../../src/answers/load.js";
import { diffRubrics } from "../../src/diff/compare.js";
import { DIFF_RENDERERS } from "../../src/render/diff/index.js";
import type { Rubric } from "../../src/model/rubric.js";
import { gapcheck, root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";
import { check, edit, lines, linesOf, MINI_RUBRIC, positionOf, t, tempFile } from "../helpers/rubric-fixture.js";

/*
 * Rubric `history` (docs/rubric-format.md#history): answers saved for an earlier version keep loading. Version 2 of
 * MINI_RUBRIC renames ai-workflows to ai-work and removes ai-governance.
 */
const V2 = edit(
  edit(edit(MINI_RUBRIC, "version: 1.0.0", "version: 2.0.0"), "      - id: ai-workflows\n", "      - id: ai-work\n"),
  "      - id: ai-governance\n        text: Is there an AI policy?\n        action: Write an AI policy.\n",
  "",
).concat("history:\n  renamed: { ai-workflows: ai-work }\n  removed: [ai-governance]\n");

function valid(text: string): Rubric {
  const loaded = check(text);
  if (!loaded.rubric) throw new Error(lines(loaded.findings).join("\n"));
  return loaded.rubric;
}

describe("history in the rubric: validation", () => {
  it("a rubric with renamed and removed ids validates with no findings", () => {
    expect(lines(check(V2).findings)).toEqual([]);
  });

  it("an old id that is still a current item is a duplicate-id error at the history entry", () => {
    const text = `${MINI_RUBRIC}history:\n  renamed: { lead-scoring: crm-integration }\n  removed: [ai-governance]\n`;
    const at = positionOf(text, "lead-scoring: crm");
    const gov = positionOf(text, "ai-governance]");
    expect(linesOf(check(text).findings, "duplicate-id")).toEqual([
      `x.yaml:${at} error duplicate-id history: "lead-scoring" is a current item id (at 45:13);` +
        ` only ids that no longer exist may be listed as renamed or removed`,
      `x.yaml:${gov} error duplicate-id history: "ai-governance" is a current item id (at 33:13);` +
        ` only ids that no longer exist may be listed as renamed or removed`,
    ]);
  });

  it("a rename to an id that is not a current item is unknown-item, listing the known items", () => {
    const text = `${MINI_RUBRIC}history:\n  renamed: { old-one: crm-integrate }\n`;
    const findings = linesOf(check(text).findings, "unknown-item");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(
      new RegExp(`^x.yaml:${positionOf(text, "crm-integrate }")} error unknown-item unknown item "crm-integrate"; known: ai-workflows`),
    );
  });

  it("an old id both renamed and removed is reported once, at its second mention", () => {
    const text = `${MINI_RUBRIC}history:\n  renamed: { old-one: ai-workflows }\n  removed: [old-one]\n`;
    expect(linesOf(check(text).findings, "duplicate-id")).toEqual([
      `x.yaml:${positionOf(text, "old-one]")} error duplicate-id history: "old-one" is already listed ` +
        `at ${positionOf(text, "old-one:")}; an old id is either renamed or removed, once`,
    ]);
  });

  it("an unknown key inside history is an error naming the allowed keys", () => {
    const text = `${MINI_RUBRIC}history:\n  renames: { old-one: ai-workflows }\n`;
    expect(lines(check(text).findings)).toEqual([
      `x.yaml:${positionOf(text, "renames")} error unknown-key unknown key "renames";` +
        ` allowed here: renamed, removed; did you mean renamed?`,
    ]);
  });

  it("the messages exist in Swedish and Norwegian", async () => {
    const { messagesFor } = await import("../../src/i18n/messages.js");
    expect(messagesFor("sv").history.renamedNotice("a", "b")).toBe('svaret för "a" lästes in som "b" (punkten har bytt id)');
    expect(messagesFor("nb").history.removedWarning("a")).toBe('punktet "a" er fjernet fra matrisen; svaret på det telles ikke');
  });
});

describe("history when answers are loaded", () => {
  const v2 = valid(V2);
  const head = "gapcheck: 1\nrubric: { id: mini, version: 1.0.0 }\nanswers:\n";

  it("an answer saved under a renamed id loads as the new id, with a located notice and no finding", async () => {
    const path = tempFile("a.yaml", `${head}  ai-workflows: { level: 2, note: kept }\n  crm-integration: 1\n`);
    const loaded = await loadAnswers(path, v2, t);
    expect(lines(loaded.findings)).toEqual([
      `${path}:2:30 warning rubric-version answers were made for version 1.0.0 of the rubric, this is 2.0.0; scoring them anyway`,
    ]);
    expect([...loaded.answers!]).toEqual([
      ["ai-work", { level: 2, note: "kept" }],
      ["crm-integration", { level: 1 }],
    ]);
    expect(loaded.notices).toEqual([
      {
        file: path,
        line: 4,
        col: 3,
        rule: "renamed-item",
        message: 'answer for "ai-workflows" loaded as "ai-work" (the item was renamed)',
      },
    ]);
  });

  it("an answer for a removed id loads with a warning and is ignored", async () => {
    const path = tempFile("a.yaml", `${head}  ai-governance: 3\n  lead-scoring: 2\n`);
    const loaded = await loadAnswers(path, v2, t);
    expect(linesOf(loaded.findings, "removed-item")).toEqual([
      `${path}:4:3 warning removed-item item "ai-governance" was removed from the rubric; its answer is ignored`,
    ]);
    expect([...loaded.answers!.keys()]).toEqual(["lead-scoring"]);
  });

  it("when the old and the new id are both answered, the new one is used and the old one is warned about", async () => {
    const path = tempFile("a.yaml", `${head}  ai-workflows: 1\n  ai-work: 3\n`);
    const loaded = await loadAnswers(path, v2, t);
    expect(linesOf(loaded.findings, "removed-item")).toEqual([
      `${path}:4:3 warning removed-item answers for both "ai-workflows" and its new id "ai-work"; the one for "ai-work" is used`,
    ]);
    expect(loaded.answers!.get("ai-work")).toEqual({ level: 3 });
    expect(loaded.notices).toEqual([]);
  });

  it("a bad level under an old id is an error located at the old id, naming the new one", async () => {
    const path = tempFile("a.yaml", `${head}  ai-workflows: 7\n  crm-integration: "2"\n`);
    const loaded = await loadAnswers(path, v2, t);
    expect(lines(loaded.findings.filter((f) => f.severity === "error"))).toEqual([
      `${path}:4:17 error level-out-of-scale answer for "ai-work" must be an integer 0..4, null for "don't know", or na for not applicable`,
      `${path}:5:20 error invalid-type answer for "crm-integration" must be an integer 0..4, null for ` +
        `"don't know", or na for not applicable`,
    ]);
    expect(loaded.answers).toBeUndefined();
  });

  it("an id the history does not mention is still unknown-item", async () => {
    const path = tempFile("a.yaml", `${head}  ai-wokflows: 1\n`);
    const loaded = await loadAnswers(path, v2, t);
    expect(linesOf(loaded.findings, "unknown-item")).toEqual([`${path}:4:3 error unknown-item no item "ai-wokflows" in this rubric`]);
  });
});

describe("history in gapcheck diff", () => {
  const v1 = valid(MINI_RUBRIC);

  it("a declared rename and a declared removal are not breaking, and the rename is listed as declared", () => {
    const d = diffRubrics(v1, valid(V2));
    expect(d.items).toEqual({
      added: [],
      removed: ["ai-governance"],
      removedDeclared: ["ai-governance"],
      renamed: [{ from: "ai-workflows", to: "ai-work", declared: true }],
      moved: [],
    });
    expect(d.breaking).toEqual([]);
    const text = DIFF_RENDERERS.text(d, t, "en");
    expect(text).toContain("Not breaking: answers saved for the old version still load.");
    expect(text).toContain("  ai-work (declared in history): ai-workflows → ai-work");
    expect(text).toContain("  ai-governance (declared in history)");
  });

  it("without the history the same edit is breaking: a removal, and a rename guessed from the question", () => {
    const d = diffRubrics(v1, valid(V2.slice(0, V2.indexOf("history:"))));
    expect(d.items.renamed).toEqual([{ from: "ai-workflows", to: "ai-work", declared: false }]);
    expect(d.breaking).toEqual([
      { kind: "item-removed", id: "ai-governance" },
      { kind: "item-renamed", old: "ai-workflows", new: "ai-work" },
    ]);
  });

  it("a declared merge of two old ids into one is listed twice and not breaking", () => {
    const merged = V2.replace(
      "renamed: { ai-workflows: ai-work }\n  removed: [ai-governance]",
      "renamed: { ai-workflows: ai-work, ai-governance: ai-work }",
    );
    const d = diffRubrics(v1, valid(merged));
    expect(d.items.renamed).toEqual([
      { from: "ai-workflows", to: "ai-work", declared: true },
      { from: "ai-governance", to: "ai-work", declared: true },
    ]);
    expect(d.items.removed).toEqual([]);
    expect(d.breaking).toEqual([]);
  });

  it("fixtures of the old version are scored under the new one through the history", () => {
    const old = valid(
      `${MINI_RUBRIC}fixtures:\n  - name: f\n    answers: { ai-workflows: 0, crm-integration: 2 }\n    expect: { top: [ai-workflows] }\n`,
    );
    const d = diffRubrics(old, valid(V2));
    expect(d.fixtures).toEqual([
      {
        name: "f",
        profile: "manager",
        old: { top: ["ai-workflows"], maturityIndex: 33.33, gapIndex: 25 },
        new: { top: ["ai-work"], maturityIndex: 33.33, gapIndex: 25 },
      },
    ]);
  });
});

describe("the bundled rubric 2026.3.0 keeps 2026.1.0 and 2026.2.0 answers loading (end to end)", () => {
  const RUBRIC_1 = "test/cases/rubric-2026.1/marketing-leadership.yaml";
  const ANSWERS_1 = "test/cases/rubric-2026.1/answers.yaml";
  const RUBRIC_2 = "test/cases/rubric-2026.2/marketing-leadership.yaml";
  const ANSWERS_2 = "test/cases/rubric-2026.2/answers.yaml";
  const BUNDLED = "rubrics/marketing-leadership.yaml";

  // In-process: the bundled rubric comes precompiled from dist/rubrics, so nothing is parsed cold.
  it("the 2026.1.0 example answers score under 2026.3.0 with notices for renamed ids and warnings for removed ones", async () => {
    const r = await run(["assess", "--answers", ANSWERS_1, "--json"]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.rubric.version).toBe("2026.3.0");
    // renamed in 2026.2: experiment-process 1, decision-dashboards 1, plan-30-days null, change-advisor 2,
    // upskilling-plan 1; removed in 2026.2 and an item again in 2026.3: ai-impact 1, automation-flows 2,
    // editorial-process 2.
    const answer = (id: string) => result.items.find((i: { id: string }) => i.id === id).answer;
    expect(
      ["experimentation", "data-literacy", "time-to-result", "change-adoption", "t-shaped-skills", "ai-gains", "nurture-flows"].map(answer),
    ).toEqual([1, 1, null, 2, 1, 1, 2]);
    expect(answer("editorial-leadership")).toBe(2);
    const stderr = r.stderr.trim().split("\n");
    expect(stderr).toContain(
      `${ANSWERS_1}:13:3 notice renamed-item answer for "experiment-process" loaded as "experimentation" (the item was renamed)`,
    );
    expect(stderr).toContain(`${ANSWERS_1}:11:3 notice renamed-item answer for "ai-impact" loaded as "ai-gains" (the item was renamed)`);
    expect(stderr).toContain(`${ANSWERS_1}:14:3 warning removed-item item "ab-testing" was removed from the rubric; its answer is ignored`);
    expect(stderr.filter((l) => l.includes(" notice renamed-item "))).toHaveLength(8);
    // ab-testing, intent-signals, scenario-planning, experimentation-culture (internal-training is not answered)
    expect(stderr.filter((l) => l.includes(" warning removed-item "))).toHaveLength(4);
    expect(stderr).toContain(
      `${ANSWERS_1}:3:46 warning rubric-version answers were made for version 2026.1.0 of the ` +
        `rubric, this is 2026.3.0; scoring them anyway`,
    );
  });

  it("the 2026.2.0 example answers score under 2026.3.0, with a warning for each of the two removed items", async () => {
    const r = await run(["assess", "--answers", ANSWERS_2, "--json"]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.rubric.version).toBe("2026.3.0");
    const answer = (id: string) => result.items.find((i: { id: string }) => i.id === id).answer;
    // Moved between dimensions, same id: the answers stay.
    expect([answer("strategy-execution"), answer("journey-teams"), answer("team-capacity")]).toEqual([1, 1, 0]);
    expect(r.stderr.trim().split("\n")).toEqual([
      `${ANSWERS_2}:5:46 warning rubric-version answers were made for version 2026.2.0 of the rubric, ` +
        "this is 2026.3.0; scoring them anyway",
      `${ANSWERS_2}:21:3 warning removed-item item "b2b-digital-sales" was removed from the rubric; its answer is ignored`,
      `${ANSWERS_2}:34:3 warning removed-item item "advisory-role" was removed from the rubric; its answer is ignored`,
    ]);
  });

  // On the binary, once: the text wording of a declared rename is checked in-process above.
  it("gapcheck diff --fail-on breaking from 2026.1.0 to the bundled rubric exits 0 and lists the declared renames", () => {
    const r = gapcheck(["diff", RUBRIC_1, BUNDLED, "--format", "json", "--fail-on", "breaking"]);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.breaking).toEqual([]);
    expect(json.items.renamed).toEqual(
      [
        ["ai-impact", "ai-gains"],
        ["experiment-process", "experimentation"],
        ["decision-dashboards", "data-literacy"],
        ["automation-flows", "nurture-flows"],
        ["editorial-process", "editorial-leadership"],
        ["plan-30-days", "time-to-result"],
        ["change-advisor", "change-adoption"],
        ["upskilling-plan", "t-shaped-skills"],
      ].map(([from, to]) => ({ from, to, declared: true })),
    );
    expect(json.items.removedDeclared).toEqual(json.items.removed);
    expect(json.items.removed).toHaveLength(5);
  });

  it("gapcheck diff --fail-on breaking from 2026.2.0 to the bundled rubric exits 0: both removals are declared", async () => {
    const r = await run(["diff", RUBRIC_2, BUNDLED, "--format", "json", "--fail-on", "breaking"]);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.breaking).toEqual([]);
    expect(json.items.renamed).toEqual([]);
    expect(json.items.removed).toEqual(["b2b-digital-sales", "advisory-role"]);
    expect(json.items.removedDeclared).toEqual(json.items.removed);
    expect(json.items.added).toEqual([
      "ai-gains",
      "nurture-flows",
      "platform-skills",
      "editorial-leadership",
      "channel-strategy",
      "digital-transformation",
      "marketing-strategy",
      "agency-coordination",
      "specialist-depth",
    ]);
  });

  it("without the two declared removals the same diff is breaking and exits 1", async () => {
    const text = readFileSync(join(root, BUNDLED), "utf8").replace(/^ {4}- (advisory-role|b2b-digital-sales) .*\n/gm, "");
    const file = tempFile("marketing-leadership.yaml", text);
    const r = await run(["diff", RUBRIC_2, file, "--format", "json", "--fail-on", "breaking"]);
    expect(r.status, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).items.removedDeclared).toEqual([]);
  });
});
