import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { assess } from "../../src/commands/assess.js";
import { bin, root } from "../helpers/exec.js";
import { fakeIo } from "../helpers/io.js";
import { run } from "../helpers/main.js";
import { gapcheckOnPath } from "../helpers/path.js";
import { MINI_RUBRIC, tempDir } from "../helpers/rubric-fixture.js";
import { choose, level, scripted, scriptedAssess, type } from "../helpers/scripted.js";

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
    const answers = "answers:\n  ai-workflows: 1\n  ai-governance: 2\n  crm-integration: 3\n";
    writeFileSync(draft, `gapcheck: 1\nrubric: { id: mini }\nprofile: cmo\nlocale: ${locale}\n${answers}`);
    const save = join(dir, "d.yaml");
    const io = fakeIo(dir);
    const code = await assess(scriptedAssess(io, [level(2), choose("done")], { rubric: join(dir, "mini.yaml"), resume: draft, save }));
    expect(code).toBe(0);
    const text = readFileSync(save, "utf8");
    expect(text.split("\n")[0]).toBe(header);
    expect(parse(text)).toMatchObject({ locale, answers: { "ai-workflows": 1, "lead-scoring": 2 } });
  });
});

describe("files a user filled in are never replaced (issue 24.14, 24.15; docs/exit-codes.md#files-gapcheck-writes)", () => {
  it("template -o refuses an existing file: the filled-in questionnaire stays, in en, sv and nb", async () => {
    const dir = tempDir();
    const first = await run(["template", "-f", "csv", "-o", "enkat.csv", "--lang", "sv"], { cwd: dir });
    expect(first.status).toBe(0);
    const filled = `${readFileSync(join(dir, "enkat.csv"), "utf8")}filled in by Anna\n`;
    writeFileSync(join(dir, "enkat.csv"), filled);
    for (const [lang, words] of [
      ["en", "-o: enkat.csv already exists"],
      ["sv", "-o: enkat.csv finns redan"],
      ["nb", "-o: enkat.csv finnes allerede"],
    ] as const) {
      const again = await run(["template", "-f", "csv", "-o", "enkat.csv", "--lang", lang], { cwd: dir });
      expect(again.status).toBe(2);
      expect(again.stderr).toContain(words);
      expect(again.stdout).toBe("");
    }
    expect(readFileSync(join(dir, "enkat.csv"), "utf8")).toBe(filled);
  });

  it("template -o /dev/stdout, redirected by the shell to a file, still writes (the user chose that file)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "q.md"), "old\n");
    execFileSync("sh", ["-c", `"${process.execPath}" "${bin}" template -f markdown -o /dev/stdout > q.md`], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(readFileSync(join(dir, "q.md"), "utf8")).toContain("Questionnaire");
  });

  // Tests may run as root, whom access(2) always lets write: a 0444 file has no write bit for anyone,
  // and is refused whoever runs gapcheck; as a normal user, access() alone refuses it too.
  it.each([
    ["assess", ["assess", "-a", "answers.yaml", "-o", "ro.txt"]],
    ["report", ["report", "result.json", "-o", "ro.txt"]],
    ["compare", ["compare", "result.json", "result.json", "-o", "ro.txt"]],
    ["template", ["template", "-o", "ro.txt"]],
  ])("%s -o refuses a read-only (0444) file, naming it", async (_, args) => {
    const dir = tempDir();
    writeFileSync(join(dir, "answers.yaml"), readFileSync(join(root, "examples", "answers.yaml")));
    writeFileSync(join(dir, "result.json"), (await run(["assess", "-a", "answers.yaml", "--json"], { cwd: dir })).stdout);
    writeFileSync(join(dir, "ro.txt"), "kept\n");
    chmodSync(join(dir, "ro.txt"), 0o444);
    const r = await run(args, { cwd: dir });
    expect(r.stderr).toMatch(/ro\.txt(: the file is read-only| already exists)/);
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, "ro.txt"), "utf8")).toBe("kept\n");
  });

  it("the refusal in Swedish and Norwegian", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ro.txt"), "kept\n");
    chmodSync(join(dir, "ro.txt"), 0o444);
    const args = ["assess", "-a", join(root, "examples", "answers.yaml"), "-o", "ro.txt"];
    expect((await run([...args, "--lang", "sv"], { cwd: dir })).stderr).toContain("ro.txt: filen är skrivskyddad");
    expect((await run([...args, "--lang", "nb"], { cwd: dir })).stderr).toContain("ro.txt: filen er skrivebeskyttet");
  });

  it("-o may still replace an earlier output that is writable", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "out.txt"), "old\n");
    const r = await run(["assess", "-a", join(root, "examples", "answers.yaml"), "-o", "out.txt"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "out.txt"), "utf8")).not.toBe("old\n");
  });
});

