import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadAnswers } from "../../src/answers/load.js";
import { lines, miniRubric, t, tempFile } from "../helpers/rubric-fixture.js";

const rubric = miniRubric();

/** Answers files for MINI_RUBRIC (id mini, version 1.0.0, items ai-workflows, ai-governance, crm-integration, lead-scoring; scale 0..4). */
const HEAD = "gapcheck: 1\nrubric: { id: mini, version: 1.0.0 }\n";
/** An answers file whose `answers:` map starts at line 4 with the given entries (line 4 is the first entry). */
const withAnswers = (...entries: string[]) => `${HEAD}answers:\n${entries.map((e) => `  ${e}`).join("\n")}\n`;

const load = (text: string, name = "answers.yaml") => loadAnswers(tempFile(name, text), rubric, t);
/** Loads answers text and returns its findings as a user reads them, with the path replaced by "A". */
async function findingsOf(text: string, name = "answers.yaml"): Promise<string[]> {
  const path = tempFile(name, text);
  return lines((await loadAnswers(path, rubric, t)).findings).map((l) => l.replace(path, "A"));
}
const levels = (answers: ReadonlyMap<string, { level: number | "na" | null }> | undefined) =>
  Object.fromEntries([...(answers ?? new Map())].map(([id, a]) => [id, a.level]));

describe("valid answers files", () => {
  it("a YAML answers file with every value form loads with no findings", async () => {
    const text = [
      "gapcheck: 1",
      "rubric: { id: mini, version: 1.0.0 }",
      "profile: cmo",
      "respondent: { name: Ann, role: CMO, organisation: Example AB }",
      "date: 2026-11-22T10:00:00Z",
      "answers:",
      "  ai-workflows: 2",
      "  ai-governance: { level: 1, note: only in email }",
      "  crm-integration: 0",
      "",
    ].join("\n");
    const loaded = await load(text);
    expect(lines(loaded.findings)).toEqual([]);
    expect(levels(loaded.answers)).toEqual({ "ai-workflows": 2, "ai-governance": 1, "crm-integration": 0 });
    expect(loaded.answers?.get("ai-governance")).toEqual({ level: 1, note: "only in email" });
    expect(loaded.file).toMatchObject({ profile: "cmo", respondent: { name: "Ann", role: "CMO", organisation: "Example AB" } });
  });

  it("a date stays the text that was written (YAML 1.2: no timestamp conversion)", async () => {
    const loaded = await load(`${HEAD}date: 2026-11-22T10:00:00Z\nanswers: {}\n`);
    expect(loaded.file?.date).toBe("2026-11-22T10:00:00Z");
  });

  it("a JSON answers file loads the same", async () => {
    const json = JSON.stringify(
      { gapcheck: 1, rubric: { id: "mini", version: "1.0.0" }, answers: { "ai-workflows": 2, "lead-scoring": { level: 3, note: "n" } } },
      null,
      2,
    );
    const loaded = await load(json, "answers.json");
    expect(lines(loaded.findings)).toEqual([]);
    expect(levels(loaded.answers)).toEqual({ "ai-workflows": 2, "lead-scoring": 3 });
    expect(loaded.answers?.get("lead-scoring")?.note).toBe("n");
  });

  it("findings in a JSON answers file are located in the JSON text", async () => {
    const json = '{\n  "gapcheck": 1,\n  "rubric": { "id": "mini" },\n  "answers": {\n    "ai-workflow": 2\n  }\n}\n';
    expect(await findingsOf(json, "answers.json")).toEqual([
      'A:5:5 error unknown-item no item "ai-workflow" in this rubric; did you mean "ai-workflows"?',
    ]);
  });

  it("(1.1) na means not applicable: plain, with a note, in YAML and JSON; a fraction is still refused", async () => {
    const yaml = await load(withAnswers("ai-workflows: na", "ai-governance: { level: na, note: no AI here }", "crm-integration: null"));
    expect(lines(yaml.findings)).toEqual([]);
    expect(levels(yaml.answers)).toEqual({ "ai-workflows": "na", "ai-governance": "na", "crm-integration": null });
    expect(yaml.answers?.get("ai-governance")).toEqual({ level: "na", note: "no AI here" });
    const json = await load(JSON.stringify({ gapcheck: 1, rubric: { id: "mini" }, answers: { "lead-scoring": "na" } }), "answers.json");
    expect(levels(json.answers)).toEqual({ "lead-scoring": "na" });
    expect(await findingsOf(withAnswers("ai-workflows: 2.5", "ai-governance: n/a"))).toEqual([
      'A:4:17 error invalid-type answer for "ai-workflows" must be an integer 0..4, null for "don\'t know", or na for not applicable',
      'A:5:18 error invalid-type answer for "ai-governance" must be an integer 0..4, null for "don\'t know", or na for not applicable',
    ]);
  });

  it("a rubric version is optional", async () => {
    const loaded = await load("gapcheck: 1\nrubric: { id: mini }\nanswers: { ai-workflows: 1 }\n");
    expect(lines(loaded.findings)).toEqual([]);
    expect(levels(loaded.answers)).toEqual({ "ai-workflows": 1 });
  });
});

