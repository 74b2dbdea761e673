import type { Respondent } from "../aggregate/panel.js";
import { answersFromTemplateCsv, templateColumns } from "../answers/csv.js";
import type { LoadedAnswers, Notice } from "../answers/load.js";
import type { Finding } from "../findings.js";
import type { CsvRecord } from "../io/csv.js";
import type { InputOptions } from "./input.js";
import type { Table } from "./open.js";
import { CsvSyntaxError, type TableRow } from "./records.js";
import { readSurveyRows } from "./survey.js";

/*
 * A table's rows as respondents: the template's sheet (one respondent, one row per item) or a survey
 * export (one respondent per row). Loaded only when a table is read.
 */

export interface TableRead {
  respondents: number;
  fatal: Finding[];
  badRows: { line: number; errors: Finding[] }[];
  warnings: Finding[];
  notices: Notice[];
}

/** A table's template sheet, or its survey rows handed to `onRespondent`. */
export async function readTable(
  table: Table,
  name: string,
  o: InputOptions,
  onRespondent: (r: Respondent) => void,
): Promise<{ loaded: LoadedAnswers } | TableRead> {
  const notices = [...table.notices];
  try {
    const rows = table.rows()[Symbol.asyncIterator]();
    const head = await rows.next();
    if (!head.done && templateColumns(head.value.cells)) {
      const records: CsvRecord[] = [head.value];
      for (let r = await rows.next(); !r.done; r = await rows.next()) records.push(r.value);
      return { loaded: answersFromTemplateCsv({ name, bytes: new Uint8Array(), text: "" }, o.rubric, o.t, o.locale, records) };
    }
    const survey = await readSurveyRows(name, prepend(head, rows), o, onRespondent);
    return { ...survey, notices: [...notices, ...survey.notices] };
  } catch (err) {
    if (!(err instanceof CsvSyntaxError)) throw err;
    const finding: Finding = {
      file: name,
      line: err.line,
      col: 1,
      severity: "error",
      rule: "csv-syntax",
      message: o.t.team.csvSyntax(err.detail),
      path: [],
    };
    return { respondents: 0, fatal: [finding], badRows: [], warnings: [], notices };
  }
}

/** The rows of a table with its first row (already read to look at it) put back in front. */
async function* prepend(head: IteratorResult<TableRow>, rest: AsyncIterator<TableRow>): AsyncGenerator<TableRow> {
  if (head.done) return;
  yield head.value;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}
