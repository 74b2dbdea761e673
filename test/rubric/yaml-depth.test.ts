import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CST, Lexer } from "yaml";
import { nestingCheck } from "../../src/yaml/depth.js";
import { yamlFiles } from "../helpers/exec.js";

/*
 * depth.ts tells the lexer's tokens apart by their first character instead of calling yaml's
 * CST.tokenType for each. The reference below is the same nesting estimate written with
 * CST.tokenType; both must find the same offset on every input.
 */
/** The offset where the text first goes deeper than `limit`, as parse.ts finds it: each lexer token in turn. */
function findExcessiveNesting(text: string, limit: number): number | undefined {
  const check = nestingCheck(limit);
  for (const tok of new Lexer().lex(text)) {
    const deep = check(tok);
    if (deep !== undefined) return deep;
  }
  return undefined;
}

function reference(text: string, limit: number): number | undefined {
  let offset = 0;
  let col = 0;
  let flow = 0;
  let lineStart = true;
  let afterIndicator = false;
  let scalarNext = false;
  const columns: number[] = [];
  const open = (push: boolean) => {
    if (lineStart) while (columns.length > 0 && (columns.at(-1) ?? 0) > col) columns.pop();
    if (push && (lineStart || afterIndicator) && (columns.length === 0 || (columns.at(-1) ?? 0) < col)) columns.push(col);
    lineStart = false;
  };
  for (const tok of new Lexer().lex(text)) {
    if (tok === CST.SCALAR) {
      scalarNext = true;
      continue;
    }
    if (tok === CST.DOCUMENT || tok === CST.FLOW_END) continue;
    const type = scalarNext ? "scalar" : CST.tokenType(tok);
    scalarNext = false;
    if (type === "newline") {
      if (flow === 0) lineStart = true;
    } else if (type === "flow-map-start" || type === "flow-seq-start") {
      if (flow === 0) open(false);
      flow++;
      afterIndicator = false;
    } else if (type === "flow-map-end" || type === "flow-seq-end") flow = Math.max(0, flow - 1);
    else if (!["space", "comment", "doc-start", "doc-end", "directive-line", "byte-order-mark", "comma"].includes(type ?? "")) {
      if (flow === 0) open(true);
      afterIndicator = type === "seq-item-ind" || type === "explicit-key-ind" || type === "map-value-ind";
    }
    if (columns.length + flow > limit) return offset;
    offset += tok.length;
    const nl = tok.lastIndexOf("\n");
    col = nl < 0 ? col + tok.length : tok.length - nl - 1;
  }
  return undefined;
}

describe("the nesting check", () => {
  it("finds what the CST.tokenType reference finds, on every YAML file of the repository", () => {
    const files = [...yamlFiles("rubrics"), ...yamlFiles("examples"), ...yamlFiles("test/cases")];
    expect(files.length).toBeGreaterThan(40);
    let deep = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const limit of [3, 64]) {
        const found = findExcessiveNesting(text, limit);
        expect(found, `${file} at limit ${limit}`).toBe(reference(text, limit));
        if (found !== undefined) deep++;
      }
    }
    expect(deep).toBeGreaterThan(20);
  });

  it("finds what the reference finds on generated YAML-like text", () => {
    // Whole tokens and near-misses (",x", "-x", …) of every kind the lexer tells apart, joined at random.
    const pieces = ["- ", "-", "---", "...", "? ", ": ", ":", "{", "}", "[", "]", ",", ", ", "\n", "\r\n", "\r", "  ", "\t"];
    pieces.push("# c\n", "%YAML 1.2\n", "\uFEFF", "a", "key: ", "'q'", '"d"', "|\n  x\n", ">\n  y\n", "&a ", "*a", "!t ");
    pieces.push(",x", "-x", ".x", "{x");
    const piece = fc.constantFrom(...pieces);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (pieces, limit) => {
        const text = pieces.join("");
        expect(findExcessiveNesting(text, limit)).toBe(reference(text, limit));
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });
});
