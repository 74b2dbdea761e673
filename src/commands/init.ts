import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { gapcheckCommand } from "../session/command.js";
import type { Io } from "../context.js";
import { EXIT, GapcheckError, type ExitCode } from "../errors.js";
import { loadMessages, resolveLang, type Lang } from "../i18n/messages.js";
import { writeFileAtomic } from "../io/write.js";
import { packageRoot } from "../paths.js";
import { columnsOf } from "../text/columns.js";
import { checkWritablePath } from "./shared.js";

/** `gapcheck init [FILE]`: writes the commented starter rubric; never overwrites a file. */
export async function init(o: { file: string; lang?: Lang; io: Io }): Promise<ExitCode> {
  const t = await loadMessages(resolveLang(o.lang, o.io.env));
  await checkWritablePath(o.file, t, "init");
  const yaml = await readFile(join(packageRoot(), "templates", "starter.yaml"), "utf8");
  // A .json name gets JSON (the same rubric, without the comments), never YAML under a JSON name.
  const template = /\.json$/i.test(o.file) ? `${JSON.stringify(parse(yaml), null, 2)}\n` : yaml;
  try {
    await writeFileAtomic(o.file, template, { noClobber: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    throw new GapcheckError(code === "EEXIST" ? t.init.exists(o.file) : t.io.writeProblem(o.file, code), EXIT.cannotRun, [], {
      cause: err,
    });
  }
  // The command to run next stays on one line, to be copied whole.
  const { keepTogether, wrap } = await import("../text/wrap.js");
  const message = t.init.written(o.file, keepTogether(gapcheckCommand(o.io.env, ["validate", o.file])));
  o.io.stderr.write(`${wrap(message, columnsOf(o.io.stderr, o.io.env), { breakWords: false }).join("\n")}\n`);
  return EXIT.ok;
}
