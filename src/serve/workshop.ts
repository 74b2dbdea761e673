import { join } from "node:path";
import { Writable } from "node:stream";
import { GroupingRefused, PanelBuilder, type Respondent } from "../aggregate/panel.js";
import { answersFromSource } from "../answers/load.js";
import { ANSWERS_FILE_MODE, answersDocument, isoSeconds } from "../answers/write.js";
import type { Io } from "../context.js";
import type { FormatName } from "../formats.js";
import { DEFAULT_PARETO } from "../scoring/defaults.js";
import type { Messages } from "../i18n/messages.js";
import { readSource } from "../io/read.js";
import { writeFileAtomic } from "../io/write.js";
import type { Rubric } from "../model/rubric.js";
import type { ProfileFile } from "../model/schema.js";
import type { Result } from "../scoring/result.js";
import { answersFileName, newToken, participantFiles, type SessionFile, writeSession } from "./session.js";
import { checkSubmission, type SubmissionFinding } from "./submission.js";

/** What the facilitator page shows, pushed on every change. Counts, and the consensus once it may be shown. */
export interface LiveState {
  title: string;
  participants: number;
  groups: { id: string; count: number }[];
  minGroup: number;
  closed: boolean;
  /** The consensus (the anonymity rules of docs/team.md#anonymity, applied by the library), once minGroup people answered. */
  result?: Result;
}

export type Reply = { status: number; body: Record<string, unknown> };

/**
 * A running session: the answers on disk (and, for the live view, each file's answers in memory),
 * submissions, close, the live state and the downloads. No HTTP here; server.ts maps requests to it.
 */
export class Workshop {
  /** Each answers file's respondent, by file name: enough for the live consensus without re-reading. */
  private readonly respondents = new Map<string, Respondent>();
  /** One write at a time per answers file: the same browser sending twice never interleaves. */
  private readonly writing = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<() => void>();
  private cached: LiveState | undefined;

  constructor(
    readonly session: SessionFile,
    readonly folder: string,
    readonly rubric: Rubric,
    readonly profile: ProfileFile,
    private readonly sha256: string,
    private readonly t: Messages,
    private readonly io: Io,
  ) {}

  get closed(): boolean {
    return this.session.closed !== undefined;
  }

  get count(): number {
    return this.respondents.size;
  }

  /** Reads the answers files a resumed session already has. */
  async load(): Promise<void> {
    for (const name of await participantFiles(this.folder)) {
      const read = await readSource(join(this.folder, name), this.t);
      if (!read.ok) continue;
      const loaded = await answersFromSource(read.source, this.rubric, this.t, { profileGiven: true });
      if (loaded.answers) this.respondents.set(name, { answers: loaded.answers, group: loaded.file?.respondent?.group });
    }
  }

  /** Called after every change; the listener asks for state() when it needs it (building it costs a scoring). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.cached = undefined;
    for (const l of this.listeners) l();
  }

  /** `POST {participant}/answers` once the body is parsed: 201, 200, 403, 409 or 422 (docs/workshop-server.md#the-participant-api). */
  async submit(body: unknown): Promise<Reply> {
    if (this.closed) return { status: 409, body: { message: this.t.serve.api.closed } };
    const checked = await checkSubmission(body, this.rubric, this.profile.id, this.session.groups, this.t);
    if (!checked.ok) return { status: 422, body: { findings: checked.findings satisfies SubmissionFinding[] } };
    const { submission } = checked;
    const first = submission.receipt === undefined;
    const receipt = submission.receipt ?? newToken();
    const name = answersFileName(receipt);
    if (!first && !this.respondents.has(name)) return { status: 403, body: { message: this.t.serve.api.unknownReceipt } };
    const text = answersDocument(this.rubric, this.profile.id, submission.answers, {
      ...(submission.locale !== undefined ? { locale: submission.locale } : {}),
      ...(submission.group !== undefined ? { respondent: { group: submission.group } } : {}),
      date: isoSeconds(this.io.now()),
    });
    // The reply waits for the file: an acknowledged answer is on disk (fsync, then rename).
    const previous = this.writing.get(name) ?? Promise.resolve();
    const write = previous.then(() =>
      writeFileAtomic(join(this.folder, name), text, first ? { noClobber: true, mode: ANSWERS_FILE_MODE } : { mode: ANSWERS_FILE_MODE }),
    );
    this.writing.set(
      name,
      write.catch(() => undefined),
    );
    await write;
    if (this.writing.get(name) === write) this.writing.delete(name);
    this.respondents.set(name, { answers: submission.answers, group: submission.group });
    this.changed();
    return { status: first ? 201 : 200, body: { receipt } };
  }

