import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../helpers/exec.js";

/*
 * Every registry of renderers is keyed by the list of formats it serves (ARCHITECTURE.md, "Adding
 * things"): a format added to the list without its renderers must not compile. Proved with the
 * TypeScript compiler on the real sources, with one list changed in memory.
 */

type Ts = typeof import("typescript");
const ts = createRequire(import.meta.url)("typescript") as Ts;

/** tsc's errors in src/render/ when `src/formats.ts` reads as `edit` makes it: `file: message` lines. */
function errorsWith(edit: (formats: string) => string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!config) throw new Error("no tsconfig.json");
  const options = { ...config.options, incremental: false, noEmit: true };
  const host = ts.createCompilerHost(options);
  const formatsFile = join(root, "src", "formats.ts");
  const read = host.readFile.bind(host);
  host.readFile = (file) => (file === formatsFile ? edit(readFileSync(formatsFile, "utf8")) : read(file));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, onError) =>
    file === formatsFile ? ts.createSourceFile(file, host.readFile(file)!, lang) : getSourceFile(file, lang, onError);
  // The registries and what they import, not the whole project: the check stays a few seconds.
  const registries = ["result/index.ts", "result/lazy.ts", "render.ts", "compare/index.ts", "match/index.ts", "template/index.ts"];
  // The declarations of src/ (non-code imports such as .css, build-time constants) come along.
  const declarations = config.fileNames.filter((f) => f.includes("/src/") && f.endsWith(".d.ts"));
  const rootNames = [...declarations, ...registries.map((f) => join(root, "src", "render", f))];
  const program = ts.createProgram({ rootNames, options, host });
  return program
    .getSourceFiles()
    .filter((f) => f.fileName.includes("/src/render/") || f.fileName.includes("/src/index.ts"))
    .flatMap((f) => program.getSemanticDiagnostics(f))
    .map((d) => `${relative(root, d.file?.fileName ?? "")}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}

describe("renderer registries (compile-time)", () => {
  it("a format added to FORMATS or TEMPLATE_FORMATS without its renderers fails tsc in every registry", () => {
    const errors = errorsWith((text) =>
      text
        .replace("export const FORMATS = [", 'export const FORMATS = ["yaml", ')
        .replace("export const TEMPLATE_FORMATS = [", 'export const TEMPLATE_FORMATS = ["pdf", '),
    );
    const files = [...new Set(errors.map((e) => e.slice(0, e.indexOf(":"))))].sort();
    expect(files).toEqual([
      "src/render/compare/index.ts",
      "src/render/match/index.ts",
      "src/render/render.ts",
      "src/render/result/index.ts",
      "src/render/result/lazy.ts",
      "src/render/template/index.ts",
    ]);
    expect(errors.join("\n")).toContain("Property 'yaml' is missing");
    expect(errors.join("\n")).toContain("Property 'pdf' is missing");
  });
});
