import { stat } from "node:fs/promises";
import { isProcessStream } from "../io/write.js";
import { resolve } from "node:path";
import type { Io } from "../context.js";
import { EXIT, type ExitCode, GapcheckError } from "../errors.js";
import { LANGS, loadMessages, type Lang, resolveLang } from "../i18n/messages.js";
import { askedOf, type Rubric } from "../model/rubric.js";
import type { TemplateFormat } from "../formats.js";
import { renderTemplate } from "../render/template/index.js";
import { chooseProfile } from "../scoring/profile.js";
import { columnsOf } from "../text/columns.js";
import { checkOutPath, requireRubric, resolveProfileOption, writeOutput } from "./shared.js";

export interface TemplateOptions {
  rubric?: string;
  /** A profile id or a client profile file: only the items that apply to it are asked. */
  profile?: string;
  format: TemplateFormat;
  out?: string;
  lang?: Lang;
  io: Io;
}

/** `gapcheck template`: the blank questionnaire in the chosen language (docs/collecting-answers.md). */
export async function template(o: TemplateOptions): Promise<ExitCode> {
  const { io } = o;
  const t0 = await loadMessages(resolveLang(o.lang, io.env));
  const loaded = await requireRubric(o.rubric, io, t0);
  const locale = resolveLang(o.lang, io.env, loaded.rubric.defaultLocale);
  const t = await loadMessages(locale);
  const { rubric, profile: profileId, profilePath } = await resolveProfileOption(o.profile, loaded.rubric, io, t);
  // No -p: the whole questionnaire, not the default profile's part of it.
  const profile = profileId === undefined ? undefined : chooseProfile(rubric, t, { option: profileId });
  const out = o.out === undefined ? undefined : resolve(io.cwd, o.out);
  await checkOutPath(out, [loaded.path, ...(profilePath ? [profilePath] : [])], t, "-o");
  // A questionnaire may come back filled in: writing another one over it would lose the answers
  // (docs/exit-codes.md#files-gapcheck-writes). /dev/stdout redirected by the shell is the user's own choice of file.
  if (out !== undefined && !isProcessStream(out) && (await isRegularFile(out))) throw new GapcheckError(t.template.outExists(o.out!));
  const asked = profile ? askedOf(rubric, profile) : rubric;
  const text = await render(asked, locale, o.format);
  // Markdown on the terminal (or a pipe) fits its width; a file written with -o is kept as rendered.
  const shown =
    o.format === "markdown" && out === undefined
      ? (await import("../render/markdown-wrap.js")).wrapMarkdown(text, columnsOf(io.stdout, io.env))
      : text;
  await writeOutput(shown, out, io, t, { noClobber: true });
  return EXIT.ok;
}

/** The offline form (docs/workshop.md) is the workshop's page: loaded only for it, with every language's texts. */
async function render(rubric: Rubric, locale: string, format: TemplateFormat): Promise<string> {
  if (format !== "form") return renderTemplate(rubric, locale, format);
  for (const lang of LANGS) await loadMessages(lang);
  return (await import("../serve/form.js")).renderForm(rubric, locale);
}

const isRegularFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
