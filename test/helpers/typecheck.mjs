// Type-checks a TypeScript project as `tsc -p DIR` does (same compiler, DIR/tsconfig.json) and returns
// tsc's diagnostics, but checks only the project's own files and the gapcheck package's declarations:
// @types/node's declarations are not ours to check, and checking them (skipLibCheck off) was two
// thirds of the time. A function, not a script: test/library/packed-package.test.ts calls it in its own worker, which
// has TypeScript loaded already (scripts/dts.mjs), instead of starting Node to load it again.
import { createRequire } from "node:module";
import { join } from "node:path";

/** Checks the project in `dir` with the TypeScript at `tsPath`: how many files were checked, and tsc's diagnostics ("" for none). */
export function typecheck(tsPath, dir) {
  const ts = createRequire(import.meta.url)(tsPath);
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" };
  const config = ts.getParsedCommandLineOfConfigFile(join(dir, "tsconfig.json"), undefined, {
    ...ts.sys,
    getCurrentDirectory: () => dir,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.formatDiagnostic(d, host));
    },
  });
  const compilerHost = ts.createCompilerHost(config.options);
  compilerHost.getCurrentDirectory = () => dir;
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host: compilerHost });
  const checked = program
    .getSourceFiles()
    .filter((f) => !f.fileName.includes("/node_modules/") || f.fileName.includes("/node_modules/gapcheck/"));
  const diagnostics = [
    ...config.errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
  ];
  return { checked: checked.length, diagnostics: ts.formatDiagnostics(diagnostics, host) };
}
