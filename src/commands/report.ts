import type { Io } from "../context.js";
import { EXIT, type ExitCode } from "../errors.js";
import { type Lang, loadMessages, resolveLang } from "../i18n/messages.js";
import type { FormatName } from "../formats.js";
import { loadRenderer } from "../render/result/lazy.js";
import { loadResult, withFocus } from "../scoring/load.js";
import { checkOutPath, inLanguage, writeRendered } from "./shared.js";

export interface ReportOptions {
  file: string;
  format: FormatName;
  out?: string;
  /** Overrides the result's own focus (docs/scoring.md#the-8020-priority-list `--focus`). */
  focus?: number;
  /** Re-render the rubric texts in this language (README "Language of saved results"). */
  lang?: Lang;
  /** The rubric to take those texts from; default the bundled one of the result's id and version. */
  rubric?: string;
  color?: boolean;
  io: Io;
}

/** `gapcheck report RESULT.json`: a saved result in another format, in its own language unless --lang. */
export async function report(o: ReportOptions): Promise<ExitCode> {
  const { io } = o;
  const t = await loadMessages(resolveLang(o.lang, io.env));
  await checkOutPath(o.out, [o.file, ...(o.rubric !== undefined ? [o.rubric] : [])], t);
  const saved = await loadResult(o.file, t, io.stdin);
  const [loaded] = (await inLanguage([{ result: saved, file: o.file }], o.lang ?? saved.locale, { ...o, t })).results;
  const result = o.focus === undefined ? loaded! : withFocus(loaded!, o.focus);
  const rt = await loadMessages(result.locale);
  const render = await loadRenderer(o.format, result);
  await writeRendered((options) => render(result, options), o.format, o, io, rt);
  return EXIT.ok;
}