describe("items the chosen profile excludes are not asked (issue 24.11)", () => {
  it("generalist excludes 6 of 57 items: 51 questions, said once, and the answers file has none for them", async () => {
    const dir = tempDir();
    const io = fakeIo(dir);
    const save = join(dir, "a.yaml");
    const prompter = scripted([choose("generalist"), type(""), type(""), ...Array.from({ length: 51 }, () => level(2)), choose("done")]);
    const code = await assess({ ...scriptedAssess(io, [], { save }), prompter, profile: undefined });
    expect(code).toBe(0);
    expect(prompter.remaining()).toBe(0);
    const questions = prompter.screens.filter((s) => /^\[\d+\/\d+\]/m.test(s.message));
    expect(questions).toHaveLength(51);
    expect(questions[0]!.message).toContain("6 items do not apply to this role and are not asked.");
    expect(questions[0]!.message).toMatch(/^\[1\/51\]/m);
    expect(questions.filter((s) => s.message.includes("do not apply"))).toHaveLength(1);
    expect(prompter.screens.at(-1)!.message).toContain("Review: 51 of 51 answered");
    const answers = parse(readFileSync(save, "utf8")).answers as Record<string, unknown>;
    expect(Object.keys(answers)).toHaveLength(51);
    for (const id of ["journey-teams", "operating-model", "knowledge-sharing", "t-shaped-skills", "function-alignment", "change-adoption"])
      expect(answers).not.toHaveProperty(id);
    const result = JSON.parse(io.out());
    expect(result.summary).toMatchObject({ answered: 51, notApplicable: 6, coverage: 1 });
  });

  it.each([
    ["sv", "6 frågor gäller inte den här rollen och ställs inte."],
    ["nb", "6 spørsmål gjelder ikke denne rollen og blir ikke stilt."],
  ])("said in %s", async (lang, words) => {
    const dir = tempDir();
    const prompter = scripted([type(""), type(""), "cancel"]);
    await assess({ ...scriptedAssess(fakeIo(dir), [], { lang: lang as "sv" }), prompter, profile: "generalist" }).catch(() => 0);
    expect(prompter.screens.at(-1)!.message).toContain(words);
  });
});

describe("printed commands run as given: npx gapcheck when gapcheck is not on PATH (issue 24.13)", () => {
  const interruption = async (env: NodeJS.ProcessEnv, lang: "en" | "sv" | "nb" = "en") => {
    const dir = tempDir();
    const prompter = scripted([type(""), type(""), level(1), "cancel"]);
    const error = await assess({ ...scriptedAssess(fakeIo(dir, env), [], { lang }), prompter }).then(
      () => undefined,
      (e: Error) => e,
    );
    return error?.message ?? "";
  };

  it("the resume hint", async () => {
    expect(await interruption({ PATH: "/nonexistent" })).toMatch(/Continue with: npx gapcheck assess --resume \S+ --profile cmo --json/);
    expect(await interruption({ PATH: "/nonexistent" }, "sv")).toMatch(/Fortsätt med: npx gapcheck assess --resume /);
    expect(await interruption({ PATH: "/nonexistent" }, "nb")).toMatch(/Fortsett med: npx gapcheck assess --resume /);
    const onPath = await interruption(gapcheckOnPath());
    expect(onPath).toMatch(/Continue with: gapcheck assess --resume /);
    expect(onPath).not.toContain("npx");
  });

  it("under npx (or npm run), a gapcheck in node_modules/.bin is npm's, not on the user's PATH", async () => {
    // What `npx gapcheck assess` hands gapcheck: the project's node_modules/.bin first on PATH.
    const bin = join(tempDir(), "node_modules", ".bin");
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, "gapcheck"), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    const npx = { PATH: `${bin}:/nonexistent`, npm_command: "exec", npm_lifecycle_event: "npx" };
    expect(await interruption(npx)).toMatch(/Continue with: npx gapcheck assess --resume /);
    // The same folder on the user's own PATH (no npm around) is theirs.
    expect(await interruption({ PATH: `${bin}:/nonexistent` })).toMatch(/Continue with: gapcheck assess --resume /);
    // Under npm, a gapcheck installed elsewhere on PATH (globally) still counts.
    expect(await interruption({ ...gapcheckOnPath(), npm_command: "exec" })).toMatch(/Continue with: gapcheck assess --resume /);
  });

  it("init's 'check it with gapcheck validate' line", async () => {
    const dir = tempDir();
    const init = await run(["init", "r.yaml"], { cwd: dir, env: { PATH: "/nonexistent" } });
    expect(init.stderr).toContain("Check it with: npx gapcheck validate r.yaml");
    const named = await run(["init", "s.yaml", "--lang", "sv"], { cwd: dir, env: gapcheckOnPath() });
    expect(named.stderr).toContain("Kontrollera den med: gapcheck validate s.yaml");
  });
});

