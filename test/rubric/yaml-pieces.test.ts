import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYaml, type ParsedYaml, type ParseOptions } from "../../src/yaml/parse.js";
import { cutIntoPieces } from "../../src/yaml/pieces.js";
import { root, yamlFiles } from "../helpers/exec.js";
import { MINI_RUBRIC, src, t } from "../helpers/rubric-fixture.js";

/*
 * A large file is parsed in pieces (src/yaml/pieces.ts) to keep memory down (docs/performance.md). Cutting must
 * never change anything: the data, the findings and every position the locator gives are those of
 * the whole file parsed at once. Here small files are cut too (piecesFrom 0, small pieces), and
 * both ways are compared on every YAML file of the repository and on thousands of mutated files.
 */
const whole: ParseOptions = { piecesFrom: Number.POSITIVE_INFINITY };
const bundled = join(root, "rubrics/marketing-leadership.yaml");

/** The whole parse of a text, once: the bundled rubric is compared in two tests, and its whole parse is a good part of each. */
const wholeParses = new Map<string, ParsedYaml>();
function parsedWhole(text: string): ParsedYaml {
  let parsed = wholeParses.get(text);
  if (!parsed) {
    parsed = parseYaml(src(text), t, whole);
    wholeParses.set(text, parsed);
  }
  return parsed;
}

/** Up to `max` paths of the data's leaves and containers, for comparing positions. */
function paths(data: unknown, max = 400): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (out.length >= max) return;
    out.push(path);
    if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, [...path, i]);
    else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return out;
}

/**
 * Parses the text both ways and expects the same data, findings and positions; says whether it was cut.
 * `positions: false` skips the positions, for a text whose positions are compared elsewhere: they come
 * from the whole text whatever the cut (the locator of a cut parse composes the whole file, parse.ts).
 */
function expectSameBothWays(text: string, cut: ParseOptions, { positions = true } = {}): boolean {
  const a = parsedWhole(text);
  const b = parseYaml(src(text), t, cut);
  expect(b.findings).toEqual(a.findings);
  expect(b.data).toEqual(a.data);
  if (positions)
    for (const p of paths(a.data)) {
      expect(b.locate(p), p.join(".")).toEqual(a.locate(p));
      expect(b.locate(p, "key"), p.join(".")).toEqual(a.locate(p, "key"));
    }
  const pieces = cutIntoPieces(text, cut.pieceSize ?? 0);
  return pieces !== undefined && pieces.length > 1 && a.findings.length === 0;
}

describe("parsing a large file in pieces", () => {
  it("cuts the bundled rubric between its top-level keys and between the items of its long list", () => {
    const text = readFileSync(bundled, "utf8");
    const pieces = cutIntoPieces(text, 16 * 1024) ?? [];
    expect(pieces.length).toBeGreaterThan(6);
    expect(new Set(pieces.filter((p) => p.kind === "items").map((p) => p.key))).toEqual(new Set(["dimensions"]));
    expect(pieces.map((p) => p.text).join("").length).toBeGreaterThan(text.length * 0.95);
    expect(expectSameBothWays(text, { piecesFrom: 0, pieceSize: 16 * 1024 })).toBe(true);
  });

  it("gives what the whole parse gives on every YAML file of the repository", () => {
    const files = [...yamlFiles("examples"), ...yamlFiles("test/cases"), ...yamlFiles("rubrics")];
    let cut = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      // Small pieces everywhere: a few hundred in a rubric (the first test cuts the bundled one coarser,
      // and compares its positions, which do not depend on the cut).
      const size = Math.max(200, text.length / 300);
      if (expectSameBothWays(text, { piecesFrom: 0, pieceSize: size }, { positions: file !== bundled })) cut++;
    }
    expect(files.length).toBeGreaterThan(100);
    // The rubrics, the example answers, the team and the candidates; the hostile cases are not cut.
    expect(cut).toBeGreaterThan(20);
  });

  it("does not cut what is not plainly a mapping of keys at column 0", () => {
    for (const text of [
      "- a\n- b\n",
      "---\na: 1\n",
      "%YAML 1.2\n---\na: 1\n",
      "a: 1\r\nb: 2\r\n",
      "\uFEFFa: 1\n",
      "  a: 1\nb: 2\n",
      '"a": 1\nb: 2\n',
      "a: 1\na: 2\n",
      "a: [1,\n2]\n",
      "{ a: 1 }\n",
    ]) {
      expect(cutIntoPieces(text, 1), JSON.stringify(text)).toBeUndefined();
    }
    expect(cutIntoPieces("a: 1\nb:\n  - x\n  - y\n", 1)?.map((p) => p.text)).toEqual(["a: 1\n", "  - x\n", "  - y\n"]);
    // A list whose lines are not all indented past its dashes stays one piece with its key.
    expect(cutIntoPieces("b:\n  - x\n  y\n", 1)?.map((p) => p.text)).toEqual(["b:\n  - x\n  y\n"]);
  });

  it("says too deep where the whole file is, though a list item alone is one level less deep", () => {
    for (let n = 60; n <= 66; n++) {
      const text = `a: 1\nlist:\n  - ${"[".repeat(n)}${"]".repeat(n)}\n  - x\n`;
      expectSameBothWays(text, { piecesFrom: 0, pieceSize: 1 });
      expect(parseYaml(src(text), t, whole).findings.map((f) => f.rule)).toEqual(n >= 63 ? ["too-deep"] : []);
    }
  });

  it("gives what the whole parse gives on mutated files: errors, anchors, tabs, markers and all", () => {
    const answers = readFileSync(join(root, "examples/answers.yaml"), "utf8");
    const bases = [
      MINI_RUBRIC,
      answers,
      `${MINI_RUBRIC.split("dimensions:")[0]}dimensions:\n  - id: a\n    items:\n      - x\n  - id: b\n`,
    ];
    const line = fc.constantFrom(
      ...["  - x", "- y", "---", "...", "%YAML 1.2", "a: &a 1", "b: *a", "  - &a z", "  - *a", "\tq: 1", "id: again", "# note"],
      ...["", "   - deep", " x", "'q': 1", "__proto__: 1", "k: [1,", "]", "k: |", "  block", "x: 1e999", "  -", "z:", "  y: 2"],
      ...["    - nested", "  # c", "k: 'open", "close'", "k: 9007199254740993", "!!binary x: 1", "? complex", ": value"],
    );
    const edit = fc.record({
      at: fc.nat(),
      op: fc.constantFrom("delete", "duplicate", "indent", "dedent", "insert"),
      line,
    });
    let cut = 0;
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(edit, { maxLength: 4 }), fc.integer({ min: 1, max: 300 }), (base, edits, size) => {
        const lines = base.split("\n");
        for (const e of edits) {
          const i = e.at % lines.length;
          if (e.op === "delete") lines.splice(i, 1);
          else if (e.op === "duplicate") lines.splice(i, 0, lines[i] ?? "");
          else if (e.op === "indent") lines[i] = `  ${lines[i]}`;
          else if (e.op === "dedent") lines[i] = (lines[i] ?? "").replace(/^ {1,2}/, "");
          else lines.splice(i, 0, e.line);
        }
        if (expectSameBothWays(lines.join("\n"), { piecesFrom: 0, pieceSize: size })) cut++;
      }),
      { numRuns: 250, seed: 20261202 },
    );
    // Not vacuous: most mutated files were still cut and parsed in pieces.
    expect(cut).toBeGreaterThan(60);
  });
});
