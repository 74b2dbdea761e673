import { cellReader, fieldHeaders, headerMatcher, loose } from "../answers/levels.js";
import type { Respondent } from "../aggregate/panel.js";
import type { Notice } from "../answers/load.js";
import type { Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import type { Rubric } from "../model/rubric.js";
import type { Answer } from "../scoring/score.js";
import { detectLayout, type Layout } from "./layout.js";
import { isMetadata } from "./metadata.js";
import type { TableRow } from "./records.js";

export interface SurveyOptions {
  rubric: Rubric;
  t: Messages;
  locale: string;
  /** The `--by` column: read as the respondent's group. */
  by?: string | undefined;
}

export interface SurveyOutcome {
  /** Problems of the header that make the whole file unusable. */
  fatal: Finding[];
  warnings: Finding[];
  notices: Notice[];
  /** Rows left out, each with its errors. */
  badRows: { line: number; errors: Finding[] }[];
  /** Respondents read (each was handed to `onRespondent`). */
  respondents: number;
  layout?: Layout;
}

/**
 * A survey-tool export: header rows, then one row per respondent, read one row at a time (only
 * `onRespondent` sees a respondent; nothing here keeps them). Columns map to items by id, `[id]` at
 * the end of the header, or the item's title or question in any locale; the `--by` column gives the
 * group; metadata columns (timestamps, e-mail, names, …) are listed in one notice and never read;
 * other columns are listed in one warning.
 */
export async function readSurveyRows(
  name: string,
  rows: AsyncIterable<TableRow>,
  o: SurveyOptions,
  onRespondent: (r: Respondent, line: number) => void,
): Promise<SurveyOutcome> {
  const { rubric, t } = o;
  const out: SurveyOutcome = { fatal: [], warnings: [], notices: [], badRows: [], respondents: 0 };
  const at = (line: number, col: number, rule: string, message: string, severity: "error" | "warning" = "error"): Finding => ({
    file: name,
    line,
    col,
    severity,
    rule,
    message,
    path: [],
  });
  const iterator = rows[Symbol.asyncIterator]();
  const first: TableRow[] = [];
  while (first.length < 3) {
    const next = await iterator.next();
    if (next.done) break;
    first.push(next.value);
  }
  const layout = detectLayout(first);
  out.layout = layout;
  const map = mapColumns(layout, o, at);
  out.fatal.push(...map.fatal);
  if (out.fatal.length > 0) return out;
  out.warnings.push(...map.warnings);
  if (map.metadata.length > 0)
    out.notices.push({ file: name, line: layout.line, col: 1, rule: "metadata-columns", message: t.team.metadataColumns(map.metadata) });

  const width = layout.columns.length;
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
  const readRow = ({ cells, line }: TableRow) => {
    if (cells.every((c) => c.trim() === "")) return; // a spreadsheet's empty row
    const errors: Finding[] = [];
    if (cells.length < width) errors.push(at(line, cells.length + 1, "row-too-short", t.team.rowTooShort(cells.length, width)));
    else if (cells.slice(width).some((c) => c.trim() !== ""))
      errors.push(at(line, width + 1, "row-too-long", t.team.rowTooLong(cells.length, width)));
    const answers = new Map<string, Answer>();
    for (const { col, item } of map.items) {
      if (col >= cells.length) continue;
      const cell = reader.read(cells[col]!, item);
      if (cell.kind === "bad")
        errors.push(at(line, col + 1, "bad-cell", t.team.badCell(cells[col]!.trim(), item, reader.allowed(t, o.locale))));
      else if (cell.kind === "level") answers.set(item, answerOf(cell.level));
      else if (cell.kind === "na") answers.set(item, answerOf("na"));
    }
    if (errors.length > 0) out.badRows.push({ line, errors });
    else {
      out.respondents++;
      const group = map.groupCol >= 0 ? cells[map.groupCol]!.trim() : undefined;
      onRespondent({ answers, fields: map.fields, ...(group !== undefined ? { group } : {}) }, line);
    }
  };
  for (const row of first.slice(layout.headerRows)) readRow(row);
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) readRow(next.value);
  return out;
}

interface ColumnMap {
  items: { col: number; item: string }[];
  groupCol: number;
  metadata: string[];
  /** The columns that are no item (metadata and ignored ones): named when --by matches none. */
  fields: string[];
  fatal: Finding[];
  warnings: Finding[];
}

type At = (line: number, col: number, rule: string, message: string, severity?: "error" | "warning") => Finding;

function mapColumns(layout: Layout, o: SurveyOptions, at: At): ColumnMap {
  const { t } = o;
  const match = headerMatcher(o.rubric);
  const byNames = o.by === undefined ? undefined : fieldHeaders(o.by);
  const out: ColumnMap = { items: [], groupCol: -1, metadata: [], fields: [], fatal: [], warnings: [] };
  const firstColumn = new Map<string, number>();
  const ignored: string[] = [];
  layout.columns.forEach(({ texts, label }, col) => {
    const item = texts.map(match).find((id) => id !== undefined);
    if (item !== undefined) {
      const first = firstColumn.get(item);
      if (first !== undefined)
        out.fatal.push(at(layout.line, col + 1, "duplicate-column", t.team.twoColumns(item, layout.columns[first]!.label, label)));
      else {
        firstColumn.set(item, col);
        out.items.push({ col, item });
      }
    } else if (byNames && out.groupCol < 0 && texts.some((x) => byNames.has(loose(x)))) out.groupCol = col;
    else if (texts.some(isMetadata)) out.metadata.push(label);
    else if (label !== "") ignored.push(label);
  });
  out.fields = [...out.metadata, ...ignored];
  if (out.items.length === 0) out.fatal.push(at(layout.line, 1, "no-item-columns", t.team.noItemColumns));
  if (out.fatal.length > 0) return out;
  if (ignored.length > 0) out.warnings.push(at(layout.line, 1, "ignored-columns", t.team.ignoredColumns(ignored), "warning"));
  if (o.by !== undefined && out.groupCol < 0)
    out.warnings.push(at(layout.line, 1, "no-group-column", t.team.byColumnMissing(o.by), "warning"));
  return out;
}
