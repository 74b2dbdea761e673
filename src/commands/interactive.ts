import { constants } from "node:fs";
import { access, mkdir, unlink } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { loadAnswers } from "../answers/load.js";
import { answersDocument, isoSeconds } from "../answers/write.js";
import type { Io } from "../context.js";
import { EXIT, GapcheckError, InterruptedError } from "../errors.js";
import type { Messages } from "../i18n/messages.js";
import { writeFileAtomic } from "../io/write.js";
import { printFindings, printNotices } from "./shared.js";
import { textResolver, type Rubric } from "../model/rubric.js";
import { hasTerminal, PromptCancelled, terminalPrompter, type Prompter } from "../prompt/prompts.js";
import { runQuestionnaire, type FlowState } from "../prompt/questionnaire.js";
import type { Result } from "../scoring/result.js";
import type { Answer } from "../scoring/score.js";

export interface InteractiveOptions {
  rubric: Rubric;
  locale: string;
  t: Messages;
  io: Io;
  profile?: string;
  save?: string;
  resume?: string;
  /** --rubric as given, repeated in the "continue with" command. */
  rubricArg?: string;
  prompter?: Prompter;
}

export interface GivenAnswers {
  answers: Map<string, Answer>;
  profile?: string;
  meta: Pick<Result, "respondent" | "date">;
}

/**
 * An assessment in the terminal that never loses an answer: a draft is written atomically after
 * every answer; Ctrl-C keeps it and says how to continue; a finished run writes the answers file,
 * then removes the draft.
 */
export async function answersFromTerminal(o: InteractiveOptions): Promise<GivenAnswers> {
  const { io, t, rubric } = o;
  if (!o.prompter && !hasTerminal(io)) throw new GapcheckError(t.cli.noTerminal);
  if (o.profile !== undefined && !rubric.profileById.has(o.profile)) throw new GapcheckError(t.cli.unknownProfile(o.profile, [...rubric.profileById.keys()]));
  if (o.save !== undefined && (await exists(o.save))) throw new GapcheckError(t.cli.saveExists(o.save));
  // Fail before the first question, not after it: every answer must have somewhere to go.
  for (const dir of [o.save !== undefined ? dirname(resolve(io.cwd, o.save)) : io.cwd]) {
    await access(dir, constants.W_OK).catch((err: NodeJS.ErrnoException) => {
      throw new GapcheckError(t.cli.writeFailed(o.save ?? dir, err.code ?? String(err)));
    });
  }

  const { state, date, draft } = o.resume !== undefined ? await resumeDraft(o, o.resume) : await newDraft(o);
  const document = () => answersDocument(rubric, state.profileId, state.answers, { date, ...(state.respondent ? { respondent: state.respondent } : {}) });
  const width = Math.min(100, io.stderr.columns ?? 80) - 2;
  try {
    await runQuestionnaire({
      ctx: { rubric, t, text: textResolver(rubric, o.locale), width },
      prompter: o.prompter ?? terminalPrompter(io, t.prompt.keys),
      state,
      askProfile: o.profile === undefined && o.resume === undefined,
      askRespondent: o.resume === undefined,
      onChange: () => writeOrExplain(draft, document(), t),
    });
  } catch (err) {
    if (!(err instanceof PromptCancelled)) throw err;
    if (state.answers.size === 0 && o.resume === undefined) throw new InterruptedError(t.cli.interruptedNothingSaved);
    throw new InterruptedError(t.cli.interrupted(state.answers.size, draft, continueCommand(o, draft)));
  }

  const saved = o.save ?? (await writeDated(document(), io, date));
  if (o.save !== undefined) await writeOrExplain(o.save, document(), t, { noClobber: true });
  await unlink(draft).catch(() => undefined);
  io.stderr.write(`${t.cli.answersSaved(saved)}\n`);
  return { answers: state.answers, profile: state.profileId, meta: { date, ...(state.respondent ? { respondent: state.respondent } : {}) } };
}

async function newDraft(o: InteractiveOptions) {
  const date = isoSeconds(o.io.now());
  const state: FlowState = { profileId: o.profile ?? o.rubric.defaultProfileId, answers: new Map() };
  let draft: string;
  if (o.save !== undefined) {
    draft = `${o.save}.draft`;
    // A draft left by an interrupted run holds someone's answers: continue it, never overwrite it.
    if (await exists(draft)) throw new GapcheckError(o.t.cli.draftExists(draft, continueCommand(o, draft)));
  } else {
    const dir = join(o.io.env.XDG_STATE_HOME || join(o.io.env.HOME || homedir(), ".local", "state"), "gapcheck");
    await mkdir(dir, { recursive: true });
    draft = await freeName(dir, `${o.rubric.data.id}-${date.replace(/:/g, "-")}`, ".draft.yaml");
  }
  return { state, date, draft };
}

/** A file gapcheck made as a draft: only such a file is updated in place and removed at the end. */
function isDraft(path: string): boolean {
  return /\.draft(\.ya?ml)?$/.test(path);
}

async function resumeDraft(o: InteractiveOptions, path: string) {
  const loaded = await loadAnswers(path, o.rubric, o.t);
  const errors = loaded.findings.filter((f) => f.severity === "error");
  if (!loaded.file || !loaded.answers) throw new GapcheckError(o.t.cli.invalidAnswers(path, errors.length), EXIT.cannotRun, errors);
  printNotices(loaded.notices, o.io.stderr);
  printFindings(loaded.findings, o.io.stderr);
  const file = loaded.file;
  const state: FlowState = {
    profileId: o.profile ?? file.profile ?? o.rubric.defaultProfileId,
    answers: loaded.answers,
    ...(file.respondent ? { respondent: file.respondent } : {}),
  };
  // A user's own answers file is an input: continue in a new draft and leave the file as it is.
  const draft = isDraft(path) ? path : (await newDraft(o)).draft;
  return { state, date: file.date ?? isoSeconds(o.io.now()), draft };
}

/** Writes atomically; a failure (disk full, folder removed) becomes one clear line. */
async function writeOrExplain(path: string, content: string, t: Messages, options: { noClobber?: boolean } = {}): Promise<void> {
  try {
    await writeFileAtomic(path, content, options);
  } catch (err) {
    throw new GapcheckError(t.cli.writeFailed(path, (err as NodeJS.ErrnoException).code ?? String(err)), EXIT.cannotRun, [], { cause: err });
  }
}

/** The exact command that continues an interrupted run. */
function continueCommand(o: InteractiveOptions, draft: string): string {
  const parts = ["gapcheck", "assess", "--resume", shellArg(draft)];
  if (o.rubricArg !== undefined) parts.push("--rubric", shellArg(o.rubricArg));
  if (o.save !== undefined) parts.push("--save", shellArg(o.save));
  return parts.join(" ");
}

function shellArg(s: string): string {
  return /^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
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

async function freeName(dir: string, stem: string, ext: string): Promise<string> {
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`);
    if (!(await exists(path))) return path;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
