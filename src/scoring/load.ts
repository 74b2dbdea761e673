import { EXIT, GapcheckError } from "../errors.js";
import type { Messages } from "../i18n/messages.js";
import { readSource, type Source } from "../io/read.js";
import { zodFindings } from "../model/zod-findings.js";
import { parseYaml } from "../yaml/parse.js";
import { ResultSchema, type Result } from "./result.js";

/*
 * Reading a saved result (of `assess` or `aggregate`) back: what `report` renders and what `compare`
 * and `match` accept besides answers files. The one place that decides whether a file is a result.
 */

/** Whether parsed data says it is a result (`kind: result`); anything else is read as answers. */
export function isResultDocument(data: unknown): boolean {
  return typeof data === "object" && data !== null && !Array.isArray(data) && "kind" in data && data.kind === "result";
}

/** A result from a decoded file; anything else throws a GapcheckError (exit 2) naming the file. */
export function resultFromSource(source: Source, t: Messages): Result {
  const parsed = parseYaml(source, t);
  // A file that is not even YAML or JSON (an HTML report, a spreadsheet) is simply not a result, and
  // anything that does not say it is a gapcheck result gets one clear line, not a list of schema errors.
  const data = parsed.data as { gapcheck?: unknown } | undefined;
  if (!isResultDocument(data) || data?.gapcheck !== 1) throw new GapcheckError(t.report.notAResult(source.name));
  const checked = ResultSchema.safeParse(data, { reportInput: true });
  if (!checked.success)
    throw new GapcheckError(
      t.report.notAResult(source.name),
      EXIT.cannotRun,
      zodFindings(checked.error.issues, ResultSchema, parsed.locate, source.name, t),
    );
  return checked.data;
}

/** Reads and checks a saved result; `-` reads `stdin`. Throws a GapcheckError (exit 2) for anything else. */
export async function loadResult(path: string, t: Messages, stdin?: NodeJS.ReadableStream): Promise<Result> {
  const read = await readSource(path, t, stdin);
  if (!read.ok) throw new GapcheckError(read.finding.message, EXIT.cannotRun, [read.finding]);
  return resultFromSource(read.source, t);
}

/** The result with summary.pareto.focus and focusShare as `--focus N` would have made them. */
export function withFocus(result: Result, focus: number): Result {
  const f = Math.min(focus, result.priorities.length);
  const pareto = { ...result.summary.pareto, focus: f, focusShare: f > 0 ? result.priorities[f - 1]!.cumulativeShare : 0 };
  return { ...result, summary: { ...result.summary, pareto } };
}
