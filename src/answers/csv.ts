import { cellReader, inEveryLanguage, loose } from "./levels.js";
import type { Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import { type CsvRecord, parseCsv } from "../io/csv.js";
import type { Source } from "../io/read.js";
import type { Rubric } from "../model/rubric.js";
import type { AnswersFile } from "../model/schema.js";
import { closest } from "../model/suggest.js";
import type { Answer } from "../scoring/score.js";
import type { LoadedAnswers } from "./load.js";

/*
 * The answers sheet that `gapcheck template -f csv` writes (docs/answers-format.md#the-fill-in-sheet): one row per item with
 * the columns id, title, question, level guide, answer, note; a few rows before the items carry the
 * rubric id and, optionally, the respondent (ids with a dot, which no item id can have).
 */

export const META_ROWS = ["rubric", "respondent.name", "respondent.role", "respondent.group"] as const;

const ANSWER = inEveryLanguage((t) => t.template.answer, "answer");
const NOTE = inEveryLanguage((t) => t.template.note, "note");

/** The columns of the template sheet, when a header row is one. */
export function templateColumns(header: readonly string[]): { id: number; answer: number; note: number } | undefined {
  const names = header.map(loose);
  const id = names.indexOf("id");
  const answer = names.findIndex((n) => ANSWER.has(n));
  if (id < 0 || answer < 0) return undefined;
  return { id, answer, note: names.findIndex((n) => NOTE.has(n)) };
}

/** Reads a filled-in template sheet against the rubric; findings at FILE:ROW:COL. */
export function answersFromTemplateCsv(source: Source, rubric: Rubric, t: Messages, locale: string, records?: CsvRecord[]): LoadedAnswers {
  const finding = (line: number, col: number, rule: string, message: string): Finding => ({
    file: source.name,
    line,
    col,
    severity: "error",
    rule,
    message,
    path: [],
  });
  let rows = records;
  if (!rows) {
    const parsed = parseCsv(source.text);
    if (!parsed.ok) return { findings: [finding(parsed.line, 1, "csv-syntax", t.team.csvSyntax(parsed.detail))], notices: [] };
    rows = parsed.records;
  }
  const columns = rows[0] ? templateColumns(rows[0].cells) : undefined;
  if (!columns) return { findings: [finding(1, 1, "csv-header", t.team.noItemColumns)], notices: [] };
  const reader = cellReader(rubric);
  const findings: Finding[] = [];
  const answers = new Map<string, Answer>();
  const respondent: NonNullable<AnswersFile["respondent"]> = {};
  let rubricId: string | undefined;
  let rubricLine = 2;
  for (const { cells, line } of rows.slice(1)) {
    const id = (cells[columns.id] ?? "").trim();
    const value = (cells[columns.answer] ?? "").trim();
    if (id === "") continue;
    if (id === "rubric") {
      rubricId = value || undefined;
      rubricLine = line;
    } else if (id.startsWith("respondent.")) {
      const key = id.slice("respondent.".length);
      if ((key === "name" || key === "role" || key === "group" || key === "organisation") && value !== "") respondent[key] = value;
    } else if (!rubric.itemById.has(id)) {
      const suggestion = closest(id, rubric.itemById.keys());
      findings.push(
        finding(
          line,
          columns.id + 1,
          "unknown-item",
          t.answers.unknownItem(id) + (suggestion ? `; ${t.usage.didYouMean(`"${suggestion}"`)}` : ""),
        ),
      );
    } else {
      const cell = reader.read(value, id);
      const note = columns.note >= 0 ? (cells[columns.note] ?? "").trim() : "";
      if (cell.kind === "bad")
        findings.push(finding(line, columns.answer + 1, "bad-cell", t.team.badCell(value, id, reader.allowed(t, locale))));
      else {
        const level = cell.kind === "level" ? cell.level : cell.kind === "na" ? "na" : null;
        answers.set(id, note ? { level, note } : { level });
      }
    }
  }
  if (rubricId !== undefined && rubricId !== rubric.data.id)
    return {
      findings: [finding(rubricLine, columns.answer + 1, "rubric-mismatch", t.team.templateRubric(rubricId, rubric.data.id))],
      notices: [],
    };
  if (findings.length > 0) return { findings, notices: [] };
  const file: AnswersFile = {
    gapcheck: 1,
    rubric: { id: rubric.data.id },
    ...(Object.keys(respondent).length ? { respondent } : {}),
    answers: {},
  };
  return { file, answers, findings, notices: [] };
}
