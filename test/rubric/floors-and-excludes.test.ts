import { describe, expect, it } from "vitest";
import { sortFindings } from "../../src/findings.js";
import { check, edit, FIXTURE_ANSWERS, lines, MINI_RUBRIC } from "../helpers/rubric-fixture.js";

/*
 * docs/rubric-format.md#floors: item floor and floorReason, profile exclude, fixture expect.risks.
 * MINI_RUBRIC's item ai-workflows has "effort: 2" at line 31 and is the only item with that line.
 */
const findingsOf = (text: string) => lines(sortFindings([...check(text).findings]));
const withFloor = (lines: string) => edit(MINI_RUBRIC, "        effort: 2\n", `        effort: 2\n${lines}`);

describe("rubric floors", () => {
  it("a floor with its reason is valid", () => {
    expect(findingsOf(withFloor("        floor: 2\n        floorReason: GDPR art. 7\n"))).toEqual([]);
  });

  it("a floor outside the scale is level-out-of-scale, naming the allowed levels", () => {
    expect(findingsOf(withFloor("        floor: 5\n        floorReason: GDPR art. 7\n"))).toEqual([
      "x.yaml:32:16 error level-out-of-scale floor 5 is outside the scale; allowed: integers 0..4",
    ]);
  });

  it("a floor needs a floorReason, and a floorReason a floor", () => {
    expect(findingsOf(withFloor("        floor: 2\n"))).toEqual([
      'x.yaml:32:9 error missing-field item "ai-workflows" has a floor but no floorReason; name the rule at stake (e.g. GDPR art. 7)',
    ]);
    expect(findingsOf(withFloor("        floorReason: GDPR art. 7\n"))).toEqual([
      'x.yaml:32:9 error missing-field item "ai-workflows" has a floorReason but no floor',
    ]);
  });

  it("a floor that is not an integer is invalid-type", () => {
    expect(findingsOf(withFloor("        floor: 1.5\n        floorReason: GDPR art. 7\n"))[0]).toMatch(
      /^x\.yaml:32:16 error invalid-type /,
    );
  });

  it("a floorReason missing in a declared locale is a missing-translation warning, like every text", () => {
    const text = edit(withFloor("        floor: 2\n        floorReason: { en: GDPR art. 7 }\n"), "locales: [en]", "locales: [en, sv]");
    const found = check(text).findings.filter((f) => f.rule === "missing-translation" && f.path.at(-1) === "floorReason");
    expect(lines(found)).toEqual(["x.yaml:33:22 warning missing-translation text missing for locale sv"]);
  });
});

describe("profile exclude", () => {
  it("excluded ids must be items of the rubric", () => {
    const text = edit(
      MINI_RUBRIC,
      "    targets: { ai: 3, crm: 2 }\n",
      "    targets: { ai: 3, crm: 2 }\n    exclude: [lead-scoring, lead-scorin]\n",
    );
    expect(findingsOf(text)).toEqual([
      'x.yaml:53:29 error unknown-item unknown item "lead-scorin"; known: ai-workflows, ai-governance, crm-integration, lead-scoring',
    ]);
  });
});

describe("fixture expect.risks", () => {
  const rubric = withFloor("        floor: 2\n        floorReason: GDPR art. 7\n");
  const fixture = (risks: string, answers = FIXTURE_ANSWERS) =>
    `${rubric}fixtures:\n  - name: Risks\n    answers: ${answers}\n    expect:\n      risks: ${risks}\n`;

  it("holds when exactly these risks come out, in order", () => {
    expect(findingsOf(fixture("[ai-workflows]"))).toEqual([]);
    // Not applicable is not a risk.
    expect(findingsOf(fixture("[]", "{ ai-workflows: na }"))).toEqual([]);
  });

  it("fails showing expected and actual, and names unknown ids", () => {
    expect(findingsOf(fixture("[]"))).toEqual(['x.yaml:65:14 error fixture-failed fixture "Risks": expected risks [], got [ai-workflows]']);
    expect(findingsOf(fixture("[ai-workflow]"))[0]).toMatch(/^x\.yaml:65:15 error unknown-item unknown item "ai-workflow"/);
  });
});

describe("fixture expect.notNow", () => {
  // Under manager: crm-integration 2 × (2 − 0)/4 = 1 and ai-workflows (3 − 0)/4 = 0.75 make the 80/20
  // list (1.75 of 2 ≥ 1.6); ai-governance (3 − 2)/4 = 0.25 at effort 3 is left out: "not now".
  const answers = "{ ai-workflows: 0, ai-governance: 2, crm-integration: 0, lead-scoring: 2 }";
  const fixture = (notNow: string) =>
    `${MINI_RUBRIC}fixtures:\n  - name: Not now\n    answers: ${answers}\n    expect:\n      notNow: ${notNow}\n`;

  it("holds when exactly these gaps are put on hold, in rank order", () => {
    expect(findingsOf(fixture("[ai-governance]"))).toEqual([]);
  });

  it("fails showing expected and actual, and names unknown ids", () => {
    expect(findingsOf(fixture("[]"))).toEqual([
      'x.yaml:63:15 error fixture-failed fixture "Not now": expected not now [], got [ai-governance]',
    ]);
    expect(findingsOf(fixture("[ai-governance, ai-workflows]"))).toEqual([
      'x.yaml:63:15 error fixture-failed fixture "Not now": expected not now [ai-governance, ai-workflows], got [ai-governance]',
    ]);
    expect(findingsOf(fixture("[ai-governanc]"))[0]).toMatch(/^x\.yaml:63:16 error unknown-item unknown item "ai-governanc"/);
  });
});
