import { mkdir, unlink } from "node:fs/promises";
import { loadAnswers } from "../answers/load.js";
import { ANSWERS_FILE_MODE, answersDocument, isoSeconds } from "../answers/write.js";
import type { Io } from "../context.js";
import { EXIT, GapcheckError } from "../errors.js";
import type { Messages } from "../i18n/messages.js";
import { writeFileAtomic } from "../io/write.js";
import type { Rubric } from "../model/rubric.js";
import type { FlowState } from "../prompt/questionnaire.js";
import { resumeCommand, type RunOptions } from "./command.js";
import { draftStem, exists, freeName, isDraft, stateDir, writeDated } from "./paths.js";

/*
 * The files of one interactive run: the draft written after every answer (and on Ctrl-C), and the
 * answers file written at the end. The questionnaire knows nothing of files; the command asks this
 * module where things go.
 */

export interface Session {
  state: FlowState;
  /** When the assessment started (kept across --resume). */
  date: string;
  /** The draft's path. It exists once something was written to it. */
  draft: string;
  /** The language the resumed file was answered in, if it says. */
  locale?: string;
}

export interface SessionOptions {
  rubric: Rubric;
  t: Messages;
  io: Io;
  profile?: string;
  save?: string;
  resume?: string;
  /** The run's options, repeated in the command that continues it. */
  run: RunOptions;
}

/** A new run's session, or the one --resume continues. Refuses before the first question what would fail later. */
export async function openSession(o: SessionOptions): Promise<Session> {
  return o.resume !== undefined ? resumeSession(o, o.resume) : newSession(o);
}

async function newSession(o: SessionOptions): Promise<Session> {
  const date = isoSeconds(o.io.now());
  const state: FlowState = { profileId: o.profile ?? o.rubric.defaultProfileId, answers: new Map() };
  return { state, date, draft: await newDraftPath(o, date) };
}

async function newDraftPath(o: SessionOptions, date: string): Promise<string> {
  if (o.save !== undefined) {
    const draft = `${o.save}.draft`;
    // A draft left by an interrupted run holds someone's answers: continue it, never overwrite it.
    if (await exists(draft)) throw new GapcheckError(o.t.cli.draftExists(draft, resumeCommand(o.run, draft, o.io.env)));
    return draft;
  }
  const dir = stateDir(o.io.env);
  await mkdir(dir, { recursive: true });
  return freeName(dir, draftStem(o.rubric.data.id, date), ".draft.yaml");
}

async function resumeSession(o: SessionOptions, path: string): Promise<Session> {
  const loaded = await loadAnswers(path, o.rubric, o.t);
  const errors = loaded.findings.filter((f) => f.severity === "error");
  if (!loaded.file || !loaded.answers) throw new GapcheckError(o.t.cli.invalidAnswers(path, errors.length), EXIT.cannotRun, errors);
  const file = loaded.file;
  const state: FlowState = {
    profileId: o.profile ?? file.profile ?? o.rubric.defaultProfileId,
    answers: loaded.answers,
    ...(file.respondent ? { respondent: file.respondent } : {}),
  };
  const date = file.date ?? isoSeconds(o.io.now());
  // A user's own answers file is an input: continue in a new draft and leave the file as it is.
  const draft = isDraft(path) ? path : await newDraftPath(o, date);
  return { state, date, draft, ...(file.locale !== undefined ? { locale: file.locale } : {}) };
}

/**
 * The answers file for the session's answers, in the language they were given in: the draft and the
 * final file both record it (so --resume, and a later look at the file, continue in it).
 */
export function sessionDocument(s: Session, rubric: Rubric, locale: string, t: Messages): string {
  const { min, max } = rubric.data.scale;
  return answersDocument(rubric, s.state.profileId, s.state.answers, {
    date: s.date,
    ...(s.state.respondent ? { respondent: s.state.respondent } : {}),
    locale,
    header: t.session.fileHeader(min, max),
  });
}

/** Writes the draft (atomically) with every answer so far. */
export async function writeDraft(s: Session, rubric: Rubric, locale: string, t: Messages): Promise<void> {
  await writeOrExplain(s.draft, sessionDocument(s, rubric, locale, t), t);
}

/** A finished run: the answers file (--save, or a new dated file here), then the draft goes. Returns the file's name. */
export async function finishSession(
  s: Session,
  rubric: Rubric,
  save: string | undefined,
  io: Io,
  o: { t: Messages; locale: string },
): Promise<string> {
  const { t } = o;
  const doc = sessionDocument(s, rubric, o.locale, t);
  let saved: string;
  if (save !== undefined) {
    await writeOrExplain(save, doc, t, { noClobber: true });
    saved = save;
  } else saved = await writeDated(doc, io.cwd, s.date);
  await unlink(s.draft).catch(() => undefined);
  return saved;
}

/** Writes atomically; a failure (disk full, folder removed) becomes one clear line. */
export async function writeOrExplain(path: string, content: string, t: Messages, options: { noClobber?: boolean } = {}): Promise<void> {
  try {
    await writeFileAtomic(path, content, { mode: ANSWERS_FILE_MODE, ...options });
  } catch (err) {
    throw new GapcheckError(t.io.writeProblem(path, (err as NodeJS.ErrnoException).code ?? String(err)), EXIT.cannotRun, [], {
      cause: err,
    });
  }
}
