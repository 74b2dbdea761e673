import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { parse as parseYamlLibrary } from "yaml";
import { describe, expect, it } from "vitest";
import { sortFindings, type Finding } from "../../src/findings.js";
import { decodeUtf8, MAX_INPUT_BYTES, readSource } from "../../src/io/read.js";
import { loadRubric } from "../../src/rubric/load.js";
import { parseYaml } from "../../src/yaml/parse.js";
import { run as runInProcess } from "../helpers/main.js";
import { check, edit, lines, linesOf, MINI_RUBRIC, positionOf, src, t, tempDir, tempFile } from "../helpers/rubric-fixture.js";

/** Findings of parsing `text` as a rubric (the path `gapcheck validate` takes), as user-visible lines. */
const findingsOf = (text: string, name = "x.yaml") => lines(check(text, name).findings);
/** Findings in position order, as the CLI prints them. */
const sorted = (findings: Finding[]) => lines(sortFindings([...findings]));

describe("test helpers", () => {
  it("positionOf counts lines and columns from 1, columns in characters", () => {
    expect(positionOf("ab\ncdé\nfg", "g")).toBe("3:2");
    expect(positionOf("aé: x", "x")).toBe("1:5");
  });

  it("the minimal rubric is valid: a rubric and no findings", () => {
    const loaded = check(MINI_RUBRIC);
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.rubric?.items.map((r) => r.item.id)).toEqual(["ai-workflows", "ai-governance", "crm-integration", "lead-scoring"]);
    expect(loaded.rubric?.defaultProfileId).toBe("manager");
  });
});

describe("empty input", () => {
  it("an empty file is one located error", () => {
    expect(findingsOf("")).toEqual(["x.yaml:1:1 error empty-file the file is empty; expected a YAML mapping"]);
  });

  it("a file of only whitespace and comments is empty", () => {
    expect(findingsOf("  \n# just a comment\n\n   # another\n")).toEqual([
      "x.yaml:1:1 error empty-file the file is empty; expected a YAML mapping",
    ]);
  });

  it("a file holding only `---` or `~` is empty", () => {
    expect(findingsOf("---\n")).toEqual(["x.yaml:1:1 error empty-file the file is empty; expected a YAML mapping"]);
    expect(findingsOf("~\n")).toEqual(["x.yaml:1:1 error empty-file the file is empty; expected a YAML mapping"]);
  });
});

describe("encoding", () => {
  it("invalid UTF-8 is reported at the bad byte (line 3, column in characters)", () => {
    const bytes = Buffer.concat([Buffer.from("a: 1\nb: 2\nc: é"), Buffer.from([0xff]), Buffer.from("\n")]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, line: 3, col: 5, badByte: 0xff });
  });

  it("a file with invalid UTF-8 gives an `encoding` error naming the byte, not a crash", async () => {
    const path = tempFile(
      "latin1.yaml",
      Buffer.concat([Buffer.from("gapcheck: 1\nid: mini\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\n")]),
    );
    const loaded = await loadRubric(path, t);
    expect(loaded.rubric).toBeUndefined();
    expect(lines(loaded.findings)).toEqual([`${path}:3:11 error encoding not valid UTF-8 (byte 0xe9); save the file as UTF-8`]);
  });

  it("a UTF-16 file (FF FE byte order mark) is not UTF-8", async () => {
    const path = tempFile("utf16.yaml", Buffer.from("\ufeffgapcheck: 1\n", "utf16le"));
    const read = await readSource(path, t);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.finding).toMatchObject({ line: 1, col: 1, severity: "error", rule: "encoding" });
  });

  it("a UTF-8 byte order mark is accepted and does not shift columns on line 1", async () => {
    const valid = tempFile("bom.yaml", `\ufeff${MINI_RUBRIC}`);
    const loaded = await loadRubric(valid, t);
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.rubric?.data.id).toBe("mini");

    const broken = tempFile("bom.yaml", `\ufeff${edit(MINI_RUBRIC, "gapcheck: 1", "gapcheck: 2")}`);
    expect(lines((await loadRubric(broken, t)).findings)).toEqual([`${broken}:1:11 error invalid-value "gapcheck" must be 1, got 2`]);
  });

  it("CRLF line endings are accepted, texts carry no \\r, and positions are the same as with LF", () => {
    const crlf = MINI_RUBRIC.replace(/\n/g, "\r\n");
    const loaded = check(crlf);
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.rubric?.data.title).toBe("Mini rubric");

    const broken = edit(MINI_RUBRIC, "        effort: 2\n", "        effort: 2\n        colour: blue\n");
    const expected = [
      'x.yaml:32:9 error unknown-key unknown key "colour";' +
        " allowed here: id, title, text, levels, weight, effort, action, tags, floor, floorReason",
    ];
    expect(findingsOf(broken)).toEqual(expected);
    expect(findingsOf(broken.replace(/\n/g, "\r\n"))).toEqual(expected);
  });
});

