import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { closest } from "../../src/model/suggest.js";
import { checkRubricSource } from "../../src/rubric/load.js";
import { defaultRubricPath } from "../../src/paths.js";
import { lines, src } from "../helpers/rubric-fixture.js";

/*
 * Issue 10, point 14: one finding per real mistake, at the line where it is, in words a rubric
 * editor understands. Each case edits the bundled rubric the way a person slips when editing it.
 */

const BUNDLED = readFileSync(defaultRubricPath(), "utf8").split("\n");
const findingsOf = (edited: string[], lang: "en" | "sv" | "nb" = "en") =>
  lines(checkRubricSource(src(edited.join("\n")), messagesFor(lang)).findings);
/** The bundled rubric with line `n` (1-based) replaced by `text` (or several lines). */
const withLine = (n: number, ...text: string[]) => [...BUNDLED.slice(0, n - 1), ...text, ...BUNDLED.slice(n)];
const lineOf = (needle: string, from = 0) => BUNDLED.findIndex((l, i) => i >= from && l === needle) + 1;

// The group "slow-processes": `    title:` then three locale lines indented 6 spaces.
const title = lineOf("  - id: slow-processes") + 1;
expect(BUNDLED[title - 1]).toBe("    title:");
expect(BUNDLED[title]).toMatch(/^ {6}en: /);

describe("YAML layout mistakes (issue 10.14)", () => {
  it("the bundled rubric itself has no finding", () => {
    expect(findingsOf(BUNDLED)).toEqual([]);
  });

  it("a 7-space indent among 6-space lines is that line, said as indentation", () => {
    expect(findingsOf(withLine(title + 1, ` ${BUNDLED[title]}`))).toEqual([
      `x.yaml:${title + 1}:8 error yaml-syntax YAML syntax error: this line is indented 7 spaces, ` +
        `which does not line up with the lines around it; indent it 6 spaces`,
    ]);
  });

  it("a 5-space first line of a block is that line, not the well-indented lines after it", () => {
    expect(findingsOf(withLine(title + 1, BUNDLED[title]!.slice(1)))).toEqual([
      `x.yaml:${title + 1}:6 error yaml-syntax YAML syntax error: this line is indented 5 spaces, ` +
        `which does not line up with the lines around it; indent it 6 spaces`,
    ]);
  });

  it("a key between two levels in an item names both levels", () => {
    const text = BUNDLED.findIndex((l) => l.startsWith("        text:")) + 1;
    const found = findingsOf(withLine(text, `${" ".repeat(7)}${BUNDLED[text - 1]!.trimStart()}`));
    expect(found).toEqual([
      `x.yaml:${text}:8 error yaml-syntax YAML syntax error: this line is indented 7 spaces, which ` +
        `does not line up with the lines around it; indent it 6 or 8 spaces`,
    ]);
  });

  it("an unclosed { is reported at the brace, as unclosed", () => {
    const found = findingsOf([
      ...BUNDLED.slice(0, title - 1),
      '    title: { en: "Slow processes", sv: "Långsamma processer"',
      ...BUNDLED.slice(title + 3),
    ]);
    expect(found).toEqual([
      `x.yaml:${title}:12 error yaml-syntax YAML syntax error: this { is never closed;` +
        ` add the missing } (or write the value over several lines without brackets)`,
    ]);
  });

  it("one tab gives one finding, at its line", () => {
    expect(findingsOf(withLine(title + 1, `\t${BUNDLED[title]!.trimStart()}`))).toEqual([
      `x.yaml:${title + 1}:1 error yaml-syntax YAML syntax error: a tab is used for indentation;` +
        ` YAML needs spaces (use the same number of spaces as the lines around it)`,
    ]);
  });

  it("a syntax slip is reported alone first (the schema check waits for it)", () => {
    const edited = withLine(title + 1, `\t${BUNDLED[title]!.trimStart()}`);
    edited[3] = "version: 1.0";
    const found = findingsOf(edited);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^x\\.yaml:${title + 1}:1 `));
  });

  it("is said in Swedish and Norwegian too", () => {
    expect(findingsOf(withLine(title + 1, ` ${BUNDLED[title]}`), "sv")[0]).toContain("indragen 7 mellanslag");
    expect(findingsOf(withLine(title + 1, ` ${BUNDLED[title]}`), "nb")[0]).toContain("7 mellomrom innrykk");
  });
});

describe("schema messages a rubric editor understands (issue 10.14)", () => {
  it("version: 1.0 says it must be a quoted semver", () => {
    // The bundled rubric's own version line, whichever release it is.
    const v = BUNDLED.findIndex((l) => /^version: \S/.test(l)) + 1;
    expect(v).toBeGreaterThan(0);
    expect(findingsOf(withLine(v, "version: 1.0"))).toEqual([
      `x.yaml:${v}:10 error invalid-type version must be a semantic version in quotes, such as ` +
        `"2026.1.0"; without quotes YAML reads it as the number 1`,
    ]);
  });

  it("a misspelt key (acton) gets 'did you mean action?' and no second finding for the missing action", () => {
    const a = BUNDLED.findIndex((l) => l.startsWith("        action:")) + 1;
    const found = findingsOf(withLine(a, BUNDLED[a - 1]!.replace("action:", "acton:")));
    expect(found).toEqual([
      `x.yaml:${a}:9 error unknown-key unknown key "acton";` +
        ` allowed here: id, title, text, levels, weight, effort, action, tags, floor, floorReason;` +
        ` did you mean action?`,
    ]);
  });

  it("a short unknown key is not taken for a typo of a short allowed one", () => {
    const found = findingsOf([...BUNDLED, "k1: 1"]);
    expect(found).toEqual([
      `x.yaml:${BUNDLED.length + 1}:1 error unknown-key unknown key "k1";` +
        ` allowed here: gapcheck, id, version, title, description, locales, scale, groups, tags, ` +
        `dimensions, profiles, defaultProfile, history, fixtures`,
    ]);
  });

  it("closest uses edit distance (fastest-levenshtein)", () => {
    expect(closest("atribution", ["kpis", "attribution"])).toBe("attribution");
    expect(closest("zzzzzz", ["attribution"])).toBeUndefined();
  });
});

describe("anchors and tags on a key (issue 29: the rubric's fixtures share answers through an anchor)", () => {
  const text = (slip: string) =>
    ["a:", "  shared: &answers", "    x: 1", "    y: 2", "  again: *answers", "  tagged: !!map", "    z: 3", slip].join("\n");

  it("a key with an anchor or a tag opens the block below it, so a slip elsewhere is the only finding", () => {
    expect(lines(checkRubricSource(src(`${text("\tb: 1")}\n`), messagesFor("en")).findings)).toEqual([
      "x.yaml:8:1 error yaml-syntax YAML syntax error: a tab is used for indentation; YAML needs spaces " +
        "(use the same number of spaces as the lines around it)",
    ]);
  });
});
