import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadClientProfile } from "../../src/index.js";
import { textResolver } from "../../src/model/rubric.js";
import { runQuestionnaire, type FlowState } from "../../src/prompt/questionnaire.js";
import { run } from "../helpers/main.js";
import { MINI_RUBRIC, miniRubric, positionOf, t, tempDir } from "../helpers/rubric-fixture.js";
import { choose, level, scripted } from "../helpers/scripted.js";

/*
 * Client profiles (`-p FILE`, README "Client profile"): a `kind: profile` file that extends
 * a profile of the rubric. MINI_RUBRIC's cmo: targets ai 4, crm 4; itemTargets lead-scoring 3; weights crm 1.5.
 */
const PROFILE = `gapcheck: 1
kind: profile
rubric: { id: mini }
id: acme
title: { en: ACME 2027 }
extends: cmo
targets: { ai: 2 }
itemTargets: { crm-integration: 2 }
weights: { crm: 1 }
exclude: [ai-governance]
`;

function folder(profile = PROFILE) {
  const dir = tempDir();
  writeFileSync(join(dir, "mini.yaml"), MINI_RUBRIC);
  writeFileSync(join(dir, "acme.yaml"), profile);
  writeFileSync(
    join(dir, "a.yaml"),
    "gapcheck: 1\nrubric: { id: mini }\nrespondent: { name: Ann }\n" +
      "answers: { ai-workflows: 0, ai-governance: 0, crm-integration: 0, lead-scoring: 1 }\n",
  );
  writeFileSync(
    join(dir, "b.yaml"),
    "gapcheck: 1\nrubric: { id: mini }\nrespondent: { name: Bo }\n" +
      "answers: { ai-workflows: 2, ai-governance: 0, crm-integration: 2, lead-scoring: 3 }\n",
  );
  return dir;
}

