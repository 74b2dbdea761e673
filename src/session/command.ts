import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { quote } from "shell-quote";
import type { FormatName } from "../render/result/index.js";
import { DEFAULT_PARETO } from "../scoring/defaults.js";

/** The options of an interactive `assess` run that shape its result: what a resumed run must repeat. */
export interface RunOptions {
  rubric?: string;
  profile?: string;
  lang?: string;
  format?: FormatName;
  out?: string;
  pareto?: number;
  failAbove?: number;
  save?: string;
  color?: boolean;
}

/**
 * The exact command that continues an interrupted run with everything it was started with, quoted
 * for a POSIX shell. One entry per option, in the order `gapcheck assess --help` lists them.
 */
export function resumeCommand(run: RunOptions, draft: string, env: NodeJS.ProcessEnv): string {
  const args: (string | undefined)[][] = [
    ["--resume", draft],
    ["--rubric", run.rubric],
    ["--profile", run.profile],
    run.format === "json" ? ["--json"] : run.format !== undefined && run.format !== "table" ? ["-f", run.format] : [],
    ["-o", run.out],
    ["--save", run.save],
    ["--lang", run.lang],
    run.pareto !== undefined && run.pareto !== DEFAULT_PARETO ? ["--pareto", String(run.pareto)] : [],
    run.failAbove !== undefined ? ["--fail-above", String(run.failAbove)] : [],
    run.color === false ? ["--no-color"] : [],
  ];
  const parts = ["assess"];
  for (const option of args) if (option.length > 0 && option.every((a) => a !== undefined)) parts.push(...(option as string[]));
  return gapcheckCommand(env, parts);
}

/**
 * A gapcheck command as the user can run it as printed (docs/exit-codes.md#streams-and-colour), quoted for a POSIX shell:
 * `gapcheck …` when a `gapcheck` is on PATH, else `npx gapcheck …` (installed in the project, or run
 * once with npx, it is not on PATH).
 */
export function gapcheckCommand(env: NodeJS.ProcessEnv, args: readonly string[]): string {
  return quote([...(onPath("gapcheck", env) ? ["gapcheck"] : ["npx", "gapcheck"]), ...args]);
}

/** True when PATH holds an executable file of this name (what a shell would run). */
function onPath(name: string, env: NodeJS.ProcessEnv): boolean {
  // npx, `npm exec` and `npm run` put node_modules/.bin folders first on the PATH they give
  // gapcheck, not on the user's: under npm, a gapcheck found there is one the user's shell won't find.
  const fromNpm = env.npm_command !== undefined || env.npm_lifecycle_event !== undefined;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "" || (fromNpm && /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir))) continue;
    const file = join(dir, name);
    try {
      if (!statSync(file).isFile()) continue;
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}
