import type { Io } from "../context.js";
import { EXIT, type ExitCode } from "../errors.js";
import { langOf, loadMessages, resolveLang, type Lang } from "../i18n/messages.js";
import { diffRubrics } from "../diff/compare.js";
import { DIFF_RENDERERS, type DiffFormat } from "../render/diff/index.js";
import { columnsOf } from "../text/columns.js";
import { requireRubric } from "./shared.js";

export interface DiffOptions {
  old: string;
  new: string;
  format: DiffFormat;
  failOn?: "breaking";
  lang?: Lang;
  io: Io;
}

/** `gapcheck diff OLD NEW`: what a rubric edit changes; exit 1 with --fail-on breaking when saved answers would break. */
export async function diff(o: DiffOptions): Promise<ExitCode> {
  const lang = langOf(resolveLang(o.lang, o.io.env));
  const t = await loadMessages(lang);
  const before = await requireRubric(o.old, o.io, t, { allowFailedFixtures: true });
  const after = await requireRubric(o.new, o.io, t, { allowFailedFixtures: true });
  const result = diffRubrics(before.rubric, after.rubric);
  o.io.stdout.write(DIFF_RENDERERS[o.format](result, t, lang, { width: columnsOf(o.io.stdout, o.io.env) }));
  return o.failOn === "breaking" && result.breaking.length > 0 ? EXIT.problems : EXIT.ok;
}
