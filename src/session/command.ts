import { quote } from "shell-quote";
import type { FormatName } from "../render/index.js";
import { DEFAULT_PARETO } from "../formats.js";

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
export function resumeCommand(run: RunOptions, draft: string): string {
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
  const parts = ["gapcheck", "assess"];
  for (const option of args) if (option.length > 0 && option.every((a) => a !== undefined)) parts.push(...(option as string[]));
  return quote(parts);
}
