import type { Io } from "../context.js";
import { EXIT, GapcheckError, type ExitCode } from "../errors.js";
import { loadMessages, resolveLang, type Lang } from "../i18n/messages.js";
import type { Prompter } from "../prompt/prompts.js";
import type { FormatName } from "../formats.js";
import { loadRenderer } from "../render/result/lazy.js";
import type { Result } from "../scoring/result.js";
import { score } from "../scoring/score.js";
import type { RunOptions } from "../session/command.js";
import { chooseProfile } from "../scoring/profile.js";
import { checkOutPath, checkWritablePath, writeRendered, readAnswers, requireRubric, resolveProfileOption } from "./shared.js";

export interface AssessOptions {
  rubric?: string;
  profile?: string;
  answers?: string;
  /** `--sheet NAME`: the sheet of an .xlsx given to --answers (default the first). */
  sheet?: string;
  format: FormatName;
  out?: string;
  save?: string;
  resume?: string;
  lang?: Lang;
  pareto: number;
  /** Priorities shown in full in human formats (docs/reports.md#what-comes-first `--focus`); default 5. */
  focus?: number;
  failAbove?: number;
  color?: boolean;
  io: Io;
  /** Tests drive the questionnaire with scripted answers; the CLI uses the terminal. */
  prompter?: Prompter;
}

/** `gapcheck assess`: answers from a file or the terminal, scored against a profile, rendered. */
export async function assess(o: AssessOptions): Promise<ExitCode> {
  const { io } = o;
  let t = await loadMessages(resolveLang(o.lang, io.env));
  const loaded = await requireRubric(o.rubric, io, t);
  const { sha256, path: rubricPath } = loaded;
  let locale = resolveLang(o.lang, io.env, loaded.rubric.defaultLocale);
  t = await loadMessages(locale);
  // -p FILE: a client profile, added to the rubric's profiles so everything below works by id.
  const tailored = await resolveProfileOption(o.profile, loaded.rubric, io, t);
  const { rubric } = tailored;
  const profileOption = tailored.profile;
  if (o.answers !== undefined && o.resume !== undefined) throw new GapcheckError(t.cli.answersAndResume);
  if (o.save !== undefined) await checkWritablePath(o.save, t, "--save");
  await checkOutPath(
    o.out,
    [rubricPath, ...[tailored.profilePath, o.answers, o.resume, o.save].filter((p): p is string => p !== undefined)],
    t,
  );

  const given =
    o.answers !== undefined
      ? await readAnswers(o.answers, rubric, io, t, profileOption !== undefined, o.sheet)
      : await (await import("../session/terminal.js")).answersFromTerminal({
          rubric,
          locale,
          t,
          io,
          run: runOptions(o),
          ...(o.lang !== undefined ? { lang: o.lang } : {}),
          ...(profileOption !== undefined ? { profile: profileOption } : {}),
          ...(o.save !== undefined ? { save: o.save } : {}),
          ...(o.resume !== undefined ? { resume: o.resume } : {}),
          ...(o.prompter ? { prompter: o.prompter } : {}),
        });
  // A resumed draft continues in the language it was answered in (docs/answers-format.md `locale`).
  if (given.locale !== undefined && given.locale !== locale) {
    locale = given.locale;
    t = await loadMessages(locale);
  }
  const profile = chooseProfile(rubric, t, { option: profileOption, file: given.profile });

  const result: Result = score({
    rubric,
    profile,
    answers: given.answers,
    pareto: o.pareto,
    ...(o.focus !== undefined ? { focus: o.focus } : {}),
    locale,
    sha256,
    ...given.meta,
  });
  const render = await loadRenderer(o.format, result);
  await writeRendered((options) => render(result, options), o.format, o, io, t);

  // A gate with nothing to judge must not pass (docs/exit-codes.md#exit-codes): no answered item, no gap index.
  if (o.failAbove !== undefined && result.summary.answered === 0) {
    io.stderr.write(`gapcheck: ${t.cli.failAboveNothing(String(o.failAbove))}\n`);
    return EXIT.cannotRun;
  }
  if (o.failAbove !== undefined && result.summary.gapIndex !== null && result.summary.gapIndex > o.failAbove) {
    io.stderr.write(`gapcheck: ${t.cli.gapAbove(String(result.summary.gapIndex), String(o.failAbove))}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** What an interrupted run must repeat to give the same result. */
function runOptions(o: AssessOptions): RunOptions {
  const run: RunOptions = { format: o.format, pareto: o.pareto };
  for (const key of ["rubric", "profile", "lang", "out", "save", "failAbove", "color"] as const)
    if (o[key] !== undefined) Object.assign(run, { [key]: o[key] });
  return run;
}
