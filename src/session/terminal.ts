import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { GapcheckError, InterruptedError } from "../errors.js";
import { loadMessages } from "../i18n/messages.js";
import { textResolver } from "../model/rubric.js";
import { hasTerminal, PromptCancelled, terminalPrompter, type Prompter } from "../prompt/prompts.js";
import { runQuestionnaire } from "../prompt/questionnaire.js";
import type { GivenAnswers } from "../intake/given.js";
import { resumeCommand } from "./command.js";
import { finishSession, openSession, type SessionOptions, writeDraft } from "./draft.js";
import { exists } from "./paths.js";

/** What a session needs (session/draft.ts), plus the language and, in tests, scripted answers. */
export interface InteractiveOptions extends SessionOptions {
  /** The language to ask in unless --lang or a resumed draft says otherwise. */
  locale: string;
  /** --lang as given: wins over the language stored in a resumed draft. */
  lang?: string;
  prompter?: Prompter;
}

/**
 * An assessment in the terminal that never loses an answer: a draft is written atomically after
 * every answer; Ctrl-C writes it and says how to continue; a finished run writes the answers file,
 * then removes the draft (src/session has the files; this only connects them to the questions).
 */
export async function answersFromTerminal(o: InteractiveOptions): Promise<GivenAnswers> {
  const { io, rubric } = o;
  let { t } = o;
  if (!o.prompter && !hasTerminal(io)) throw new GapcheckError(t.cli.noTerminal);
  if (o.profile !== undefined && !rubric.profileById.has(o.profile))
    throw new GapcheckError(t.cli.unknownProfile(o.profile, [...rubric.profileById.keys()]));
  if (o.save !== undefined && (await exists(o.save))) throw new GapcheckError(t.cli.saveExists(o.save));
  // Fail before the first question, not after it: every answer must have somewhere to go.
  const dir = o.save !== undefined ? dirname(resolve(io.cwd, o.save)) : io.cwd;
  await access(dir, constants.W_OK).catch((err: NodeJS.ErrnoException) => {
    throw new GapcheckError(t.io.writeProblem(o.save ?? dir, err.code ?? String(err)));
  });

  const session = await openSession({ rubric, t, io, run: o.run, ...pick(o, "profile", "save", "resume") });
  const locale = o.lang ?? session.locale ?? o.locale;
  t = await loadMessages(locale);
  const { state } = session;
  const width = Math.min(100, io.stderr.columns ?? 80) - 2;
  const prompter = o.prompter ?? terminalPrompter(io, t.prompt.keys);
  try {
    await runQuestionnaire({
      ctx: { rubric, t, text: textResolver(rubric, locale), width },
      prompter,
      state,
      askProfile: o.profile === undefined && o.resume === undefined,
      askRespondent: o.resume === undefined,
      onChange: () => writeDraft(session, rubric, locale, t),
    });
  } catch (err) {
    if (!(err instanceof PromptCancelled)) throw err;
    const { answers } = state;
    if (answers.size === 0) throw new InterruptedError(t.cli.interruptedNothingSaved);
    // The draft may not exist yet (a resumed answers file, nothing changed): the message must name a file that holds the answers.
    await writeDraft(session, rubric, locale, t);
    const dontKnow = [...answers.values()].filter((a) => a.level === null).length;
    throw new InterruptedError(t.session.interrupted(answers.size, dontKnow, session.draft, resumeCommand(o.run, session.draft, io.env)));
  } finally {
    prompter.close?.();
  }

  const saved = await finishSession(session, rubric, o.save, io, { t, locale });
  io.stderr.write(`${t.cli.answersSaved(saved)}\n`);
  return {
    answers: state.answers,
    profile: state.profileId,
    locale,
    meta: { date: session.date, ...(state.respondent ? { respondent: state.respondent } : {}) },
  };
}

function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): { [P in K]?: Exclude<T[P], undefined> } {
  const out: { [P in K]?: Exclude<T[P], undefined> } = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k] as Exclude<T[K], undefined>;
  return out;
}