describe("YAML features that are refused", () => {
  it("tabs used as indentation are a yaml-syntax error on the tab's line", () => {
    const findings = check("a:\n  b: 1\n\tc: 2\n").findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 3, col: 1, severity: "error", rule: "yaml-syntax" });
    expect(findings[0]!.message).toMatch(/tab/i);
  });

  it("a second document is `multiple-documents` at its `---`", () => {
    expect(findingsOf("a: 1\n---\nb: 2\n")).toEqual([
      "x.yaml:2:1 error multiple-documents more than one YAML document (---); put everything in one document",
    ]);
  });

  it("a %YAML 1.1 directive is refused", () => {
    expect(findingsOf(`%YAML 1.1\n---\n${MINI_RUBRIC}`)).toEqual([
      "x.yaml:1:1 error yaml-directive %YAML 1.1 directive is not supported; gapcheck reads YAML 1.2 (remove the directive)",
    ]);
  });

  it("a custom tag !foo is `yaml-tag`", () => {
    const findings = check("a: !foo bar\n").findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 1, severity: "error", rule: "yaml-tag" });
    expect(findings[0]!.message).toContain("!foo");
  });

  it("a custom tag whose value is on the next line is reported at the tag, not at the value", () => {
    const findings = check("a: !foo\n  bar\n").findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 1, col: 4, severity: "error", rule: "yaml-tag" });
  });

  it("!!binary is `yaml-tag` (not decoded to bytes)", () => {
    const findings = check("data: !!binary |\n  aGVsbG8=\n").findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 1, severity: "error", rule: "yaml-tag" });
    expect(findings[0]!.message).toContain("binary");
  });

  it("a duplicate key points at the second key and names the first one's line:col", () => {
    expect(sorted(check("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n").findings)).toEqual([
      'x.yaml:4:3 error duplicate-key key "c" is already used at 3:3',
      'x.yaml:5:1 error duplicate-key key "a" is already used at 1:1',
    ]);
  });

  it("__proto__, constructor and prototype keys are refused and Object.prototype stays clean", () => {
    const text = "__proto__: { polluted: true }\nb:\n  constructor: { polluted: true }\n  prototype: { polluted: true }\n";
    expect(findingsOf(text)).toEqual([
      'x.yaml:1:1 error forbidden-key key "__proto__" is not allowed',
      'x.yaml:3:3 error forbidden-key key "constructor" is not allowed',
      'x.yaml:4:3 error forbidden-key key "prototype" is not allowed',
    ]);
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("a forbidden key deep inside a valid rubric is still refused", () => {
    const text = edit(MINI_RUBRIC, "    weights: { crm: 1.5 }", "    weights: { crm: 1.5, __proto__: 2 }");
    expect(findingsOf(text)).toEqual(['x.yaml:57:26 error forbidden-key key "__proto__" is not allowed']);
    expect(Object.prototype).not.toHaveProperty("crm");
  });

  it("non-finite and unsafe-integer numbers are `bad-number` at the value", () => {
    expect(findingsOf("a: .inf\nb: -.inf\nc: .nan\nd: 1e400\ne: 9007199254740993\nf: 9007199254740991\n")).toEqual([
      "x.yaml:1:4 error bad-number .inf is not a finite number",
      "x.yaml:2:4 error bad-number -.inf is not a finite number",
      "x.yaml:3:4 error bad-number .nan is not a finite number",
      "x.yaml:4:4 error bad-number 1e400 is not a finite number",
      "x.yaml:5:4 error bad-number 9007199254740993 is too large to be an exact integer",
    ]);
  });

  it("a bad number in a rubric field is caught before the schema sees it", () => {
    expect(findingsOf(edit(MINI_RUBRIC, "    weight: 2\n    items:", "    weight: .inf\n    items:"))).toEqual([
      "x.yaml:39:13 error bad-number .inf is not a finite number",
    ]);
  });
});

