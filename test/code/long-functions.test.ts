import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { root } from "../helpers/exec.js";

/*
 * No function over 80 lines without a reason (CONTRIBUTING.md, "Code"): a long function is split into
 * named parts, or its comment says "Why this is long:" and why splitting would make it worse.
 */
const MAX_LINES = 80;
const REASON = "Why this is long:";

/** `file:line name (N lines)` for every function over MAX_LINES lines whose comment gives no reason. */
function unexplainedLongFunctions(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = sf.getLineAndCharacterOfPosition(node.getEnd()).line - start + 1;
      if (lines > MAX_LINES && !commentOf(node, text).includes(REASON)) out.push(`${file}:${start + 1} ${nameOf(node)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The comments before a function, or before the statement that names it (`const f = () => …`). */
function commentOf(node: ts.Node, text: string): string {
  let holder: ts.Node = node;
  while (
    ts.isVariableDeclaration(holder.parent) ||
    ts.isVariableDeclarationList(holder.parent) ||
    ts.isVariableStatement(holder.parent) ||
    ts.isPropertyAssignment(holder.parent)
  )
    holder = holder.parent;
  return (ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? []).map((r) => text.slice(r.pos, r.end)).join("\n");
}

function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name) return named.name.getText();
  const parent = node.parent as { name?: ts.Node };
  return parent?.name?.getText() ?? "(anonymous)";
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("long functions", () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join("\n");
  it("flags a function over 80 lines, declared or assigned, unless its comment says why", () => {
    expect(unexplainedLongFunctions("a.ts", `function short() {\n${body(70)}\n}\n`)).toEqual([]);
    expect(unexplainedLongFunctions("a.ts", `export function long() {\n${body(80)}\n}\n`)).toEqual(["a.ts:1 long (82 lines)"]);
    expect(unexplainedLongFunctions("a.ts", `/** x */\nexport const f = () => {\n${body(80)}\n};\n`)).toEqual(["a.ts:2 f (82 lines)"]);
    expect(unexplainedLongFunctions("a.ts", `/**\n * ${REASON} a state machine.\n */\nconst f = () => {\n${body(80)}\n};\n`)).toEqual([]);
  });

  it("finds none in src/", () => {
    const files = sourceFiles(join(root, "src"));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => unexplainedLongFunctions(relative(root, f), readFileSync(f, "utf8")));
    expect(found, `split these into named parts, or say "${REASON}" in their comment:\n${found.join("\n")}`).toEqual([]);
  });
});
