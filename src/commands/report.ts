import type { Io } from "../context.js";
import { EXIT, type ExitCode } from "../errors.js";
import { loadMessages, resolveLang } from "../i18n/messages.js";
import { colorFor } from "../render/color.js";
import type { FormatName } from "../formats.js";
import { loadRenderer } from "../render/lazy.js";
import { loadResult, withFocus } from "../scoring/load.js";
import { checkOutPath, fitted, outputWidth, writeOutput } from "./shared.js";

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
  const loaded = await loadResult(o.file, t, io.stdin);
  const result = o.focus === undefined ? loaded : withFocus(loaded, o.focus);
  const rt = await loadMessages(result.locale);
  const stream = o.out === undefined ? io.stdout : { isTTY: false, file: true };
  const width = outputWidth(io, o.out);
  const text = (await loadRenderer(o.format, result))(result, { color: colorFor(stream, io.env, o.color), width });
  await writeOutput(fitted(o.format, text, width), o.out, io, rt);
  return EXIT.ok;
}