describe("nesting depth (checked before parsing)", () => {
  it("2,000 nested flow lists give `too-deep`, twice in one process, without aborting Node", () => {
    const text = `${"[".repeat(2000)}${"]".repeat(2000)}\n`;
    const first = check(text).findings;
    const second = check(text).findings;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ line: 1, severity: "error", rule: "too-deep", message: "nesting is deeper than 64 levels" });
    expect(second).toEqual(first);
  });

  it("2,000 nested block sequences give `too-deep` at the 65th level, twice in one process", () => {
    let text = "";
    for (let i = 0; i < 2000; i++) text += `${" ".repeat(2 * i)}-\n`;
    const expected = ["x.yaml:65:129 error too-deep nesting is deeper than 64 levels"];
    expect(findingsOf(text)).toEqual(expected);
    expect(findingsOf(text)).toEqual(expected);
  });

  it("2,000 `- ` on one line give `too-deep` at the 65th dash", () => {
    const text = `${"- ".repeat(2000)}x\n`;
    expect(findingsOf(text)).toEqual(["x.yaml:1:129 error too-deep nesting is deeper than 64 levels"]);
    expect(findingsOf(text)).toEqual(["x.yaml:1:129 error too-deep nesting is deeper than 64 levels"]);
  });

  it("64 nested lists are accepted; the 65th is reported where it opens", () => {
    const nested = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}\n`;
    expect(lines(parseYaml(src(nested(64)), t).findings)).toEqual([]);
    expect(lines(parseYaml(src(nested(65)), t).findings)).toEqual(["x.yaml:1:65 error too-deep nesting is deeper than 64 levels"]);
  });

  it("too deep in a fifth document is `too-deep`, not only `multiple-documents`", () => {
    const deep = `${"[".repeat(200)}${"]".repeat(200)}`;
    expect(lines(parseYaml(src(`a: 1\n---\nb: 2\n---\nc: 3\n---\nd: 4\n---\ne: ${deep}\n`), t).findings)).toEqual([
      "x.yaml:9:67 error too-deep nesting is deeper than 64 levels",
    ]);
  });

  it("a large file's positions are the same as a small one's (its document is composed again for them)", () => {
    const pad = `# ${"x".repeat(100)}\n`.repeat(3000);
    const text = `${pad}a:\n  b: [1, 2]\n  c: 3\n`;
    const parsed = parseYaml(src(text), t);
    expect(parsed.findings).toEqual([]);
    expect(parsed.locate(["a", "b", 1])).toEqual({ line: 3002, col: 10 });
    expect(parsed.locate(["a", "c"], "key")).toEqual({ line: 3003, col: 3 });
    expect(parsed.locate(["a", "missing"])).toEqual({ line: 3002, col: 3 });
  });

  it("60 nested mappings, deeper than any real rubric, are accepted", () => {
    let text = "";
    for (let i = 0; i < 60; i++) text += `${" ".repeat(2 * i)}k${i}:${i === 59 ? " 1" : ""}\n`;
    const parsed = parseYaml(src(text), t);
    expect(lines(parsed.findings)).toEqual([]);
    expect(parsed.data).toBeTypeOf("object");
  });
});