describe("help and language (issue 24.24)", () => {
  const flat = (s: string) => s.replace(/\s+/g, " ");

  it("help aggregate gives aggregate's own -p default: the rubric's defaultProfile", async () => {
    for (const lang of ["en", "sv", "nb"]) {
      const help = flat((await run(["help", "aggregate", "--lang", lang])).stdout);
      const p = help.slice(help.indexOf("-p, --profile"), help.indexOf("--by"));
      expect(p).toMatch(/defaultProfile/);
      expect(p).not.toMatch(/answers file|svarsfil|svarfil/);
    }
  });

  it("help schema names all five schemas", async () => {
    for (const lang of ["en", "sv", "nb"]) {
      const help = flat((await run(["help", "schema", "--lang", lang])).stdout);
      const description = help
        .split(" Usage: ")
        .join("")
        .split(/Argument|Arguments/)[0]!;
      for (const name of ["rubric", "answers", "result", "comparison", "match"]) expect(description).toContain(name);
    }
  });

  it("no option states its default twice", async () => {
    const commands = ["assess", "validate", "report", "diff", "init", "rubrics", "compare", "match", "aggregate", "template", "schema"];
    for (const lang of ["en", "sv", "nb"]) {
      for (const command of commands) {
        const help = flat((await run(["help", command, "--lang", lang])).stdout);
        expect(help, `${command} --lang ${lang}`).not.toMatch(/\((default|standard) [^)]*\) \((default|standard):/);
      }
    }
  });

  it('"1 ej tillämplig" and "1 ikke relevant": singular for one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "gapcheck: 1\nrubric: { id: marketing-leadership }\nprofile: cmo\nanswers:\n  ai-workflows: na\n");
    for (const [lang, one, many] of [
      ["sv", "1 ej tillämplig", "1 ej tillämpliga"],
      ["nb", "1 ikke relevant", "1 ikke relevante"],
    ] as const) {
      for (const format of ["table", "markdown"]) {
        const out = (await run(["assess", "-a", "a.yaml", "-f", format, "--lang", lang], { cwd: dir })).stdout;
        expect(out).toContain(one);
        expect(out).not.toContain(many);
      }
    }
  });

  it("the template CSV's rubric row is in the sheet's language", async () => {
    expect((await run(["template", "-f", "csv", "--lang", "sv"])).stdout.split("\r\n")[1]).toMatch(/^rubric;Matris;/);
    expect((await run(["template", "-f", "csv", "--lang", "nb"])).stdout.split("\r\n")[1]).toMatch(/^rubric;Matrise;/);
    expect((await run(["template", "-f", "csv", "--lang", "en"])).stdout.split("\r\n")[1]).toMatch(/^rubric,Rubric,/);
  });

  it("SARIF rule descriptions are in the language of --lang", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), "gapcheck: 1\nid: x\nid: y\n");
    const rules = async (lang: string) => {
      const r = await run(["validate", "r.yaml", "--format", "sarif", "--lang", lang], { cwd: dir });
      const driver = JSON.parse(r.stdout).runs[0].tool.driver.rules as { id: string; shortDescription: { text: string } }[];
      return Object.fromEntries(driver.map((d) => [d.id, d.shortDescription.text]));
    };
    expect((await rules("nb"))["duplicate-key"]).toBe("Den samme nøkkelen forekommer to ganger i en mapping.");
    expect((await rules("sv"))["missing-field"]).toBe("Ett obligatoriskt fält saknas.");
    expect((await rules("en"))["missing-field"]).toBe("A required field is absent.");
  });

  it("the starter rubric is a matris / matrise, and its nb level 0 is the bundled rubric's Mangler", async () => {
    const dir = tempDir();
    expect((await run(["init", "r.yaml"], { cwd: dir })).status).toBe(0);
    const starter = parse(readFileSync(join(dir, "r.yaml"), "utf8"));
    expect(starter.title).toMatchObject({ sv: "Min marknadsmatris", nb: "Min markedsmatrise" });
    expect(starter.scale.levels[0]).toMatchObject({ sv: "Saknas", nb: "Mangler" });
  });
});

