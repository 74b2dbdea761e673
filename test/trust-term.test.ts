import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { assess } from "../src/commands/assess.js";
import { fakeIo } from "./helpers/io.js";
import { run } from "./helpers/main.js";
import { MINI_RUBRIC, tempDir } from "./helpers/rubric-fixture.js";
import { choose, level, scriptedAssess } from "./helpers/scripted.js";

/*
 * Issue 24, the points about answers, files and words (10–17, 21, 23, 24) that need no terminal.
 */

describe("a missing or wrong gapcheck: key names the key (issue 24.21)", () => {
  const answers = "rubric: { id: marketing-leadership }\nanswers:\n  ai-workflows: 2\n";
  it.each([
    ["missing", answers, 'a.yaml:1:1 error missing-field missing required field "gapcheck"'],
    ["wrong", `gapcheck: 2\n${answers}`, 'a.yaml:1:11 error invalid-value "gapcheck" must be 1, got 2'],
    ["text", `gapcheck: "1"\n${answers}`, 'a.yaml:1:11 error invalid-value "gapcheck" must be 1, got "1"'],
  ])("%s in an answers file", async (_, text, line) => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), text);
    const r = await run(["assess", "-a", "a.yaml"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(line);
  });

  it("in Swedish and Norwegian too", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), `gapcheck: 2\n${answers}`);
    expect((await run(["assess", "-a", "a.yaml", "--lang", "sv"], { cwd: dir })).stderr).toContain('"gapcheck" måste vara 1, inte 2');
    expect((await run(["assess", "-a", "a.yaml", "--lang", "nb"], { cwd: dir })).stderr).toContain('"gapcheck" må være 1, ikke 2');
  });
});

describe("the final answers file keeps the draft's language (issue 24.12, 24.24)", () => {
  it.each([
    ["sv", "# gapcheck-svar: nivåer 0..4, null = vet inte, na = ej tillämpligt"],
    ["nb", "# gapcheck-svar: nivåer 0..4, null = vet ikke, na = ikke relevant"],
  ])("a draft in %s, resumed and finished: the answers file keeps the locale and its header comment is in it", async (locale, header) => {
    const dir = tempDir();
    writeFileSync(join(dir, "mini.yaml"), MINI_RUBRIC);
    const draft = join(dir, "d.yaml.draft");
    writeFileSync(
      draft,
      `gapcheck: 1\nrubric: { id: mini }\nprofile: cmo\nlocale: ${locale}\nanswers:\n  ai-workflows: 1\n  ai-governance: 2\n  crm-integration: 3\n`,
    );
    const save = join(dir, "d.yaml");
    const io = fakeIo(dir);
    const code = await assess(scriptedAssess(io, [level(2), choose("done")], { rubric: join(dir, "mini.yaml"), resume: draft, save }));
    expect(code).toBe(0);
    const text = readFileSync(save, "utf8");
    expect(text.split("\n")[0]).toBe(header);
    expect(parse(text)).toMatchObject({ locale, answers: { "ai-workflows": 1, "lead-scoring": 2 } });
  });
});
