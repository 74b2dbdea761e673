import { describe, expect, it } from "vitest";
import { sortFindings, type Finding } from "../../src/findings.js";
import { check, edit, FIXTURE_ANSWERS, lines, linesOf, MINI_RUBRIC, withFixtures } from "../helpers/rubric-fixture.js";

/** Every finding of a variant of the minimal rubric, in position order, as a user reads them. */
const findingsOf = (text: string) => lines(sortFindings([...check(text).findings]));
/** The variant of MINI_RUBRIC with one text replaced. */
const variant = (from: string, to: string) => edit(MINI_RUBRIC, from, to);
const errorsOnly = (findings: Finding[]) => findings.filter((f) => f.severity === "error");

describe("schema: unknown and missing keys", () => {
  it("an unknown key in an item points at the key and lists the keys allowed there", () => {
    expect(findingsOf(variant("        effort: 2\n", "        effort: 2\n        colour: blue\n"))).toEqual([
      'x.yaml:32:9 error unknown-key unknown key "colour";' +
        " allowed here: id, title, text, levels, weight, effort, action, tags, floor, floorReason",
    ]);
  });

  it("a typo in a top-level key is an unknown key, not silently dropped", () => {
    expect(findingsOf(variant("defaultProfile: manager", "defaultprofile: manager"))).toEqual([
      'x.yaml:58:1 error unknown-key unknown key "defaultprofile";' +
        " allowed here: gapcheck, id, version, title, description, locales, scale, groups, tags, " +
        "dimensions, profiles, defaultProfile, history, fixtures; did you mean defaultProfile?",
    ]);
  });

  it("a missing required field is reported at the object that lacks it", () => {
    expect(findingsOf(variant("        action: Write an AI policy.\n", ""))).toEqual([
      'x.yaml:33:9 error missing-field missing required field "action"',
    ]);
  });

  it("a missing top-level field is reported at the start of the file", () => {
    expect(findingsOf(variant("id: mini\n", ""))).toEqual(['x.yaml:1:1 error missing-field missing required field "id"']);
  });
});

describe("schema: types are never coerced", () => {
  it('weight: "high" is invalid-type', () => {
    expect(findingsOf(variant("    weight: 2\n    items:", '    weight: "high"\n    items:'))).toEqual([
      'x.yaml:39:13 error invalid-type expected a number, got "high"',
    ]);
  });

  it('a target level written as the string "2" is invalid-type, not read as 2', () => {
    const findings = check(variant("targets: { ai: 3, crm: 2 }", 'targets: { ai: 3, crm: "2" }')).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 52, col: 28, severity: "error", rule: "invalid-type" });
    expect(findings[0]!.message).toMatch(/^expected .*, got "2"$/);
  });

  it("a fractional target level is invalid-type", () => {
    const findings = check(variant("targets: { ai: 3, crm: 2 }", "targets: { ai: 2.5, crm: 2 }")).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 52, col: 20, severity: "error", rule: "invalid-type" });
    expect(findings[0]!.message).toMatch(/got 2\.5$/);
  });
});