describe("aliases", () => {
  it("a few aliases within the limit are fine", () => {
    const text = edit(MINI_RUBRIC, "title: Mini rubric\n", "title: &t Mini rubric\ndescription: *t\n");
    const loaded = check(text);
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.rubric?.data.description).toBe("Mini rubric");
  });

  it("an alias must follow its anchor: one before it, or with no anchor at all, is a `yaml-syntax` error at the alias", () => {
    const parsed = (text: string) => lines(parseYaml(src(text), t).findings).map((l) => l.split(" ").slice(0, 3).join(" "));
    expect(parsed("a: *x\nb: &x 1\n")).toEqual(["x.yaml:1:4 error yaml-syntax"]);
    expect(parsed("a: &x 1\nb: [*x, *y]\n")).toEqual(["x.yaml:2:9 error yaml-syntax"]);
    // Anchors met earlier count wherever they are (here in a sibling's child), and a map may name its own.
    expect(parsed("a: {k: &x 1}\nb: *x\nc: &m {self: *m}\n")).toEqual([]);
  });

  it("a billion-laughs alias bomb gives `alias-limit` instead of hanging", () => {
    const names = "abcdefghij";
    let text = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < names.length; i++)
      text += `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(", ")}]\n`;
    const findings = check(text).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 1, col: 1, severity: "error", rule: "alias-limit" });
    expect(findings[0]!.message).toMatch(/^too many alias expansions/);
  });
});

describe("the top of the file must be a mapping", () => {
  it("a scalar at the top is `invalid-type`", () => {
    expect(findingsOf("just text\n")).toEqual([
      'x.yaml:1:1 error invalid-type the file must hold a mapping of keys at the top, got "just text"',
    ]);
  });

  it("a list at the top is `invalid-type`", () => {
    expect(findingsOf("- a\n- b\n")).toEqual(["x.yaml:1:1 error invalid-type the file must hold a mapping of keys at the top, got a list"]);
  });
});

describe("JSON input", () => {
  const json = JSON.stringify(parseYamlLibrary(MINI_RUBRIC), null, 2);

  it("a JSON rubric is accepted", () => {
    const loaded = check(json, "x.json");
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.rubric?.data).toEqual(check(MINI_RUBRIC).rubric?.data);
  });

  it("findings in a JSON rubric are located in the JSON text", () => {
    const text = edit(json, '  "title": "Mini rubric",\n', '  "title": "Mini rubric",\n  "colour": "blue",\n');
    expect(findingsOf(text, "x.json")).toEqual([
      'x.json:6:3 error unknown-key unknown key "colour";' +
        " allowed here: gapcheck, id, version, title, description, locales, scale, groups, tags, " +
        "dimensions, profiles, defaultProfile, history, fixtures",
    ]);
    const deep = edit(json, '"effort": 2', '"effort": 6');
    const [line, col] = positionOf(deep, '"effort": 6').split(":").map(Number);
    expect(findingsOf(deep, "x.json")).toEqual([`x.json:${line}:${col! + '"effort": '.length} error invalid-value must be at most 5`]);
  });

  it("a duplicate key in JSON is reported (JSON.parse would silently keep the last)", () => {
    const text = edit(json, '  "title": "Mini rubric",\n', '  "title": "Mini rubric",\n  "title": "Again",\n');
    expect(findingsOf(text, "x.json")).toEqual(['x.json:6:3 error duplicate-key key "title" is already used at 5:3']);
  });

  it("JSON with // comments is a yaml-syntax error at the comment", () => {
    const findings = check('{\n  // the format version\n  "gapcheck": 1\n}\n', "x.json").findings;
    expect(findings.map((f) => f.rule)).toContain("yaml-syntax");
    expect(findings[0]).toMatchObject({ line: 2, col: 3, severity: "error", rule: "yaml-syntax" });
  });
});

