import { join } from "node:path";
import { access } from "node:fs/promises";
import { loadAnswers } from "../answers/load.js";
import { answersDocument, isoSeconds } from "../answers/write.js";
import type { Io } from "../context.js";
import { EXIT, GapcheckError, InterruptedError, type ExitCode } from "../errors.js";
import { isLang, langFromEnvironment, messagesFor, type Lang, type Messages } from "../i18n/messages.js";
import { writeFileAtomic } from "../io/write.js";
import type { Rubric } from "../model/rubric.js";
import { askAll } from "../prompt/questionnaire.js";
import { hasTerminal, PromptCancelled, terminalPrompter, type Prompter } from "../prompt/prompts.js";
import { colorFor } from "../render/color.js";
import { RENDERERS, type FormatName } from "../render/index.js";
import type { Result } from "../scoring/result.js";
import { score, type Answer } from "../scoring/score.js";
import { checkOutPath, initialLang, printFindings, requireRubric, writeOutput } from "./shared.js";

export interface AssessOptions {
  rubric?: string;
  profile?: string;
  answers?: string;
  format: FormatName;
  out?: string;
  save?: string;
  lang?: Lang;
  pareto: number;
  failAbove?: number;
  color?: boolean;
  io: Io;
  /** Tests drive the questionnaire with scripted answers; the CLI uses the terminal. */
  prompter?: Prompter;
}

/** `gapcheck assess`: answers from a file or the terminal, scored against a profile, rendered. */
export async function assess(o: AssessOptions): Promise<ExitCode> {
  const { io } = o;
  let t = messagesFor(initialLang(o.lang, io));
  const { rubric, sha256, path: rubricPath } = await requireRubric(o.rubric, io, t);
  const locale = o.lang ?? langFromEnvironment(io.env) ?? rubric.defaultLocale;
  t = messagesFor(isLang(locale) ? locale : "en");
  await checkOutPath(o.out, [rubricPath, ...(o.answers ? [o.answers] : [])], t);

  const given = o.answers !== undefined ? await answersFromFile(o.answers, rubric, io, t) : await answersFromTerminal(o, rubric, locale, t);
  const profileId = o.profile ?? given.profile ?? rubric.defaultProfileId;
  const profile = rubric.profileById.get(profileId);
  if (!profile) throw new GapcheckError(t.cli.unknownProfile(profileId, [...rubric.profileById.keys()]));

  const result: Result = score({ rubric, profile, answers: given.answers, pareto: o.pareto, locale, sha256, ...given.meta });
  const stream = o.out === undefined ? io.stdout : { isTTY: false };
  const text = RENDERERS[o.format](result, { color: colorFor(stream, io.env, o.color), width: io.stdout.columns ?? 80 });
  await writeOutput(text, o.out, io, t);

  if (o.failAbove !== undefined && result.summary.gapIndex !== null && result.summary.gapIndex > o.failAbove) {
    io.stderr.write(`gapcheck: ${t.cli.gapAbove(String(result.summary.gapIndex), String(o.failAbove))}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

interface GivenAnswers {
  answers: Map<string, Answer>;
  profile?: string;
  meta: Pick<Result, "respondent" | "date">;
}

async function answersFromFile(path: string, rubric: Rubric, io: Io, t: Messages): Promise<GivenAnswers> {
  const loaded = await loadAnswers(path, rubric, t, io.stdin);
  const errors = loaded.findings.filter((f) => f.severity === "error");
  if (!loaded.file || !loaded.answers) throw new GapcheckError(t.cli.invalidAnswers(path === "-" ? "<stdin>" : path, errors.length), EXIT.cannotRun, errors);
  printFindings(loaded.findings, io.stderr); // warnings only, e.g. another rubric version
  const { file } = loaded;
  return {
    answers: loaded.answers,
    ...(file.profile !== undefined ? { profile: file.profile } : {}),
    meta: { ...(file.respondent ? { respondent: file.respondent } : {}), ...(file.date !== undefined ? { date: file.date } : {}) },
  };
}

async function answersFromTerminal(o: AssessOptions, rubric: Rubric, locale: string, t: Messages): Promise<GivenAnswers> {
  const { io } = o;
  if (!o.prompter && !hasTerminal(io)) throw new GapcheckError(t.cli.noTerminal);
  const profileId = o.profile ?? rubric.defaultProfileId;
  if (!rubric.profileById.has(profileId)) throw new GapcheckError(t.cli.unknownProfile(profileId, [...rubric.profileById.keys()]));
  if (o.save !== undefined && (await exists(o.save))) throw new GapcheckError(t.cli.saveExists(o.save));

  const date = isoSeconds(io.now());
  const answers = new Map<string, Answer>();
  const save = async () => {
    const doc = answersDocument(rubric, profileId, answers, { date });
    return o.save !== undefined ? (await writeFileAtomic(o.save, doc, { noClobber: true }), o.save) : writeDated(doc, io, date);
  };
  try {
    await askAll(rubric, locale, t, o.prompter ?? terminalPrompter(io), (id, answer) => void answers.set(id, answer));
  } catch (err) {
    if (!(err instanceof PromptCancelled)) throw err;
    if (answers.size === 0) throw new InterruptedError(t.cli.interruptedNothingSaved);
    throw new InterruptedError(t.cli.interrupted(answers.size, await save()));
  }
  const saved = await save();
  io.stderr.write(`${t.cli.answersSaved(saved)}\n`);
  return { answers, profile: profileId, meta: { date } };
}

/** gapcheck-answers-2026-11-23.yaml in the current folder, or -2, -3 … : never over an existing file. */
async function writeDated(doc: string, io: Io, date: string): Promise<string> {
  const stem = `gapcheck-answers-${date.slice(0, 10)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.yaml` : `${stem}-${n}.yaml`;
    try {
      await writeFileAtomic(join(io.cwd, name), doc, { noClobber: true });
      return name;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
