import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../helpers/exec.js";

/*
 * The import rule of ARCHITECTURE.md, enforced: a module imports only from its own folder or from a
 * lower layer; no command imports another command; no import cycles. The layers are read from
 * ARCHITECTURE.md itself, so the document and the check cannot drift apart.
 */

const SRC = join(root, "src");

/** Layer number by unit (a folder under src/, or a top-level file's name without .ts). */
function layersFrom(markdown: string): Map<string, number> {
  const block = /<!-- layers:[^>]*-->\s*```text\n([\s\S]*?)```/.exec(markdown)?.[1];
  if (!block) throw new Error("ARCHITECTURE.md has no layers table");
  const layers = new Map<string, number>();
  for (const line of block.split("\n")) {
    const [n, ...units] = line.trim().split(/\s+/);
    if (!n) continue;
    for (const u of units) layers.set(u, Number(n));
  }
  return layers;
}

/** The known exceptions listed in ARCHITECTURE.md, as `from → to` pairs of src/-relative paths. */
function exceptionsFrom(markdown: string): string[] {
  const block = /<!-- exceptions:[^>]*-->([\s\S]*?)<!-- \/exceptions -->/.exec(markdown)?.[1] ?? "";
  return [...block.matchAll(/^- (\S+) → (\S+)/gm)].map((m) => `${m[1]} → ${m[2]}`);
}

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Relative imports of a file: static, dynamic and re-exports; `typeOnly` for `import type`/`export type`, which never run. */
function importsOf(text: string): { spec: string; typeOnly: boolean }[] {
  const all = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.[^"']+)["']/gm)].map((m) => m[1]!);
  const typeOnly = [...text.matchAll(/^\s*(?:import|export)\s+type\b[^;]*?\bfrom\s*["'](\.[^"']+)["']/gm)].map((m) => m[1]!);
  const values = all.filter((spec) => !typeOnly.includes(spec));
  return [...new Set(all)].map((spec) => ({ spec, typeOnly: !values.includes(spec) }));
}

function unitOf(file: string): string {
  const rel = relative(SRC, file).split(/[\\/]/);
  return rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.ts$/, "");
}

function targetOf(file: string, spec: string): string {
  return resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
}

/** Every rule broken by the given files' imports, one line each: `from → to: why`. */
function violations(files: ReadonlyMap<string, string>, layers: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    const from = unitOf(file);
    const fromLayer = layers.get(from);
    const name = relative(SRC, file);
    if (fromLayer === undefined) out.push(`${name}: "${from}" is not in ARCHITECTURE.md's layers`);
    const imports = importsOf(text).map((i) => ({ ...i, target: targetOf(file, i.spec) }));
    // Type-only imports count for the layers (they are a dependency of the design) but not for
    // cycles: they are erased, so they never make two modules load each other.
    graph.set(
      file,
      imports.filter((i) => !i.typeOnly).map((i) => i.target),
    );
    for (const { target } of imports) {
      const to = unitOf(target);
      const toName = relative(SRC, target);
      if (from === "commands" && to === "commands" && !toName.endsWith("shared.ts") && target !== file)
        out.push(`${name} → ${toName}: a command imports another command`);
      if (from === to) continue;
      const toLayer = layers.get(to);
      if (fromLayer !== undefined && toLayer !== undefined && toLayer >= fromLayer)
        out.push(`${name} → ${toName}: layer ${fromLayer} (${from}) may not import layer ${toLayer} (${to})`);
    }
  }
  out.push(...cycles(graph).map((ring) => `cycle: ${ring.map((f) => relative(SRC, f)).join(" → ")}`));
  return out;
}

/** The import rings among the files (each reported once, from its first file). */
function cycles(graph: ReadonlyMap<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

describe("the import rule (ARCHITECTURE.md)", () => {
  const architecture = readFileSync(join(root, "ARCHITECTURE.md"), "utf8");
  const layers = layersFrom(architecture);
  const files = new Map(sourceFiles().map((f) => [f, readFileSync(f, "utf8")]));

  it("holds for every module in src/, but for the known exceptions, each of which still happens", () => {
    const found = violations(files, layers);
    const known = exceptionsFrom(architecture);
    expect(found.filter((v) => !known.some((k) => v.startsWith(`${k}:`)))).toEqual([]);
    expect(known.filter((k) => !found.some((v) => v.startsWith(`${k}:`)))).toEqual([]);
  });

  it("catches an upward import, a command importing a command, an unplaced folder and a ring", () => {
    const at = (p: string) => join(SRC, p);
    const bad = new Map([
      [at("scoring/score.ts"), 'import { FORMATS } from "../render/result/index.js";'],
      [at("render/result/index.ts"), "export const FORMATS = [];"],
      [at("commands/compare.ts"), 'const { assess } = await import("./assess.js");\nimport { x } from "./shared.js";'],
      [at("commands/assess.ts"), ""],
      [at("commands/shared.ts"), ""],
      [at("newthing/a.ts"), 'import { b } from "./b.js";\nimport type { C } from "./c.js";'],
      [at("newthing/b.ts"), 'export { a } from "./a.js";'],
      [at("newthing/c.ts"), 'import type { A } from "./a.js";'],
    ]);
    expect(violations(bad, layers)).toEqual([
      "scoring/score.ts → render/result/index.ts: layer 7 (scoring) may not import layer 12 (render)",
      "commands/compare.ts → commands/assess.ts: a command imports another command",
      'newthing/a.ts: "newthing" is not in ARCHITECTURE.md\'s layers',
      'newthing/b.ts: "newthing" is not in ARCHITECTURE.md\'s layers',
      'newthing/c.ts: "newthing" is not in ARCHITECTURE.md\'s layers',
      "cycle: newthing/a.ts → newthing/b.ts → newthing/a.ts",
    ]);
  });
});
