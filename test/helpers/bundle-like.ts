import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "./exec.js";

/*
 * A vitest setup file: the tests load cli-table3's string-width and strip-ansi as the bundle does
 * (scripts/build.mjs, "hoist-cli-table3-regexes"), each regular expression built once rather than on
 * every call. Unbundled, cli-table3 rebuilt the huge emoji regex for every cell it measured, a tenth
 * of a table test's CPU; now the tables the tests render are made by the code that ships. The two
 * modules are compiled from the edited text into require's cache before cli-table3 first requires
 * them (once per worker: the cache outlives the files, vitest's isolate is off).
 */
interface CjsModule {
  filename: string;
  paths: string[];
  loaded: boolean;
  _compile(code: string, filename: string): void;
}
const CjsModule = Module as unknown as {
  new (id: string): CjsModule;
  _nodeModulePaths(dir: string): string[];
};

const { hoistTableRegexes } = (await import(pathToFileURL(join(root, "scripts/table-regexes.mjs")).href)) as {
  hoistTableRegexes: (path: string, code: string) => string;
};
const require = createRequire(import.meta.url);
const fromTable = createRequire(require.resolve("cli-table3"));
// strip-ansi first: string-width requires it.
for (const name of ["strip-ansi", "string-width"]) {
  const path = fromTable.resolve(name);
  if (require.cache[path]) continue;
  const m = new CjsModule(path);
  m.filename = path;
  m.paths = CjsModule._nodeModulePaths(dirname(path));
  m._compile(hoistTableRegexes(path, readFileSync(path, "utf8")), path);
  m.loaded = true;
  require.cache[path] = m as unknown as NodeJS.Module;
}
