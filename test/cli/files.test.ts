import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, createReadStream, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { assess } from "../../src/commands/assess.js";
import { GapcheckError } from "../../src/errors.js";
import { messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { readSource } from "../../src/io/read.js";
import { bin, root } from "../helpers/exec.js";
import { run as cli } from "../helpers/main.js";
import { fakeIo } from "../helpers/io.js";
import { tempDir } from "../helpers/rubric-fixture.js";
import { choose, respondent as start, scripted, scriptedAssess as opts } from "../helpers/scripted.js";

/*
 * Issue 10, points 5-7 and part of 16: the files gapcheck writes and reads are exactly what the user
 * meant (docs/exit-codes.md#files-gapcheck-writes) — links written through, permissions kept, devices and FIFOs never replaced,
 * answers private, special input files refused at once, write errors in words.
 */

const EXAMPLE = join(root, "examples/answers.yaml");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const mode = (path: string) => statSync(path).mode & 0o777;
const oneLine = (s: string) => s.trim().split("\n").length === 1;

describe("-o writes per docs/exit-codes.md#files-gapcheck-writes: links, permissions, devices and FIFOs", () => {
  it("writes through a symlink to its target and leaves the link in place", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "real.html"), "old");
    symlinkSync("real.html", join(dir, "latest.html"));
    const r = await cli(["assess", "-a", EXAMPLE, "-f", "html", "-o", "latest.html"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, "latest.html")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.html"), "utf8")).toMatch(/^<!doctype html>/i);
  });

  it("creates the target of a dangling symlink instead of replacing the link", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "reports"));
    symlinkSync("reports/today.md", join(dir, "latest.md"));
    expect((await cli(["assess", "-a", EXAMPLE, "-f", "markdown", "-o", "latest.md"], { cwd: dir })).status).toBe(0);
    expect(lstatSync(join(dir, "latest.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "reports/today.md"), "utf8")).toMatch(/^# Modern marketing leadership/);
  });

  it("keeps an existing file's permission bits (0600 stays 0600, 0640 stays 0640)", async () => {
    const dir = tempDir();
    for (const bits of [0o600, 0o640]) {
      const out = join(dir, `r-${bits.toString(8)}.json`);
      writeFileSync(out, "old");
      chmodSync(out, bits);
      expect((await cli(["assess", "-a", EXAMPLE, "--json", "-o", out])).status).toBe(0);
      expect(mode(out)).toBe(bits);
      expect(JSON.parse(readFileSync(out, "utf8")).kind).toBe("result");
    }
  });

  it("writes into an existing FIFO and leaves it a FIFO", async () => {
    const dir = tempDir();
    const fifo = join(dir, "out.fifo");
    execFileSync("mkfifo", [fifo]);
    const env = { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8" };
    const child = spawn(process.execPath, [bin, "assess", "-a", EXAMPLE, "--json", "-o", fifo], { env, stdio: "ignore" });
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    let text = "";
    for await (const chunk of createReadStream(fifo, "utf8")) text += chunk;
    expect(await exited).toBe(0);
    expect(JSON.parse(text).kind).toBe("result");
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("writes to a character device directly, never replacing it", async () => {
    // As root a broken writer could replace the real /dev/null, so root tests a device node of its
    // own (the same driver, made with mknod in a temporary folder); other users test /dev/null.
    let device = "/dev/null";
    if (isRoot) {
      device = join(tempDir(), "null");
      execFileSync("mknod", [device, "c", "1", "3"]);
    }
    // In-process (helpers/main.ts would start a real process for any /dev path, for the sake of
    // /dev/stdout and the like): writing to /dev/null touches none of the test's own streams.
    const io = fakeIo(root);
    expect(await main(["assess", "-a", EXAMPLE, "--json", "-o", device], io)).toBe(0);
    expect(io.err()).toBe("");
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it("still refuses to write over one of its inputs, through a link too", async () => {
    const dir = tempDir();
    const answers = join(dir, "a.yaml");
    writeFileSync(answers, readFileSync(EXAMPLE));
    symlinkSync(answers, join(dir, "link.yaml"));
    const r = await cli(["assess", "-a", answers, "-o", join(dir, "link.yaml")]);
    expect(r.status).toBe(2);
    expect(readFileSync(answers, "utf8")).toBe(readFileSync(EXAMPLE, "utf8"));
  });
});

describe("answers files and drafts are private (0600)", () => {
  const ITEMS = 57; // the bundled rubric 2026.3.0

  it("creates the --save answers file 0600", async () => {
    const cwd = tempDir();
    const save = join(cwd, "answers.yaml");
    expect(await assess(opts(fakeIo(cwd), [...start(...Array.from({ length: ITEMS }, () => 2)), choose("done")], { save }))).toBe(0);
    expect(mode(save)).toBe(0o600);
    expect(parse(readFileSync(save, "utf8")).respondent.name).toBe("Anna");
  });

  it("creates the draft 0600 (it holds the answers given so far)", async () => {
    const cwd = tempDir();
    const save = join(cwd, "answers.yaml");
    await expect(assess(opts(fakeIo(cwd), [...start(1, 2, 3), "cancel"], { save }))).rejects.toMatchObject({ exitCode: 130 });
    expect(mode(`${save}.draft`)).toBe(0o600);
  });

  it("creates the dated answers file 0600 when no --save is given", async () => {
    const cwd = tempDir();
    const io = fakeIo(cwd, { XDG_STATE_HOME: join(cwd, "state") });
    expect(await assess(opts(io, [...start(...Array.from({ length: ITEMS }, () => 1)), choose("done")]))).toBe(0);
    expect(mode(join(cwd, "gapcheck-answers-2026-11-23.yaml"))).toBe(0o600);
  });
});

describe("a non-regular input file is refused at once (docs/rules.md#hostile-and-broken-input)", () => {
  it("refuses a FIFO with no writer in validate, assess -a and report: one line, exit 2, no hang", async () => {
    const dir = tempDir();
    const fifo = join(dir, "rubric.yaml");
    execFileSync("mkfifo", [fifo]);
    const commands = [
      ["validate", fifo],
      ["assess", "-a", fifo],
      ["assess", "-r", fifo, "-a", EXAMPLE],
      ["report", fifo],
    ];
    // All four in one process of the built bundle (helpers/run-many.mjs): a hang in any of them would
    // end in the timeout, with status null.
    const r = spawnSync(process.execPath, [join(root, "test/helpers/run-many.mjs"), JSON.stringify(commands)], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8" },
      encoding: "utf8",
      timeout: 20_000,
      input: "",
    });
    expect(r.status, r.stderr).toBe(0);
    const { results } = JSON.parse(r.stdout) as { results: { status: number; stdout: string; stderr: string }[] };
    expect(results).toHaveLength(commands.length);
    for (const [i, args] of commands.entries()) {
      const { status, stdout, stderr } = results[i]!;
      expect(status, args.join(" ")).toBe(2);
      const text = `${Buffer.from(stdout, "base64").toString("utf8")}${stderr}`;
      expect(text, args.join(" ")).toContain(
        `${fifo}:1:1 error file-unreadable is a named pipe (FIFO); gapcheck reads only regular files (use - to read stdin)`,
      );
    }
  });

  it("refuses a character device, in the user's language", async () => {
    const sv = messagesFor("sv");
    const read = await readSource("/dev/null", sv);
    expect(read).toMatchObject({ ok: false, finding: { rule: "file-unreadable", message: sv.io.notRegular("device") } });
    expect(sv.io.notRegular("device")).toContain("enhetsfil");
  });

  it("still reads '-' from stdin", async () => {
    const read = await readSource("-", messagesFor("en"), Readable.from([Buffer.from("gapcheck: 1\n")]));
    expect(read).toMatchObject({ ok: true, source: { name: "<stdin>", text: "gapcheck: 1\n" } });
  });
});

describe("write errors name the path and what is wrong, in words, exit 2", () => {
  it("-o into a missing folder, an empty name, a folder", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    const cases: [string, string][] = [
      [
        "nope/dir/x.html",
        "gapcheck: cannot write nope/dir/x.html: the folder nope/dir does not exist; create it first, or choose another place",
      ],
      ["", "gapcheck: --out: the file name is empty; give the file to write (see gapcheck --help)"],
      ["sub", "gapcheck: cannot write sub: it is a folder; give a file name"],
    ];
    const result = join(dir, "result.json");
    expect((await cli(["assess", "-a", EXAMPLE, "--json", "-o", result])).status).toBe(0);
    for (const [out, message] of cases) {
      for (const command of [
        ["assess", "-a", EXAMPLE],
        ["report", result],
      ]) {
        const r = await cli([...command, "-o", out], { cwd: dir });
        expect(r.status, `${command[0]} -o ${out}`).toBe(2);
        expect(r.stderr.trim(), `${command[0]} -o ${out}`).toBe(message);
        expect(r.stderr).not.toMatch(/E[A-Z]{3,}/);
      }
    }
  });

  it("says it in Swedish and Norwegian too", async () => {
    const dir = tempDir();
    const sv = await cli(["assess", "-a", EXAMPLE, "--lang", "sv", "-o", "nope/x.html"], { cwd: dir });
    expect(sv.stderr.trim()).toBe(
      "gapcheck: kan inte skriva till nope/x.html: mappen nope finns inte; skapa den först eller välj en annan plats",
    );
    const nb = await cli(["assess", "-a", EXAMPLE, "--lang", "nb", "-o", "nope/x.html"], { cwd: dir });
    expect(nb.stderr.trim()).toBe(
      "gapcheck: kan ikke skrive til nope/x.html: mappen nope finnes ikke; opprett den først, eller velg et annet sted",
    );
  });

  it("turns EROFS, EISDIR, EACCES and ENOSPC into words in every language", async () => {
    for (const lang of ["en", "sv", "nb"] as const) {
      const t = messagesFor(lang);
      for (const code of ["EROFS", "EISDIR", "EACCES", "ENOSPC", "ENOENT", "ENOTDIR"]) {
        const text = t.io.writeProblem("out/x.html", code);
        expect(text, `${lang} ${code}`).toContain("out/x.html");
        expect(text, `${lang} ${code}`).not.toContain(code);
      }
    }
    expect(messagesFor("en").io.writeProblem("x", "EROFS")).toBe("cannot write x: the file system is read-only");
  });

  it("a folder where no file can be created (/proc/sys) fails with words, not a raw code", async () => {
    const target = "/proc/sys/gapcheck-test.json";
    // In-process, though helpers/main.ts sends every /proc path to a real process: no file can be
    // created in /proc/sys, so a broken writer cannot reach anything of the test's own here.
    const io = fakeIo(root);
    expect(await main(["assess", "-a", EXAMPLE, "--json", "-o", target], io)).toBe(2);
    expect(oneLine(io.err())).toBe(true);
    expect(io.err()).toContain(target);
    expect(io.err()).not.toMatch(/\bE[A-Z]{3,}\b/);
  });

  it("--save into a missing folder, or with an empty name, fails before the first question", async () => {
    const cwd = tempDir();
    for (const [save, message] of [
      ["nope/answers.yaml", "cannot write nope/answers.yaml: the folder nope does not exist; create it first, or choose another place"],
      ["", "--save: the file name is empty; give the file to write (see gapcheck --help)"],
    ] as const) {
      const prompter = scripted([]);
      const err = await assess({ format: "json", pareto: 0.8, io: fakeIo(cwd), prompter, save }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GapcheckError);
      expect((err as GapcheckError).exitCode).toBe(2);
      expect((err as GapcheckError).message).toBe(message);
      expect(prompter.screens).toHaveLength(0);
    }
  });

  it("init into a missing folder, or with an empty name", async () => {
    const dir = tempDir();
    const missing = await cli(["init", "nope/rubric.yaml"], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(
      "gapcheck: cannot write nope/rubric.yaml: the folder nope does not exist; create it first, or choose another place",
    );
    const empty = await cli(["init", ""], { cwd: dir });
    expect(empty.status).toBe(2);
    expect(empty.stderr.trim()).toBe("gapcheck: init: the file name is empty; give the file to write (see gapcheck --help)");
  });
});

describe("smaller file points of issue 10 (16)", () => {
  it("FORCE_COLOR never writes escape codes into an -o file (it still colours stdout)", async () => {
    const dir = tempDir();
    const env = { NO_COLOR: undefined, FORCE_COLOR: "3" };
    for (const format of ["table", "markdown", "html", "csv"]) {
      const out = join(dir, `r.${format}`);
      expect((await cli(["assess", "-a", EXAMPLE, "-f", format, "-o", out], { env })).status).toBe(0);
      expect(readFileSync(out, "utf8"), format).not.toContain("\u001b[");
    }
    const report = join(dir, "report.txt");
    const json = join(dir, "r.json");
    await cli(["assess", "-a", EXAMPLE, "--json", "-o", json]);
    expect((await cli(["report", json, "-o", report], { env })).status).toBe(0);
    expect(readFileSync(report, "utf8")).not.toContain("\u001b[");
    expect((await cli(["assess", "-a", EXAMPLE], { env })).stdout).toContain("\u001b[");
  });

  it("aggregate, compare and match -o files hold no escape codes under FORCE_COLOR either (one output path)", async () => {
    const dir = tempDir();
    const env = { NO_COLOR: undefined, FORCE_COLOR: "3" };
    const day1 = join(dir, "day1.json");
    const day30 = join(dir, "day30.json");
    await cli(["assess", "-a", EXAMPLE, "--json", "-o", day1]);
    await cli(["assess", "-a", join(root, "examples/day30.yaml"), "--json", "-o", day30]);
    for (const [name, argv] of [
      ["aggregate", ["aggregate", join(root, "examples/team")]],
      ["compare", ["compare", day1, day30]],
      ["match", ["match", day1, join(root, "examples/candidates")]],
    ] as const) {
      const out = join(dir, `${name}.txt`);
      const r = await cli([...argv, "-o", out], { env });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(out, "utf8"), name).not.toContain("\u001b[");
    }
  });

  it("init x.json writes JSON that validates; init x.yaml stays commented YAML", async () => {
    const dir = tempDir();
    expect((await cli(["init", "x.json"], { cwd: dir })).status).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, "x.json"), "utf8")) as { gapcheck: number };
    expect(data.gapcheck).toBe(1);
    expect((await cli(["validate", join(dir, "x.json")])).status).toBe(0);
    expect((await cli(["init", "x.yaml"], { cwd: dir })).status).toBe(0);
    expect(readFileSync(join(dir, "x.yaml"), "utf8")).toMatch(/^# /);
  });
});