describe("free-text notes", () => {
  it("a note that starts with // (a protocol-relative link) is kept as written", async () => {
    const loaded = await load(withAnswers("ai-workflows: { level: 1, note: //wiki.example.com/ai-plan }"));
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.answers?.get("ai-workflows")?.note).toBe("//wiki.example.com/ai-plan");
  });
});

describe("unanswered items", () => {
  it("null means don't know: counted as unanswered", async () => {
    const loaded = await load(withAnswers("ai-workflows: 2", "ai-governance: null", "crm-integration: { level: null, note: ask sales }"));
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.answers?.get("ai-governance")?.level ?? null).toBeNull();
    expect(loaded.answers?.get("crm-integration")?.level ?? null).toBeNull();
    expect(loaded.answers?.get("crm-integration")?.note).toBe("ask sales");
  });

  it("an item with no entry is unanswered", async () => {
    const loaded = await load(withAnswers("ai-workflows: 2"));
    expect(loaded.answers?.has("lead-scoring")).toBe(false);
  });

  it("an empty answers map is valid", async () => {
    const loaded = await load(`${HEAD}answers: {}\n`);
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.answers?.size).toBe(0);
  });
});

describe("answers that do not fit the rubric", () => {
  it("an answer for an unknown item is unknown-item, at the key", async () => {
    const loaded = await load(withAnswers("ai-workflows: 2", "ai-workflow: 1"));
    expect(loaded.answers).toBeUndefined();
    expect(lines(loaded.findings).map((l) => l.replace(/^[^:]+/, "A"))).toEqual([
      'A:5:3 error unknown-item no item "ai-workflow" in this rubric; did you mean "ai-workflows"?',
    ]);
  });

  it("level 9 is outside the scale: an error naming the item and the allowed levels", async () => {
    expect(await findingsOf(withAnswers("ai-workflows: 9"))).toEqual([
      `A:4:17 error level-out-of-scale answer for "ai-workflows" must be an integer 0..4, null for "don't know", or na for not applicable`,
    ]);
  });

  it("level -1 in the { level, note } form is reported at the level", async () => {
    expect(await findingsOf(withAnswers("ai-workflows: { level: -1, note: x }"))).toEqual([
      `A:4:26 error level-out-of-scale answer for "ai-workflows" must be an integer 0..4, null for "don't know", or na for not applicable`,
    ]);
  });

  it("level 1.5 is an error at the value", async () => {
    const { findings, answers } = await load(withAnswers("ai-workflows: 1.5"));
    expect(answers).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 4, col: 17, severity: "error" });
  });

  it("the error for level 1.5 names the item and the allowed levels 0..4", async () => {
    const { findings } = await load(withAnswers("ai-workflows: 1.5"));
    expect(findings[0]?.message).toContain('"ai-workflows"');
    expect(findings[0]?.message).toContain("0..4");
  });

  it('level "2" (a string) is an error at the value, never read as 2', async () => {
    const { findings, answers } = await load(withAnswers('ai-workflows: "2"'));
    expect(answers).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 4, col: 17, severity: "error" });
  });

  it('the error for level "2" names the item and the allowed levels 0..4', async () => {
    const { findings } = await load(withAnswers('ai-workflows: "2"'));
    expect(findings[0]?.message).toContain('"ai-workflows"');
    expect(findings[0]?.message).toContain("0..4");
  });

  it("every bad answer in a file is reported at once", async () => {
    const findings = await findingsOf(withAnswers("ai-workflows: 9", "nope: 1", "lead-scoring: 7"));
    expect(findings.map((f) => f.split(" ").slice(0, 3).join(" "))).toEqual([
      "A:4:17 error level-out-of-scale",
      "A:5:3 error unknown-item",
      "A:6:17 error level-out-of-scale",
    ]);
  });
});