  /** `POST {facilitator}/close`: no more submissions; the page and downloads stay. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.session.closed = isoSeconds(this.io.now());
    this.session.updated = this.session.closed;
    await writeSession(this.folder, this.session, false);
    this.changed();
  }

  /** Waits for every write in progress (Ctrl-C: every acknowledged answer is on disk before exit). */
  async settle(): Promise<void> {
    await Promise.all(this.writing.values());
  }

  state(): LiveState {
    if (this.cached) return this.cached;
    const counts = new Map<string, number>(this.session.groups.map((g) => [g, 0]));
    for (const r of this.respondents.values()) if (r.group !== undefined) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
    const state: LiveState = {
      title: this.session.title,
      participants: this.respondents.size,
      groups: [...counts].map(([id, count]) => ({ id, count })),
      minGroup: this.session.minGroup,
      closed: this.closed,
    };
    if (this.respondents.size >= this.session.minGroup) state.result = this.consensus();
    this.cached = state;
    return state;
  }

  /** The consensus of the answers in memory, built as `aggregate FOLDER` builds it (files in name order). */
  private consensus(): Result {
    const grouped = this.session.groups.length > 0;
    try {
      return this.build(grouped);
    } catch (err) {
      // Too few people per group to group them without singling someone out: the whole room only.
      if (grouped && err instanceof GroupingRefused) return this.build(false);
      throw err;
    }
  }

  private build(grouped: boolean): Result {
    const builder = new PanelBuilder({
      rubric: this.rubric,
      profile: this.profile,
      pareto: DEFAULT_PARETO,
      locale: this.session.lang,
      sha256: this.sha256,
      by: grouped ? "group" : undefined,
      minGroup: this.session.minGroup,
      notes: false,
    });
    for (const name of [...this.respondents.keys()].sort()) {
      const r = this.respondents.get(name)!;
      builder.add({ answers: new Map([...r.answers].map(([id, a]) => [id, { level: a.level }])), group: r.group });
      builder.files++;
    }
    return builder.result();
  }

  /**
   * A download: exactly what `gapcheck aggregate FOLDER --by group --min-group N` prints (-r, -p and
   * --lang as the session's), by running that command in-process on the folder.
   */
  async download(format: FormatName): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
    await this.settle();
    if (this.respondents.size === 0) return { ok: false, message: this.t.serve.api.noAnswersYet };
    const grouped = this.session.groups.length > 0;
    const first = await this.aggregate(format, grouped);
    // As the live view: when grouping would single people out, the result of the whole room.
    if (!first.ok && first.refused && grouped) return this.aggregate(format, false);
    return first;
  }

  private async aggregate(
    format: FormatName,
    grouped: boolean,
  ): Promise<{ ok: true; text: string } | { ok: false; message: string; refused?: boolean }> {
    const { aggregate } = await import("../commands/aggregate.js");
    let text = "";
    const stdout = new Writable({
      write(chunk, _enc, done) {
        text += String(chunk);
        done();
      },
    });
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const io: Io = { ...this.io, stdout: Object.assign(stdout, { isTTY: false }), stderr: sink, env: { ...this.io.env, NO_COLOR: "1" } };
    try {
      await aggregate({
        inputs: [this.folder],
        rubric: this.session.rubric.path,
        profile: this.session.profileFile ?? this.profile.id,
        ...(grouped ? { by: "group" } : {}),
        minGroup: this.session.minGroup,
        format,
        lang: this.session.lang as never,
        pareto: DEFAULT_PARETO,
        notes: false,
        skipInvalid: false,
        color: false,
        io,
      });
    } catch (err) {
      return { ok: false, message: (err as Error).message, refused: err instanceof GroupingRefused };
    }
    return { ok: true, text };
  }
}
