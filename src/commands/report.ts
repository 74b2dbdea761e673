import type { Io } from "../context.js";
import { EXIT, GapcheckError, type ExitCode } from "../errors.js";
import { loadMessages, type messagesFor, resolveLang } from "../i18n/messages.js";
import { readSource, type Source } from "../io/read.js";
import { zodFindings } from "../model/zod-findings.js";
import { colorFor } from "../render/color.js";
import type { FormatName } from "../formats.js";
import { loadRenderer } from "../render/lazy.js";
import { ResultSchema, type Result } from "../scoring/result.js";
import { parseYaml } from "../yaml/parse.js";
import { checkOutPath, writeOutput, fitted, outputWidth } from "./shared.js";

export interface ReportOptions {
  file: string;
  format: FormatName;
  out?: string;
  /** Overrides the result's own focus (SPEC 5 `--focus`). */
  focus?: number;
  color?: boolean;
  io: Io;
}

/** `gapcheck report RESULT.json`: a saved result in another format, in the result's own language. */
export async function report(o: ReportOptions): Promise<ExitCode> {
  const { io } = o;
  const t = await loadMessages(resolveLang(undefined, io.env));
  await checkOutPath(o.out, [o.file], t);
  const loaded = await loadResult(o.file, io, t);
  const result = o.focus === undefined ? loaded : withFocus(loaded, o.focus);
  const rt = await loadMessages(result.locale);
  const stream = o.out === undefined ? io.stdout : { isTTY: false, file: true };
  const width = outputWidth(io, o.out);
  const text = (await loadRenderer(o.format, result))(result, { color: colorFor(stream, io.env, o.color), width });
  await writeOutput(fitted(o.format, text, width), o.out, io, rt);
  return EXIT.ok;
}

/** The result with summary.pareto.focus and focusShare as `--focus N` would have made them. */
export function withFocus(result: Result, focus: number): Result {
  const f = Math.min(focus, result.priorities.length);
  const pareto = { ...result.summary.pareto, focus: f, focusShare: f > 0 ? result.priorities[f - 1]!.cumulativeShare : 0 };
  return { ...result, summary: { ...result.summary, pareto } };
}

export async function loadResult(path: string, io: Io, t: ReturnType<typeof messagesFor>): Promise<Result> {
  const read = await readSource(path, t, io.stdin);
  if (!read.ok) throw new GapcheckError(read.finding.message, EXIT.cannotRun, [read.finding]);
  return resultFromSource(read.source, t);
}

/** A result read from a decoded file; anything else stops the command with exit 2 (used by compare too). */
export function resultFromSource(source: Source, t: ReturnType<typeof messagesFor>): Result {
  const parsed = parseYaml(source, t);
  // A file that is not even YAML or JSON (an HTML report, a spreadsheet) is simply not a result.
  if (parsed.data === undefined) throw new GapcheckError(t.report.notAResult(source.name));
  const data = parsed.data as { gapcheck?: unknown; kind?: unknown } | null;
  // Anything that does not say it is a gapcheck result gets one clear line, not a list of schema errors.
  if (typeof data !== "object" || data === null || data.gapcheck !== 1 || data.kind !== "result") {
    throw new GapcheckError(t.report.notAResult(source.name));
  }
  const checked = ResultSchema.safeParse(data, { reportInput: true });
  if (!checked.success)
    throw new GapcheckError(
      t.report.notAResult(source.name),
      EXIT.cannotRun,
      zodFindings(checked.error.issues, ResultSchema, parsed.locate, source.name, t),
    );
  return checked.data;
}
