import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { expandInputs } from "../aggregate/inputs.js";
import { PanelBuilder, type Respondent } from "../aggregate/panel.js";
import { readSurvey } from "../aggregate/survey.js";
import { answersFromTemplateCsv, templateColumns } from "../answers/csv.js";
import { isCsvSource } from "../answers/sniff.js";
import { answersFromSource, type LoadedAnswers } from "../answers/load.js";
import type { Io } from "../context.js";
import { EXIT, GapcheckError, type ExitCode } from "../errors.js";
import type { Finding } from "../findings.js";
import { loadMessages, type Lang, type Messages, resolveLang } from "../i18n/messages.js";
import { parseCsv } from "../io/csv.js";
import { readSource } from "../io/read.js";
import type { Rubric } from "../model/rubric.js";
import type { AnswersFile } from "../model/schema.js";
import { colorFor } from "../render/color.js";
import type { FormatName } from "../formats.js";
import { loadRenderer } from "../render/lazy.js";
import { checkOutPath, printFindings, requireRubric, writeOutput } from "./shared.js";

export interface AggregateOptions {
  inputs: string[];
  rubric?: string;
  profile?: string;
  by?: string;
  minGroup: number;
  format: FormatName;
  out?: string;
  lang?: Lang;
  pareto: number;
  notes: boolean;
  skipInvalid: boolean;
  color?: boolean;
  io: Io;
}

/** What reading one input gave: respondents, or the errors that keep it (or some of its rows) out. */
interface InputRead {
  respondents: Respondent[];
  errors: Finding[];
  warnings: Finding[];
  /** Inputs (FILE or FILE:ROW) left out because of `errors`. */
  invalid: string[];
}

/**
 * `gapcheck aggregate INPUT...`: many respondents → one consensus result with a `panel` (SPEC 9).
 * Inputs are read one at a time and only counts are kept; no output names anyone.
 */
export async function aggregate(o: AggregateOptions): Promise<ExitCode> {
  const { io } = o;
  let t = await loadMessages(resolveLang(o.lang, io.env));
  if (o.by === "name") throw new GapcheckError(t.team.byName);
  const { rubric, sha256, path: rubricPath } = await requireRubric(o.rubric, io, t);
  const locale = resolveLang(o.lang, io.env, rubric.defaultLocale);
  t = await loadMessages(locale);
  const profileId = o.profile ?? rubric.defaultProfileId;
  const profile = rubric.profileById.get(profileId);
  if (!profile) throw new GapcheckError(t.cli.unknownProfile(profileId, [...rubric.profileById.keys()]));

  const { files, problems } = await expandInputs(o.inputs, io.cwd, t);
  await checkOutPath(o.out === undefined ? undefined : resolve(io.cwd, o.out), [rubricPath, ...files.map((f) => resolve(io.cwd, f))], t);
  const builder = new PanelBuilder({ rubric, profile, pareto: o.pareto, locale, sha256, by: o.by, minGroup: o.minGroup, notes: o.notes });
  const errors: Finding[] = [...problems];
  const invalid: string[] = problems.map((p) => p.file);
  const seen = new Map<string, string>();
  for (const file of files) {
    const read = await readInput(file, rubric, t, locale, o, seen);
    printFindings(read.warnings, io.stderr);
    errors.push(...read.errors);
    invalid.push(...read.invalid);
    for (const r of read.respondents) builder.add(r);
    if (read.respondents.length > 0) builder.files++;
  }

  if (errors.length > 0) {
    if (!o.skipInvalid) {
      printFindings(errors, io.stderr);
      throw new GapcheckError(t.team.invalidInputs(invalid.length));
    }
    printFindings(
      errors.map((e) => ({ ...e, severity: "warning" as const })),
      io.stderr,
    );
    io.stderr.write(`gapcheck: ${t.team.skipped(invalid)}\n`);
  }
  if (builder.respondents === 0) throw new GapcheckError(t.team.noRespondents);
  if (builder.respondents === 1) io.stderr.write(`gapcheck: ${t.team.oneRespondent}\n`);

  const result = builder.result();
  const stream = o.out === undefined ? io.stdout : { isTTY: false };
  const text = (await loadRenderer(o.format, result))(result, {
    color: colorFor(stream, io.env, o.color),
    width: o.out === undefined ? (io.stdout.columns ?? 80) : 80,
  });
  await writeOutput(text, o.out === undefined ? undefined : resolve(io.cwd, o.out), io, t);
  return EXIT.ok;
}

