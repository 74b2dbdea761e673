import { resolve } from "node:path";
import type { Respondent } from "../aggregate/panel.js";
import { answersFromSource, type LoadedAnswers, type Notice } from "../answers/load.js";
import type { Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import type { Rubric } from "../model/rubric.js";
import type { AnswersFile } from "../model/schema.js";
import type { Answer } from "../scoring/score.js";
import { openInput } from "./open.js";

/*
 * Survey intake (docs/collecting-answers.md): every input `aggregate` and `assess -a` read, from an
 * answers file to a 64 MiB survey export, as respondents. The library's part; the commands only
 * print what it found.
 */

export interface InputOptions {
  rubric: Rubric;
  t: Messages;
  locale: string;
  /** Folder relative paths are read from. */
  cwd: string;
  stdin?: NodeJS.ReadableStream | undefined;
  /** `--by FIELD`: a respondent field or survey column read as the group. */
  by?: string | undefined;
  /** `--sheet NAME` of an .xlsx. */
  sheet?: string | undefined;
  /** A `--profile` was given (an answers file's own profile is then not checked). */
  profileGiven?: boolean | undefined;
  /** Keep notes (aggregate --notes). */
  notes?: boolean | undefined;
}

/** What reading one input gave: how many respondents, or the errors that keep it (or some of its rows) out. */
export interface InputRead {
  respondents: number;
  errors: Finding[];
  warnings: Finding[];
  notices: Notice[];
  /** Inputs (FILE or FILE:ROW) left out because of `errors`. */
  invalid: string[];
}

/**
 * Reads one input ("-" is stdin) and hands each respondent to `onRespondent`, one at a time.
 * `seen` maps the sha256 of inputs read before to their names: the same bytes twice count once.
 */
export async function readInput(
  file: string,
  o: InputOptions,
  seen: Map<string, string>,
  onRespondent: (r: Respondent) => void,
): Promise<InputRead> {
  const out: InputRead = { respondents: 0, errors: [], warnings: [], notices: [], invalid: [] };
  const name = file === "-" ? "<stdin>" : file;
  const opened = await openInput(file === "-" ? "-" : resolve(o.cwd, file), name, o);
  if (opened.kind === "error") {
    out.errors.push(opened.finding);
    out.invalid.push(name);
    return out;
  }
  const sha256 =
    opened.kind === "table"
      ? opened.table.sha256
      : (await import("node:crypto")).createHash("sha256").update(opened.source.bytes).digest("hex");
  const first = seen.get(sha256);
  if (first !== undefined) {
    out.warnings.push({
      file: name,
      line: 1,
      col: 1,
      severity: "warning",
      rule: "duplicate-respondent",
      message: o.t.team.duplicate(first),
      path: [],
    });
    return out;
  }
  seen.set(sha256, name);
  const add = (r: Respondent) => {
    out.respondents++;
    onRespondent(withoutNotes(r, o.notes ?? false));
  };
  const fromAnswers = (loaded: LoadedAnswers) => {
    const errors = loaded.findings.filter((f) => f.severity === "error");
    out.warnings.push(...loaded.findings.filter((f) => f.severity !== "error"));
    out.notices.push(...loaded.notices);
    if (!loaded.file || !loaded.answers || errors.length > 0) {
      out.errors.push(...errors);
      out.invalid.push(name);
    } else {
      // `fields`: the respondent keys this file has, to name them when --by matches none.
      const fields = Object.keys(loaded.file.respondent ?? {});
      add({ answers: loaded.answers, group: groupOf(loaded.file.respondent, o.by), fields });
    }
    return out;
  };
  if (opened.kind === "answers")
    return fromAnswers(await answersFromSource(opened.source, o.rubric, o.t, { profileGiven: true, locale: o.locale }));

  // The CSV reader and the other languages' cell words load only when a table is read.
  const { readTable } = await import("./table.js");
  const read = await readTable(opened.table, name, o, add);
  if ("loaded" in read) return fromAnswers(read.loaded);
  out.warnings.push(...read.warnings);
  out.notices.push(...read.notices);
  out.errors.push(...read.fatal);
  if (read.fatal.length > 0) out.invalid.push(name);
  for (const row of read.badRows) {
    out.errors.push(...row.errors);
    out.invalid.push(`${name}:${row.line}`);
  }
  return out;
}

function groupOf(respondent: AnswersFile["respondent"], by: string | undefined): string | undefined {
  if (by === undefined || !respondent) return undefined;
  const value = (respondent as Record<string, string | undefined>)[by];
  return typeof value === "string" ? value : undefined;
}

/** Notes travel only with --notes; names never travel at all (a Respondent has no place for one). */
function withoutNotes(r: Respondent, notes: boolean): Respondent {
  // A survey row's answers never carry a note: no copy of 10,000 rows' maps (memory stays bounded).
  if (notes || !hasNote(r.answers)) return r;
  const answers = new Map([...r.answers].map(([id, a]) => [id, { level: a.level }]));
  return { answers, group: r.group, fields: r.fields };
}

function hasNote(answers: Respondent["answers"]): boolean {
  for (const a of answers.values()) if (a.note !== undefined) return true;
  return false;
}

/** What `assess -a` gets from one input: one respondent's answers, or why not. */
export type OneRespondent =
  | { ok: true; answers: Map<string, Answer>; file?: AnswersFile; findings: Finding[]; notices: Notice[] }
  | { ok: false; findings: Finding[]; respondents?: number };

/**
 * One respondent from an answers file, the template sheet, or a survey export of exactly one row
 * (an export of several says how many: that is `aggregate`'s job).
 */
export async function readOneRespondent(file: string, o: InputOptions): Promise<OneRespondent> {
  const name = file === "-" ? "<stdin>" : file;
  const opened = await openInput(file === "-" ? "-" : resolve(o.cwd, file), name, o);
  if (opened.kind === "error") return { ok: false, findings: [opened.finding] };
  const fromLoaded = (loaded: LoadedAnswers): OneRespondent =>
    loaded.file && loaded.answers
      ? { ok: true, answers: loaded.answers, file: loaded.file, findings: loaded.findings, notices: loaded.notices }
      : { ok: false, findings: loaded.findings };
  if (opened.kind === "answers")
    return fromLoaded(await answersFromSource(opened.source, o.rubric, o.t, { profileGiven: o.profileGiven ?? false, locale: o.locale }));
  let answers: Map<string, Answer> | undefined;
  const { readTable } = await import("./table.js");
  const read = await readTable(opened.table, name, o, (r) => {
    answers ??= new Map(r.answers);
  });
  if ("loaded" in read) return fromLoaded(read.loaded);
  const errors = [...read.fatal, ...read.badRows.flatMap((r) => r.errors)];
  if (errors.length > 0) return { ok: false, findings: errors };
  if (read.respondents !== 1 || !answers) return { ok: false, findings: [], respondents: read.respondents };
  return { ok: true, answers, findings: read.warnings, notices: read.notices };
}
