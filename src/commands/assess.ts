import type { Io } from "../context.js";
import { EXIT, GapcheckError, type ExitCode } from "../errors.js";
import { langOfMessages, loadMessages, resolveLang, type Lang, type Messages } from "../i18n/messages.js";
import { readOneRespondent } from "../intake/input.js";
import type { Rubric } from "../model/rubric.js";
import type { Prompter } from "../prompt/prompts.js";
import { colorFor } from "../render/color.js";
import type { FormatName } from "../formats.js";
import { loadRenderer } from "../render/lazy.js";
import type { Result } from "../scoring/result.js";
import { score } from "../scoring/score.js";
import type { RunOptions } from "../session/command.js";
import type { GivenAnswers } from "./interactive.js";
import {
  checkOutPath,
  checkWritablePath,
  fitted,
  outputWidth,
  printFindings,
  printNotices,
  requireRubric,
  resolveProfileOption,
  writeOutput,
} from "./shared.js";

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
  /** Priorities shown in full in human formats (SPEC 5 `--focus`); default 5. */
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
      ? await answersFromFile(o.answers, rubric, io, t, profileOption !== undefined, o.sheet)
      : await (await import("./interactive.js")).answersFromTerminal({
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
  // A resumed draft continues in the language it was answered in (SPEC 4 `locale`).
  if (given.locale !== undefined && given.locale !== locale) {
    locale = given.locale;
    t = await loadMessages(locale);
  }
  const profileId = profileOption ?? given.profile ?? rubric.defaultProfileId;
  const profile = rubric.profileById.get(profileId);
  if (!profile) throw new GapcheckError(t.cli.unknownProfile(profileId, [...rubric.profileById.keys()]));

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
  const stream = o.out === undefined ? io.stdout : { isTTY: false, file: true };
  const width = outputWidth(io, o.out);
  const text = fitted(
    o.format,
    (await loadRenderer(o.format, result))(result, {
      color: colorFor(stream, io.env, o.color),
      width,
    }),
    width,
  );
  await writeOutput(text, o.out, io, t);

  // A gate with nothing to judge must not pass (SPEC 2): no answered item, no gap index.
  if (o.failAbove !== undefined && result.summary.answered === 0) {
    io.stderr.write(`gapcheck: ${t.trust.failAboveNothing(String(o.failAbove))}\n`);
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

/** Answers from a file, checked against the rubric; errors stop the command (exit 2). Used by compare and match too. */
export async function answersFromFile(
  path: string,
  rubric: Rubric,
  io: Io,
  t: Messages,
  profileGiven: boolean,
  sheet?: string,
): Promise<GivenAnswers> {
  // Typing answers into a terminal is allowed, but a silent wait looks like a hang: say what is read.
  if (path === "-" && io.stdin.isTTY) io.stderr.write(`${t.trust.readingStdin}\n`);
  // An answers file, the template sheet, or a survey export of one respondent (more: aggregate's job).
  const locale = langOfMessages(t) ?? rubric.defaultLocale;
  const loaded = await readOneRespondent(path, { rubric, t, locale, cwd: io.cwd, stdin: io.stdin, profileGiven, sheet });
  const name = path === "-" ? "<stdin>" : path;
  if (!loaded.ok) {
    if (loaded.respondents !== undefined && loaded.respondents > 1)
      throw new GapcheckError(`${name}: ${t.team.manyRespondents(loaded.respondents)}`);
    if (loaded.respondents === 0) throw new GapcheckError(`${name}: ${t.team.noRespondentRow}`);
    const errors = loaded.findings.filter((f) => f.severity === "error");
    throw new GapcheckError(t.cli.invalidAnswers(name, errors.length), EXIT.cannotRun, errors);
  }
  printNotices(loaded.notices, io.stderr);
  printFindings(loaded.findings, io.stderr); // warnings only, e.g. another rubric version
  const file = loaded.file ?? { gapcheck: 1 as const, rubric: { id: rubric.data.id }, answers: {} };
  return {
    answers: loaded.answers,
    ...(file.profile !== undefined ? { profile: file.profile } : {}),
    meta: { ...(file.respondent ? { respondent: file.respondent } : {}), ...(file.date !== undefined ? { date: file.date } : {}) },
  };
}