describe("a client profile given as -p FILE", () => {
  it("assess scores against the merged targets and weights, and names the profile it extends", async () => {
    const dir = folder();
    const r = await run(["assess", "-r", "mini.yaml", "-p", "acme.yaml", "-a", "a.yaml", "--json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.profile).toEqual({ id: "acme", title: "ACME 2027", extends: "cmo" });
    const item = (id: string) => result.items.find((i: { id: string }) => i.id === id);
    // targets: ai 2 (client) over 4; crm-integration 2 (client); lead-scoring 3 (cmo's itemTargets kept)
    expect([item("ai-workflows").target, item("crm-integration").target, item("lead-scoring").target]).toEqual([2, 2, 3]);
    // weights: crm 1 (client) instead of cmo's 1.5: crm-integration 1·2, lead-scoring 2·2
    expect([item("crm-integration").weight, item("lead-scoring").weight]).toEqual([2, 4]);
    // excluded by the client: not applicable, though answered 0
    expect(item("ai-governance").answer).toBe("na");
    // impacts 1·2/4 + 2·2/4 + 4·2/4 = 3.5 over Σw 1 + 2 + 4 = 7 → 50
    expect(result.summary.gapIndex).toBe(50);
  });

  it("aggregate, compare and match take it too", async () => {
    const dir = folder();
    const agg = await run(["aggregate", "-r", "mini.yaml", "-p", "acme.yaml", "a.yaml", "b.yaml", "--json"], { cwd: dir });
    expect(agg.status, agg.stderr).toBe(0);
    expect(JSON.parse(agg.stdout).profile).toEqual({ id: "acme", title: "ACME 2027", extends: "cmo" });
    const cmp = await run(["compare", "-r", "mini.yaml", "-p", "acme.yaml", "a.yaml", "b.yaml", "--json"], { cwd: dir });
    expect(cmp.status, cmp.stderr).toBe(0);
    const comparison = JSON.parse(cmp.stdout);
    expect([comparison.before.profile, comparison.after.profile]).toMatchObject([{ id: "acme" }, { id: "acme" }]);
    // a: 50 (above); b: ai-workflows 2→2, crm 2→2, lead-scoring 3→3: no gap
    expect([comparison.summary.gapIndex.before, comparison.summary.gapIndex.after]).toEqual([50, 0]);
    const m = await run(["match", "-r", "mini.yaml", "-p", "acme.yaml", "a.yaml", "b.yaml", "--json"], { cwd: dir });
    expect(m.status, m.stderr).toBe(0);
    const matched = JSON.parse(m.stdout);
    expect(matched.organisation.profile).toMatchObject({ id: "acme" });
    // Bo closes every gap of Ann's: the whole weighted gap
    expect(matched.candidates[0]).toMatchObject({ name: "Bo", share: 1 });
  });

  it("template -p FILE asks only the items that apply to it; no -p asks every item", async () => {
    const dir = folder();
    const ids = (csv: string) => csv.split("\r\n").map((row) => row.replace(/^\uFEFF/, "").split(",")[0]);
    const tailored = await run(["template", "-r", "mini.yaml", "-p", "acme.yaml"], { cwd: dir });
    expect(tailored.status, tailored.stderr).toBe(0);
    expect(ids(tailored.stdout)).toContain("ai-workflows");
    expect(ids(tailored.stdout)).not.toContain("ai-governance");
    const all = await run(["template", "-r", "mini.yaml", "-f", "markdown"], { cwd: dir });
    expect(all.stdout).toContain("`ai-governance`");
    const md = await run(["template", "-r", "mini.yaml", "-p", "acme.yaml", "-f", "markdown"], { cwd: dir });
    expect(md.stdout).not.toContain("`ai-governance`");
    expect(md.stdout).toContain("### 1. Do teams use AI in daily work? `ai-workflows`");
    expect(md.stdout).toContain("### 2. Is CRM integrated with sales? `crm-integration`");
  });

  it("the terminal questionnaire does not ask an item the profile excludes", async () => {
    const rubric = miniRubric();
    const loaded = await loadClientProfile(join(folder(), "acme.yaml"), rubric, t);
    const { withProfile } = await import("../../src/profile/client.js");
    const tailored = withProfile(rubric, loaded.profile!);
    const prompter = scripted([level(1), level(2), level(3), choose("done")]);
    const state: FlowState = { profileId: "acme", answers: new Map() };
    await runQuestionnaire({
      ctx: { rubric: tailored, t, text: textResolver(tailored, "en"), width: 78 },
      prompter,
      state,
      askProfile: false,
      askRespondent: false,
      onChange: async () => {},
    });
    expect([...state.answers.keys()]).toEqual(["ai-workflows", "crm-integration", "lead-scoring"]);
    expect(prompter.screens[0]!.message).toContain("1/3");
  });

  it("the bundled example profile scores the example answers", async () => {
    const r = await run(["assess", "-p", "examples/profiles/acme-cmo.yaml", "-a", "examples/answers.yaml", "--json"]);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.profile).toEqual({ id: "acme-cmo", title: "ACME CMO 2027", extends: "cmo" });
    expect(result.items.find((i: { id: string }) => i.id === "launch-gtm").answer).toBe("na");
    expect(result.items.find((i: { id: string }) => i.id === "attribution").target).toBe(4);
  });
});

describe("a client profile is validated like a rubric's profile", () => {
  async function findings(profile: string) {
    const dir = folder(profile);
    const r = await run(["assess", "-r", "mini.yaml", "-p", "acme.yaml", "-a", "a.yaml", "--json"], { cwd: dir });
    return { ...r, lines: r.stderr.trim().split("\n") };
  }

  it("unknown ids are located and named with 'did you mean'", async () => {
    const text = PROFILE.replace("extends: cmo", "extends: cm0")
      .replace("targets: { ai: 2 }", "targets: { ai: 7, crn: 2 }")
      .replace("exclude: [ai-governance]", "exclude: [ai-governanse]");
    const r = await findings(text);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.lines).toEqual([
      `acme.yaml:${positionOf(text, "cm0")} error unknown-profile unknown profile "cm0"; known: manager, cmo; did you mean "cmo"?`,
      `acme.yaml:${positionOf(text, "7, crn")} error level-out-of-scale target 7 is outside the scale; allowed: integers 0..4`,
      `acme.yaml:${positionOf(text, "crn:")} error unknown-dimension unknown dimension "crn"; known: ai, crm; did you mean "crm"?`,
      `acme.yaml:${positionOf(text, "ai-governanse")} error unknown-item unknown item "ai-governanse"; known: ai-workflows, ` +
        `ai-governance, crm-integration, lead-scoring; did you mean "ai-governance"?`,
    ]);
  });

  it("a misspelt key names the allowed keys; another rubric and a rubric profile's id are errors", async () => {
    const typo = await findings(PROFILE.replace("extends:", "extend:"));
    expect(typo.status).toBe(2);
    expect(typo.lines[0]).toMatch(/^acme\.yaml:6:1 error unknown-key unknown key "extend"; allowed here: .*; did you mean extends\?$/);
    const other = await findings(PROFILE.replace("rubric: { id: mini }", "rubric: { id: maxi }"));
    expect(other.lines[0]).toBe(
      'acme.yaml:3:15 error rubric-mismatch this client profile is for rubric "maxi", not "mini"; ' +
        "use the rubric it was made for (--rubric)",
    );
    const same = await findings(PROFILE.replace("id: acme", "id: cmo"));
    expect(same.lines[0]).toBe(
      'acme.yaml:4:5 error duplicate-id "cmo" is already a profile of the rubric; give the client profile an id of its own',
    );
  });

  it("another version of the rubric is a warning, and the run goes on", async () => {
    const r = await findings(PROFILE.replace("rubric: { id: mini }", "rubric: { id: mini, version: 0.9.0 }"));
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([
      "acme.yaml:3:30 warning rubric-version this client profile was made for version 0.9.0 of the rubric, this is 1.0.0; " +
        "its ids are checked against this version",
    ]);
  });

  it("a missing file is one line naming it, exit 2; a profile id still works as before", async () => {
    const dir = folder();
    const r = await run(["assess", "-r", "mini.yaml", "-p", "nope.yaml", "-a", "a.yaml"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("nope.yaml:1:1 error file-unreadable no such file\n");
    const byId = await run(["assess", "-r", "mini.yaml", "-p", "cmo", "-a", "a.yaml", "--json"], { cwd: dir });
    expect(JSON.parse(byId.stdout).profile).toEqual({ id: "cmo", title: "CMO" });
  });

  it("the messages exist in Swedish and Norwegian", async () => {
    const r = await findings(PROFILE.replace("rubric: { id: mini }", "rubric: { id: maxi }"));
    expect(r.status).toBe(2);
    const dir = folder(PROFILE.replace("rubric: { id: mini }", "rubric: { id: maxi }"));
    const sv = await run(["assess", "-r", "mini.yaml", "-p", "acme.yaml", "-a", "a.yaml", "--lang", "sv"], { cwd: dir });
    expect(sv.stderr).toContain('kundprofilen hör till matrisen "maxi", inte "mini"');
    const nb = await run(["assess", "-r", "mini.yaml", "-p", "acme.yaml", "-a", "a.yaml", "--lang", "nb"], { cwd: dir });
    expect(nb.stderr).toContain('kundeprofilen gjelder matrisen "maxi", ikke "mini"');
  });
});