describe("schema: invalid values", () => {
  it("an id that breaks the pattern (AI_Work) is invalid-value", () => {
    const findings = check(variant("id: ai-workflows", "id: AI_Work")).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 28, col: 13, severity: "error", rule: "invalid-value" });
    expect(findings[0]!.message).toMatch(/^must be an id of lowercase letters, digits and hyphens/);
    expect(findings[0]!.message).toContain('"AI_Work"');
  });

  it("the message for a bad id reads as a sentence (no dangling `expected ,`)", () => {
    const [finding] = check(variant("id: ai-workflows", "id: AI_Work")).findings;
    expect(finding?.message).not.toMatch(/expected\s*,/);
  });

  it("effort 6 is above the 1..5 range", () => {
    expect(findingsOf(variant("effort: 2", "effort: 6"))).toEqual(["x.yaml:31:17 error invalid-value must be at most 5"]);
  });

  it("effort 0 is below the 1..5 range", () => {
    expect(findingsOf(variant("effort: 2", "effort: 0"))).toEqual(["x.yaml:31:17 error invalid-value must be at least 1"]);
  });

  it("weight 0 is below the 0.001..1000 range", () => {
    expect(findingsOf(variant("    weight: 2\n    items:", "    weight: 0\n    items:"))).toEqual([
      "x.yaml:39:13 error invalid-value must be at least 0.001",
    ]);
  });

  it("a profile weight of 0 is below the 0.001..1000 range", () => {
    expect(findingsOf(variant("weights: { crm: 1.5 }", "weights: { crm: 0 }"))).toEqual([
      "x.yaml:57:21 error invalid-value must be at least 0.001",
    ]);
  });

  it("gapcheck: 2 is an unsupported format version", () => {
    expect(findingsOf(variant("gapcheck: 1", "gapcheck: 2"))).toEqual(['x.yaml:1:11 error invalid-value "gapcheck" must be 1, got 2']);
  });

  it("a version that is not semver is invalid-value", () => {
    const findings = check(variant("version: 1.0.0", "version: v1")).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 3, col: 10, severity: "error", rule: "invalid-value" });
    expect(findings[0]!.message).toMatch(/^must be a version such as 2026\.1\.0/);
    expect(findings[0]!.message).toContain('"v1"');
  });
});

describe("cross-references", () => {
  it("an item id used twice across dimensions is duplicate-id, naming the first one's line:col", () => {
    const findings = check(variant("id: lead-scoring", "id: ai-workflows")).findings;
    expect(linesOf(findings, "duplicate-id")).toEqual(['x.yaml:45:13 error duplicate-id item id "ai-workflows" is already used at 28:13']);
  });

  it("a dimension id used twice is duplicate-id", () => {
    const text = variant("  - id: crm\n", "  - id: ai\n")
      .replace("targets: { ai: 3, crm: 2 }", "targets: { ai: 3 }")
      .replace("targets: { ai: 4, crm: 4 }", "targets: { ai: 4 }")
      .replace("weights: { crm: 1.5 }", "weights: { ai: 1.5 }");
    expect(linesOf(check(text).findings, "duplicate-id")).toEqual([
      'x.yaml:36:9 error duplicate-id dimension id "ai" is already used at 24:9',
    ]);
  });

  it("a dimension in an unknown group is unknown-group, listing the known groups", () => {
    const findings = check(variant("group: ways", "group: waze")).findings;
    expect(linesOf(findings, "unknown-group")).toEqual(['x.yaml:37:12 error unknown-group unknown group "waze"; known: skills, ways']);
  });

  it("an item tagged with an undeclared tag is unknown-tag, at the tag", () => {
    const findings = check(variant("tags: [data]", "tags: [dta]")).findings;
    expect(linesOf(findings, "unknown-tag")).toEqual(['x.yaml:32:16 error unknown-tag unknown tag "dta"; known: data']);
  });

  it("a target for an unknown dimension is unknown-dimension, at its key", () => {
    expect(findingsOf(variant("targets: { ai: 3, crm: 2 }", "targets: { ai: 3, crm: 2, seo: 1 }"))).toEqual([
      'x.yaml:52:31 error unknown-dimension unknown dimension "seo"; known: ai, crm',
    ]);
  });

  it("a weight for an unknown dimension is unknown-dimension, at its key", () => {
    expect(findingsOf(variant("weights: { crm: 1.5 }", "weights: { crn: 1.5 }"))).toEqual([
      'x.yaml:57:16 error unknown-dimension unknown dimension "crn"; known: ai, crm',
    ]);
  });

  it("an itemTarget for an unknown item is unknown-item, at its key", () => {
    expect(findingsOf(variant("itemTargets: { lead-scoring: 3 }", "itemTargets: { lead-scorin: 3 }"))).toEqual([
      'x.yaml:56:20 error unknown-item unknown item "lead-scorin"; known: ai-workflows, ai-governance, crm-integration, lead-scoring',
    ]);
  });

  it("a defaultProfile that does not exist is unknown-profile", () => {
    expect(findingsOf(variant("defaultProfile: manager", "defaultProfile: boss"))).toEqual([
      'x.yaml:58:17 error unknown-profile unknown profile "boss"; known: manager, cmo',
    ]);
  });

  it("a profile without a target for every dimension is missing-target, at its targets", () => {
    expect(findingsOf(variant("targets: { ai: 3, crm: 2 }", "targets: { ai: 3 }"))).toEqual([
      'x.yaml:52:14 error missing-target profile "manager" has no target for dimension "crm"',
    ]);
  });
});

