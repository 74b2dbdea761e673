// Type-checks a TypeScript project as `tsc -p` does (same compiler, same tsconfig.json in the current
// folder) and prints tsc's diagnostics, but checks only the project's own files and the gapcheck
// package's declarations: @types/node's declarations are not ours to check, and checking them
// (skipLibCheck off) was two thirds of the time. Exit code 1 when there is any diagnostic.
// Usage: node typecheck.mjs /path/to/node_modules/typescript
import { createRequire } from "node:module";

const ts = createRequire(import.meta.url)(process.argv[2]);
const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => "\n" };
const config = ts.getParsedCommandLineOfConfigFile("tsconfig.json", undefined, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.formatDiagnostic(d, host));
  },
});
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
const checked = program
  .getSourceFiles()
  .filter((f) => !f.fileName.includes("/node_modules/") || f.fileName.includes("/node_modules/gapcheck/"));
const diagnostics = [
  ...config.errors,
  ...program.getOptionsDiagnostics(),
  ...program.getGlobalDiagnostics(),
  ...checked.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
];
process.stdout.write(`${checked.length} files checked\n${ts.formatDiagnostics(diagnostics, host)}`);
process.exitCode = diagnostics.length > 0 ? 1 : 0;