describe("texts that look like JSON comments", () => {
  it("in a YAML file, a text that starts with // is text (a protocol-relative link), not a comment", () => {
    const loaded = check(edit(MINI_RUBRIC, "title: Mini rubric\n", "title: Mini rubric\ndescription: //intranet.example.com/marketing\n"));
    expect(lines(loaded.findings)).toEqual([]);
    expect(loaded.rubric?.data.description).toBe("//intranet.example.com/marketing");
  });
});

describe("files that cannot be read", () => {
  it("a file over 4 MiB is `file-too-large`, without being parsed", async () => {
    const path = tempFile("big.yaml", Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20));
    const loaded = await loadRubric(path, t);
    expect(lines(loaded.findings)).toEqual([`${path}:1:1 error file-too-large file is larger than 4 MiB, the most gapcheck reads`]);
  });

  it("a file of exactly 4 MiB is still read", async () => {
    const path = tempFile("edge.yaml", Buffer.alloc(MAX_INPUT_BYTES, 0x20));
    const read = await readSource(path, t);
    expect(read.ok).toBe(true);
  });

  it("stdin over 4 MiB is `file-too-large` too", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const read = await readSource("-", t, Readable.from([chunk, chunk, chunk, chunk, Buffer.from("x")]));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.finding).toMatchObject({ file: "<stdin>", line: 1, col: 1, severity: "error", rule: "file-too-large" });
  });

  it("a directory is `file-unreadable`", async () => {
    const dir = join(tempDir(), "rubrics");
    mkdirSync(dir);
    expect(lines((await loadRubric(dir, t)).findings)).toEqual([`${dir}:1:1 error file-unreadable is a directory, not a file`]);
  });

  it("a missing file is `file-unreadable`: no such file", async () => {
    const path = join(tempDir(), "nope.yaml");
    const loaded = await loadRubric(path, t);
    expect(loaded.rubric).toBeUndefined();
    expect(lines(loaded.findings)).toEqual([`${path}:1:1 error file-unreadable no such file`]);
  });

  it("a readable file keeps the name the user typed and the sha256 of its bytes", async () => {
    const path = join(tempDir(), "mini.yaml");
    writeFileSync(path, MINI_RUBRIC);
    const loaded = await loadRubric(path, t);
    expect(loaded.source?.name).toBe(path);
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.sha256).toBe(check(MINI_RUBRIC).sha256);
  });
});

describe("large flat files", () => {
  const keys = (n: number) => {
    let text = "";
    for (let i = 0; i < n; i++) text += `k${i}: ${i}\n`;
    return text;
  };

  it("the findings of a small flat file are all located", () => {
    const loaded = check(keys(300));
    const unknown = linesOf(loaded.findings, "unknown-key");
    expect(unknown).toHaveLength(300);
    expect(unknown[299]).toMatch(/^x\.yaml:300:1 error unknown-key unknown key "k299"; allowed here: gapcheck, /);
  });

  // Every key parsed, kept and reported, in a file large enough (over 256 KB) to be parsed in pieces and
  // located by the lazy locator (src/yaml/parse.ts). Before the duplicate check was linear, 50,000 keys
  // took ~25 s; no timeout here could tell that from a busy machine, so how fast it is belongs to
  // `npm run bench`, and 10,000 keys (a comment each, to pass 256 KB) cover the same paths.
  it("`gapcheck validate` on a rubric of 10,000 flat keys over 256 KB reports every one", async () => {
    let text = "";
    for (let i = 0; i < 10_000; i++) text += `k${i}: ${i} # ${"-".repeat(16)}\n`;
    expect(text.length).toBeGreaterThan(256 * 1024);
    const path = tempFile("flat.yaml", text);
    const run = await runInProcess(["validate", path]);
    expect(run.status).toBe(1);
    const reported = run.stdout.split("\n").filter((line) => line.includes(" error unknown-key unknown key "));
    expect(reported).toHaveLength(10_000);
    expect(reported[0]).toContain(`${path}:1:1 error unknown-key unknown key "k0"`);
    expect(reported[9_999]).toContain(`${path}:10000:1 error unknown-key unknown key "k9999"`);
  });
});