describe("scale", () => {
  it("a missing level label is scale-levels", () => {
    expect(findingsOf(variant("    3: Established\n", ""))).toEqual([
      "x.yaml:10:5 error scale-levels scale has no label for level 3; levels must be exactly min..max",
    ]);
  });

  it("an extra level label is scale-levels, at its key", () => {
    expect(findingsOf(variant("    4: Leading\n", "    4: Leading\n    5: Expert\n"))).toEqual([
      "x.yaml:15:5 error scale-levels level 5 is outside the scale 0..4",
    ]);
  });

  it("max <= min is scale-levels, at max, and nothing else is reported against the broken scale", () => {
    expect(findingsOf(variant("max: 4", "max: 0"))).toEqual(["x.yaml:8:8 error scale-levels scale max (0) must be greater than min (0)"]);
  });

  it("an item anchor key outside the scale (7) is level-out-of-scale, at the key", () => {
    expect(findingsOf(variant("4: Fully integrated", "7: Fully integrated"))).toEqual([
      "x.yaml:44:28 error level-out-of-scale anchor level 7 is outside the scale; allowed: integers 0..4",
    ]);
  });

  it("a target of 9 is level-out-of-scale", () => {
    expect(findingsOf(variant("targets: { ai: 3, crm: 2 }", "targets: { ai: 9, crm: 2 }"))).toEqual([
      "x.yaml:52:20 error level-out-of-scale target 9 is outside the scale; allowed: integers 0..4",
    ]);
  });

  it("an itemTarget of -1 is level-out-of-scale", () => {
    expect(findingsOf(variant("itemTargets: { lead-scoring: 3 }", "itemTargets: { lead-scoring: -1 }"))).toEqual([
      "x.yaml:56:34 error level-out-of-scale target -1 is outside the scale; allowed: integers 0..4",
    ]);
  });
});

describe("locales (warnings: the rubric still loads)", () => {
  it("a text only in en when locales are [en, sv] is a missing-translation warning at the text", () => {
    const text = variant("locales: [en]", "locales: [en, sv]");
    const loaded = check(text);
    expect(loaded.rubric).toBeDefined();
    expect(loaded.findings.every((f) => f.severity === "warning" && f.rule === "missing-translation")).toBe(true);
    expect(lines(loaded.findings)).toContain("x.yaml:4:8 warning missing-translation text missing for locale sv");
    expect(lines(loaded.findings)).toContain("x.yaml:44:31 warning missing-translation text missing for locale sv");
  });

  it("a text that has every declared locale gets no warning", () => {
    const text = variant("locales: [en]", "locales: [en, sv]").replace("title: Mini rubric", "title: { en: Mini rubric, sv: Minirubrik }");
    expect(check(text).findings.filter((f) => f.line === 4)).toEqual([]);
  });

  it("a text in a locale not declared in locales is an unknown-locale warning, at that locale", () => {
    const loaded = check(variant("title: Mini rubric", "title: { en: Mini rubric, de: Mini-Rubrik }"));
    expect(loaded.rubric).toBeDefined();
    expect(lines(loaded.findings)).toEqual(['x.yaml:4:27 warning unknown-locale locale "de" is not in locales (en)']);
  });
});

describe("unused declarations (warnings)", () => {
  it("a group without dimensions is an empty-group warning", () => {
    const loaded = check(variant("tags:\n", "  - id: unused\n    title: Unused\ntags:\n"));
    expect(loaded.rubric).toBeDefined();
    expect(lines(loaded.findings)).toEqual(['x.yaml:20:9 warning empty-group group "unused" has no dimensions']);
  });

  it("a tag no item uses is an unused-tag warning", () => {
    const loaded = check(variant("dimensions:\n", "  - id: spare\n    title: Spare\ndimensions:\n"));
    expect(loaded.rubric).toBeDefined();
    expect(lines(loaded.findings)).toEqual(['x.yaml:23:9 warning unused-tag tag "spare" is not used by any item']);
  });
});