describe("all problems of an answers file at once", () => {
  it("a non-integer level does not hide an unknown item and an out-of-scale level elsewhere in the file", async () => {
    const findings = await findingsOf(withAnswers("ai-workflows: 1.5", "nope: 1", "lead-scoring: 7"));
    expect(findings.map((f) => f.split(" ").slice(0, 2).join(" "))).toEqual(["A:4:17 error", "A:5:3 error", "A:6:17 error"]);
  });
});

describe("the rubric the answers were made for", () => {
  it("another rubric id is rubric-mismatch, an error naming both ids", async () => {
    const loaded = await load("gapcheck: 1\nrubric: { id: other, version: 1.0.0 }\nanswers: { ai-workflows: 2 }\n");
    expect(loaded.answers).toBeUndefined();
    expect(lines(loaded.findings).map((l) => l.replace(/^[^:]+/, "A"))).toEqual([
      'A:2:15 error rubric-mismatch answers are for rubric "other", not "mini"; use the rubric they were made for (--rubric)',
    ]);
  });

  it("another rubric version is a rubric-version warning, and the answers are still returned", async () => {
    const loaded = await load("gapcheck: 1\nrubric: { id: mini, version: 0.9.0 }\nanswers: { ai-workflows: 2 }\n");
    expect(lines(loaded.findings).map((l) => l.replace(/^[^:]+/, "A"))).toEqual([
      "A:2:30 warning rubric-version answers were made for version 0.9.0 of the rubric, this is 1.0.0; scoring them anyway",
    ]);
    expect(levels(loaded.answers)).toEqual({ "ai-workflows": 2 });
  });

  it("a profile the rubric does not have is unknown-profile", async () => {
    expect(await findingsOf(`${HEAD}profile: boss\nanswers: {}\n`)).toEqual([
      'A:3:10 error unknown-profile unknown profile "boss"; known: manager, cmo',
    ]);
  });
});

describe("the shape of the file", () => {
  it("an unknown key at the top is unknown-key, listing the allowed keys", async () => {
    expect(await findingsOf(`${HEAD}respondant: { name: Ann }\nanswers: {}\n`)).toEqual([
      'A:3:1 error unknown-key unknown key "respondant";' +
        " allowed here: gapcheck, rubric, profile, locale, respondent, date, answers;" +
        " did you mean respondent?",
    ]);
  });

  it("a file without answers is missing-field", async () => {
    expect(await findingsOf(HEAD)).toEqual(['A:1:1 error missing-field missing required field "answers"']);
  });

  it("a __proto__ item key is refused before anything else sees it", async () => {
    expect(await findingsOf(withAnswers("__proto__: 2"))).toEqual(['A:4:3 error forbidden-key key "__proto__" is not allowed']);
    expect(Object.prototype).not.toHaveProperty("level");
  });
});

describe("answers from stdin (path -)", () => {
  it("reads a YAML answers file from the stream", async () => {
    const stdin = Readable.from([Buffer.from(withAnswers("ai-workflows: 2", "lead-scoring: null"))]);
    const loaded = await loadAnswers("-", rubric, t, stdin);
    expect(lines(loaded.findings)).toEqual([]);
    expect(levels(loaded.answers)).toEqual({ "ai-workflows": 2, "lead-scoring": null });
  });

  it("decodes a multi-byte character split across chunks", async () => {
    const bytes = Buffer.from(withAnswers("ai-workflows: { level: 1, note: räknas }"));
    const cut = bytes.indexOf(Buffer.from("ä")) + 1; // between the two bytes of "ä"
    const loaded = await loadAnswers("-", rubric, t, Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]));
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.answers?.get("ai-workflows")?.note).toBe("räknas");
  });

  it("names problems in stdin as <stdin>", async () => {
    const loaded = await loadAnswers("-", rubric, t, Readable.from([Buffer.from(withAnswers("ai-workflows: 9"))]));
    expect(loaded.findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.rule}`)).toEqual(["<stdin>:4:17 level-out-of-scale"]);
  });

  it("an empty stdin is empty-file", async () => {
    const loaded = await loadAnswers("-", rubric, t, Readable.from([]));
    expect(lines(loaded.findings)).toEqual(["<stdin>:1:1 error empty-file the file is empty; expected a YAML mapping"]);
  });
});
