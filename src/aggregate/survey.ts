import type { Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import type { CsvRecord } from "../io/csv.js";
import type { Rubric } from "../model/rubric.js";
import type { Answer } from "../scoring/score.js";
import { cellReader, fieldHeaders, headerMatcher, loose } from "./levels.js";
import type { Respondent } from "./panel.js";

/** One data row of a survey export: a respondent, or the errors that keep it out. */
export type SurveyRow = { line: number; respondent: Respondent } | { line: number; errors: Finding[] };

export interface SurveyRead {
  /** Problems of the header that make the whole file unusable. */
  fatal: Finding[];
  warnings: Finding[];
  rows: SurveyRow[];
}

/**
 * A survey-tool export (Google Forms, Microsoft Forms, Typeform, Excel): a header row and one row
 * per respondent. Columns map to items by id, `[id]` at the end of the header, or the item's title
 * or question in any locale; the `--by` column gives the group; other columns (timestamps, e-mail,
 * names) are ignored and listed in one warning. Names are never read.
 */
export function readSurvey(
  name: string,
  records: CsvRecord[],
  rubric: Rubric,
  t: Messages,
  locale: string,
  by: string | undefined,
): SurveyRead {
  const at = (line: number, col: number, rule: string, message: string, severity: "error" | "warning" = "error"): Finding => ({
    file: name,
    line,
    col,
    severity,
    rule,
    message,
    path: [],
  });
  const header = records[0]?.cells ?? [];
  const headerLine = records[0]?.line ?? 1;
  const match = headerMatcher(rubric);
  const byNames = by === undefined ? undefined : fieldHeaders(by);
  const columns: { col: number; item: string }[] = [];
  const firstColumn = new Map<string, number>();
  const fatal: Finding[] = [];
  const warnings: Finding[] = [];
  const ignored: string[] = [];
  let groupCol = -1;
  header.forEach((text, col) => {
    const item = match(text);
    if (item !== undefined) {
      const first = firstColumn.get(item);
      if (first !== undefined)
        fatal.push(at(headerLine, col + 1, "duplicate-column", t.team.twoColumns(item, header[first]!.trim(), text.trim())));
      else {
        firstColumn.set(item, col);
        columns.push({ col, item });
      }
    } else if (byNames && groupCol < 0 && byNames.has(loose(text))) groupCol = col;
    else if (text.trim() !== "") ignored.push(text.trim());
  });
  if (columns.length === 0) fatal.push(at(headerLine, 1, "no-item-columns", t.team.noItemColumns));
  if (fatal.length > 0) return { fatal, warnings, rows: [] };
  if (ignored.length > 0) warnings.push(at(headerLine, 1, "ignored-columns", t.team.ignoredColumns(ignored), "warning"));
  if (by !== undefined && groupCol < 0) warnings.push(at(headerLine, 1, "no-group-column", t.team.byColumnMissing(by), "warning"));

  const reader = cellReader(rubric);
  // One answer object per level, shared by every row (nothing changes an answer once read).
  const levelAnswers = new Map<number | "na", Answer>();
  const answerOf = (level: number | "na") => {
    let a = levelAnswers.get(level);
    if (!a) {
      a = { level };
      levelAnswers.set(level, a);
    }
    return a;
  };
  const rows: SurveyRow[] = [];
  for (const { cells, line } of records.slice(1)) {
    if (cells.every((c) => c.trim() === "")) continue; // a spreadsheet's empty row
    const errors: Finding[] = [];
    if (cells.length < header.length)
      errors.push(at(line, cells.length + 1, "row-too-short", t.team.rowTooShort(cells.length, header.length)));
    else if (cells.slice(header.length).some((c) => c.trim() !== ""))
      errors.push(at(line, header.length + 1, "row-too-long", t.team.rowTooLong(cells.length, header.length)));
    const answers = new Map<string, Answer>();
    for (const { col, item } of columns) {
      if (col >= cells.length) continue;
      const cell = reader.read(cells[col]!, item);
      if (cell.kind === "bad")
        errors.push(at(line, col + 1, "bad-cell", t.team.badCell(cells[col]!.trim(), item, reader.allowed(t, locale))));
      else if (cell.kind === "level") answers.set(item, answerOf(cell.level));
      else if (cell.kind === "na") answers.set(item, answerOf("na"));
    }
    if (errors.length > 0) rows.push({ line, errors });
    // `fields`: the columns that are no item, to name them when --by matches none (one list per file).
    else rows.push({ line, respondent: { answers, fields: ignored, ...(groupCol >= 0 ? { group: cells[groupCol]!.trim() } : {}) } });
  }
  return { fatal, warnings, rows };
}