describe("fixtures", () => {
  it("fixtures that hold give no findings", () => {
    const text = withFixtures(
      "  - name: Weak CRM",
      `    answers: ${FIXTURE_ANSWERS}`,
      "    expect:",
      "      top: [crm-integration, ai-workflows]",
      "      gapIndex: [21, 22]",
      "      maturityIndex: [34, 35]",
    );
    const loaded = check(text);
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.rubric).toBeDefined();
  });

  it("a fixture whose expected top is wrong is fixture-failed, showing expected and actual", () => {
    const text = withFixtures(
      "  - name: Wrong order",
      `    answers: ${FIXTURE_ANSWERS}`,
      "    expect:",
      "      top: [ai-workflows, crm-integration]",
    );
    expect(findingsOf(text)).toEqual([
      'x.yaml:63:12 error fixture-failed fixture "Wrong order": expected top [ai-workflows, ' +
        "crm-integration], got [crm-integration, ai-workflows]",
    ]);
  });

  it("a fixture whose gapIndex range is wrong is fixture-failed, showing the range and the actual value", () => {
    const text = withFixtures(
      "  - name: Wrong range",
      "    profile: manager",
      `    answers: ${FIXTURE_ANSWERS}`,
      "    expect:",
      "      gapIndex: [50, 100]",
    );
    expect(findingsOf(text)).toEqual([
      'x.yaml:64:17 error fixture-failed fixture "Wrong range": expected gapIndex in [50, 100], got 21.88',
    ]);
  });

  it("a fixture range outside 0..100 or upside down is invalid-value", () => {
    const text = withFixtures("  - name: Bad range", `    answers: ${FIXTURE_ANSWERS}`, "    expect:", "      gapIndex: [30, 20]");
    expect(findingsOf(text)).toEqual(["x.yaml:63:17 error invalid-value range [30, 20] must be within 0..100 with low <= high"]);
  });

  it("a fixture answer for an unknown item is unknown-item, at the key", () => {
    const text = withFixtures("  - name: Typo", "    answers: { ai-workflow: 1 }", "    expect:", "      top: []");
    expect(findingsOf(text)).toEqual([
      'x.yaml:61:16 error unknown-item no item "ai-workflow" in this rubric; did you mean "ai-workflows"?',
    ]);
  });
});

describe("all findings of a file are reported at once", () => {
  it("three independent schema errors give three findings", () => {
    const text = variant("        effort: 2\n", "        effort: 6\n        colour: blue\n").replace(
      "    weight: 2\n    items:",
      '    weight: "high"\n    items:',
    );
    expect(findingsOf(text)).toEqual([
      "x.yaml:31:17 error invalid-value must be at most 5",
      'x.yaml:32:9 error unknown-key unknown key "colour";' +
        " allowed here: id, title, text, levels, weight, effort, action, tags, floor, floorReason",
      'x.yaml:40:13 error invalid-type expected a number, got "high"',
    ]);
  });

  it("three independent cross-reference errors give three errors", () => {
    const text = variant("group: ways", "group: waze")
      .replace("defaultProfile: manager", "defaultProfile: boss")
      .replace("targets: { ai: 4, crm: 4 }", "targets: { ai: 4, crm: 8 }");
    expect(lines(sortFindings(errorsOnly(check(text).findings)))).toEqual([
      'x.yaml:37:12 error unknown-group unknown group "waze"; known: skills, ways',
      "x.yaml:55:28 error level-out-of-scale target 8 is outside the scale; allowed: integers 0..4",
      'x.yaml:58:17 error unknown-profile unknown profile "boss"; known: manager, cmo',
    ]);
  });

  it("a file with errors gives no rubric", () => {
    expect(check(variant("group: ways", "group: waze")).rubric).toBeUndefined();
    expect(check(variant("effort: 2", "effort: 6")).rubric).toBeUndefined();
  });
});