async function readInput(
  file: string,
  rubric: Rubric,
  t: Messages,
  locale: string,
  o: AggregateOptions,
  seen: Map<string, string>,
): Promise<InputRead> {
  const out: InputRead = { respondents: [], errors: [], warnings: [], invalid: [] };
  const read = await readSource(resolve(o.io.cwd, file), t);
  if (!read.ok) {
    out.errors.push({ ...read.finding, file });
    out.invalid.push(file);
    return out;
  }
  const source = { ...read.source, name: file };
  const hash = createHash("sha256").update(source.bytes).digest("hex");
  const first = seen.get(hash);
  if (first !== undefined) {
    out.warnings.push({
      file,
      line: 1,
      col: 1,
      severity: "warning",
      rule: "duplicate-respondent",
      message: t.team.duplicate(first),
      path: [],
    });
    return out;
  }
  seen.set(hash, file);

  const groupOf = (respondent: AnswersFile["respondent"]) => {
    if (o.by === undefined || !respondent) return undefined;
    const value = (respondent as Record<string, string | undefined>)[o.by];
    return typeof value === "string" ? value : undefined;
  };
  if (isCsvSource(source)) {
    const parsed = parseCsv(source.text);
    if (!parsed.ok) {
      out.errors.push({
        file,
        line: parsed.line,
        col: 1,
        severity: "error",
        rule: "csv-syntax",
        message: t.team.csvSyntax(parsed.detail),
        path: [],
      });
      out.invalid.push(file);
      return out;
    }
    if (!parsed.records[0] || !templateColumns(parsed.records[0].cells)) {
      const survey = readSurvey(file, parsed.records, rubric, t, locale, o.by);
      out.warnings.push(...survey.warnings);
      if (survey.fatal.length > 0) {
        out.errors.push(...survey.fatal);
        out.invalid.push(file);
        return out;
      }
      for (const row of survey.rows) {
        if ("respondent" in row) out.respondents.push(withoutNotes(row.respondent, o.notes));
        else {
          out.errors.push(...row.errors);
          out.invalid.push(`${file}:${row.line}`);
        }
      }
      return out;
    }
    return fromAnswers(answersFromTemplateCsv(source, rubric, t, locale, parsed.records), out, file, groupOf, o.notes);
  }
  return fromAnswers(await answersFromSource(source, rubric, t, { profileGiven: true, locale }), out, file, groupOf, o.notes);
}

function fromAnswers(
  loaded: LoadedAnswers,
  out: InputRead,
  file: string,
  groupOf: (r: AnswersFile["respondent"]) => string | undefined,
  notes: boolean,
): InputRead {
  const errors = loaded.findings.filter((f) => f.severity === "error");
  out.warnings.push(...loaded.findings.filter((f) => f.severity !== "error"));
  if (!loaded.file || !loaded.answers || errors.length > 0) {
    out.errors.push(...errors);
    out.invalid.push(file);
    return out;
  }
  const fields = Object.keys(loaded.file.respondent ?? {});
  out.respondents.push(withoutNotes({ answers: loaded.answers, group: groupOf(loaded.file.respondent), fields }, notes));
  return out;
}

/** Notes travel only with --notes; names never travel at all (a Respondent has no place for one). */
function withoutNotes(r: Respondent, notes: boolean): Respondent {
  // A survey row's answers never carry a note: no copy of 10,000 rows' maps (SPEC 12 memory).
  if (notes || !hasNote(r.answers)) return r;
  const answers = new Map([...r.answers].map(([id, a]) => [id, { level: a.level }]));
  return { answers, group: r.group, fields: r.fields };
}

function hasNote(answers: Respondent["answers"]): boolean {
  for (const a of answers.values()) if (a.note !== undefined) return true;
  return false;
}
