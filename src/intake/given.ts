import { EXIT, GapcheckError } from "../errors.js";
import type { Finding } from "../findings.js";
import type { Notice } from "../answers/load.js";
import { langOfMessages, type Messages } from "../i18n/messages.js";
import type { Rubric } from "../model/rubric.js";
import type { Result } from "../scoring/result.js";
import type { Answer } from "../scoring/score.js";
import { readOneRespondent } from "./input.js";

/** One person's answers, ready to score: from an answers file or typed into the terminal. */
export interface GivenAnswers {
  answers: Map<string, Answer>;
  profile?: string;
  /** The language the questions were asked in (interactive runs): the result is rendered in it. */
  locale?: string;
  meta: Pick<Result, "respondent" | "date">;
}

/** What reading an answers file gave besides the answers: notices (renames) and warnings to show. */
export interface AnswersFromFile extends GivenAnswers {
  notices: Notice[];
  warnings: Finding[];
}

export interface AnswersFromFileOptions {
  /** `--profile` was given: the file's own profile is then not checked. */
  profileGiven: boolean;
  /** What `-` reads. */
  stdin?: NodeJS.ReadableStream | undefined;
  /** Folder relative paths are read from; the process's by default. */
  cwd?: string | undefined;
  /** The sheet of an .xlsx export (`--sheet`); the first by default. */
  sheet?: string | undefined;
}

/**
 * One respondent's answers from an answers file, the template sheet or a survey export of one row
 * (docs/collecting-answers.md); `-` reads `stdin`. Any error throws a GapcheckError (exit 2) that
 * carries every error finding; warnings and notices come back with the answers.
 */
export async function answersFromFile(
  path: string,
  rubric: Rubric,
  t: Messages,
  options: AnswersFromFileOptions,
): Promise<AnswersFromFile> {
  const locale = langOfMessages(t) ?? rubric.defaultLocale;
  const loaded = await readOneRespondent(path, {
    rubric,
    t,
    locale,
    cwd: options.cwd ?? process.cwd(),
    stdin: options.stdin,
    profileGiven: options.profileGiven,
    sheet: options.sheet,
  });
  const name = path === "-" ? "<stdin>" : path;
  if (!loaded.ok) {
    if (loaded.respondents !== undefined && loaded.respondents > 1)
      throw new GapcheckError(`${name}: ${t.team.manyRespondents(loaded.respondents)}`);
    if (loaded.respondents === 0) throw new GapcheckError(`${name}: ${t.team.noRespondentRow}`);
    const errors = loaded.findings.filter((f) => f.severity === "error");
    throw new GapcheckError(t.cli.invalidAnswers(name, errors.length), EXIT.cannotRun, errors);
  }
  const file = loaded.file ?? { gapcheck: 1 as const, rubric: { id: rubric.data.id }, answers: {} };
  return {
    answers: loaded.answers,
    ...(file.profile !== undefined ? { profile: file.profile } : {}),
    meta: { ...(file.respondent ? { respondent: file.respondent } : {}), ...(file.date !== undefined ? { date: file.date } : {}) },
    notices: loaded.notices,
    warnings: loaded.findings,
  };
}