describe("compare follows renames from the newest rubric's history, or refuses (issue 24.16)", () => {
  /** MINI_RUBRIC 1.0.0, and 2.0.0 in which ai-governance is renamed ai-policy (declared in history). */
  const setup = async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "v1.yaml"), MINI_RUBRIC);
    const v2 = MINI_RUBRIC.replace("version: 1.0.0", "version: 2.0.0").replace("- id: ai-governance", "- id: ai-policy");
    writeFileSync(join(dir, "v2.yaml"), `${v2}history:\n  renamed: { ai-governance: ai-policy }\n`);
    const answers = (policy: string, level: number) =>
      `gapcheck: 1\nrubric: { id: mini }\nanswers: { ai-workflows: 0, ${policy}: ${level}, crm-integration: 2, lead-scoring: 2 }\n`;
    writeFileSync(join(dir, "a1.yaml"), answers("ai-governance", 0));
    writeFileSync(join(dir, "a2.yaml"), answers("ai-policy", 3));
    const old = await run(["assess", "-r", "v1.yaml", "-a", "a1.yaml", "-o", "old.json", "--json"], { cwd: dir });
    const now = await run(["assess", "-r", "v2.yaml", "-a", "a2.yaml", "-o", "new.json", "--json"], { cwd: dir });
    expect([old.status, now.status]).toEqual([0, 0]);
    return dir;
  };

  it("with -r the newest rubric: the renamed item is closed, 1 of 2 priorities (ai-workflows 0.75, ai-governance 0.75)", async () => {
    const dir = await setup();
    const r = await run(["compare", "old.json", "new.json", "-r", "v2.yaml", "--json"], { cwd: dir });
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.items.find((i: { id: string }) => i.id === "ai-policy")).toMatchObject({ status: "closed", renamedFrom: "ai-governance" });
    expect(c.items.map((i: { status: string }) => i.status)).not.toContain("added");
    expect(c.priorities.done).toHaveLength(1);
    const text = await run(["compare", "old.json", "new.json", "-r", "v2.yaml"], { cwd: dir });
    expect(text.stdout).toContain("1 of 2 priorities closed");
  });

  it("without a rubric that knows the rename (none bundled, or -r too old): exit 2, saying -r is needed, in en, sv and nb", async () => {
    const dir = await setup();
    for (const [lang, words] of [
      ["en", "give it with -r (npx gapcheck compare old.json new.json -r FILE)"],
      ["sv", "ange den med -r (npx gapcheck compare old.json new.json -r FILE)"],
      ["nb", "oppgi den med -r (npx gapcheck compare old.json new.json -r FILE)"],
    ]) {
      const r = await run(["compare", "old.json", "new.json", "--lang", lang!], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(words);
      expect(r.stdout).toBe("");
    }
    const tooOld = await run(["compare", "old.json", "new.json", "-r", "v1.yaml"], { cwd: dir });
    expect(tooOld.status).toBe(2);
    expect(tooOld.stderr).toContain("-r");
  });
});
