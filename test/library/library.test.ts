import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import {
  answersFromFile,
  chooseProfile,
  compare,
  loadResult,
  loadRubric,
  match,
  messagesFor,
  render,
  renderComparison,
  renderMatch,
  score,
  template,
  type Candidate,
  type Rubric,
} from "../../src/index.js";
import { root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";

/*
 * The library offers everything a command needs (docs/api.md): comparing and matching built from its
 * exports alone give the text the commands print, byte for byte. These are the README's library
 * examples, run.
 */

const RUBRIC = `${root}/rubrics/marketing-leadership.yaml`;
const t = messagesFor("en");

async function bundled(): Promise<{ rubric: Rubric; sha256: string }> {
  const loaded = await loadRubric(RUBRIC);
  if (!loaded.rubric) throw new Error(loaded.findings.map((f) => f.message).join("\n"));
  return { rubric: loaded.rubric, sha256: loaded.sha256 };
}

async function scored(file: string) {
  const { rubric, sha256 } = await bundled();
  const given = await answersFromFile(`${root}/${file}`, rubric, t, { profileGiven: false });
  const profile = chooseProfile(rubric, t, { file: given.profile });
  return score({ rubric, profile, answers: given.answers, sha256, ...given.meta });
}

describe("the library (src/index.ts)", () => {
  it("compares two assessments as `gapcheck compare` does", async () => {
    const before = await scored("examples/answers.yaml");
    const after = await scored("examples/day30.yaml");
    const comparison = compare([
      { result: before, file: "examples/answers.yaml" },
      { result: after, file: "examples/day30.yaml" },
    ]);
    const cli = await run(["compare", "examples/answers.yaml", "examples/day30.yaml", "-f", "markdown"]);
    expect(cli.status).toBe(0);
    expect(renderComparison(comparison, "markdown")).toBe(cli.stdout);
    expect(comparison.after.file).toBe("examples/day30.yaml");
  });

  it("matches candidates to the organisation's gaps as `gapcheck match` does", async () => {
    const { rubric } = await bundled();
    const org = await scored("examples/answers.yaml");
    const files = ["anna-berg-growth.yaml", "erik-lund-interim.yaml", "maria-nilsen-automation.yaml"].map(
      (f) => `examples/candidates/${f}`,
    );
    const candidates: Candidate[] = [];
    for (const file of files) {
      const given = await answersFromFile(`${root}/${file}`, rubric, t, { profileGiven: true });
      const levels = new Map([...given.answers].flatMap(([id, a]) => (typeof a.level === "number" ? [[id, a.level] as const] : [])));
      candidates.push({ name: given.meta.respondent?.name ?? basename(file, ".yaml"), file, levels });
    }
    const result = match(org, candidates, { team: 2 });
    const cli = await run(["match", "examples/answers.yaml", ...files, "--team", "2", "-f", "markdown"]);
    expect(cli.status).toBe(0);
    expect(renderMatch(result, "markdown")).toBe(cli.stdout);
    expect(result.candidates[0]?.name).toBe("Anna Berg");
  });

  it("loads a saved result back, and renders it and the blank questionnaire as the commands do", async () => {
    const saved = await run(["assess", "-a", "examples/answers.yaml", "--json"]);
    const dir = (await import("node:fs")).mkdtempSync(`${(await import("node:os")).tmpdir()}/gapcheck-lib-`);
    (await import("node:fs")).writeFileSync(`${dir}/result.json`, saved.stdout);
    const result = await loadResult(`${dir}/result.json`, t);
    expect(render(result, "markdown")).toBe((await run(["report", `${dir}/result.json`, "-f", "markdown"])).stdout);
    await expect(loadResult(`${root}/examples/answers.yaml`, t)).rejects.toThrow(/is not a gapcheck result/);
    const { rubric } = await bundled();
    expect(template(rubric, "en", "csv")).toBe((await run(["template", "-f", "csv"])).stdout);
  });
});
