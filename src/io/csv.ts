import { CsvError, parse } from "csv-parse/sync";

export interface CsvRecord {
  cells: string[];
  /** 1-based line the record starts on (a quoted cell may span several lines). */
  line: number;
}

export type CsvParsed = { ok: true; delimiter: string; records: CsvRecord[] } | { ok: false; line: number; detail: string };

/**
 * The separator of a spreadsheet export: `;` (Excel in Swedish and Norwegian locales, Microsoft
 * Forms saved as CSV there), tab, or `,`, whichever the header line holds most of outside quotes.
 */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  return counts[";"]! > counts[","]! && counts[";"]! >= counts["\t"]! ? ";" : counts["\t"]! > counts[","]! ? "\t" : ",";
}

/** Parses CSV text (BOM, quoted separators and newlines, CRLF) with csv-parse; never throws. */
export function parseCsv(text: string): CsvParsed {
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ""));
  try {
    const rows = parse(text, {
      delimiter,
      bom: true,
      raw: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as {
      record: string[];
      raw: string;
      info: { lines: number };
    }[];
    const records = rows.map(({ record, raw, info }) => {
      // info.lines is the line the record ends on; count back over the record's own line breaks.
      const own = raw.replace(/^(?:\r?\n)+/, "").replace(/\r?\n$/, "");
      return { cells: record, line: info.lines - (own.match(/\n/g)?.length ?? 0) };
    });
    return { ok: true, delimiter, records };
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines ?? 1;
      return { ok: false, line, detail: err.message.replace(/^[^:]*:\s*/, "") };
    }
    throw err;
  }
}
