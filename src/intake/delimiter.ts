import { parse } from "csv-parse/sync";

export const DELIMITERS = [",", ";", "\t"] as const;

/**
 * The separator of a spreadsheet export: the one that splits the rows of the sample into the
 * header's number of cells. Excel in a Swedish or Norwegian locale writes `;` and leaves commas in
 * question texts unquoted, so "the most common character in the header" is not enough. Of the
 * separators that split the header at all, the one that fits the most rows wins (then the one with
 * more columns); the row-length check then names any row that does not fit.
 */
export function chooseDelimiter(sample: string): string {
  let best: { delimiter: string; fitting: number; columns: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const widths = rowWidths(sample, delimiter);
    if (!widths || widths.length === 0 || widths[0]! < 2) continue;
    const columns = widths[0]!;
    const fitting = widths.filter((w) => w === columns).length;
    if (!best || fitting > best.fitting || (fitting === best.fitting && columns > best.columns)) best = { delimiter, fitting, columns };
  }
  return best?.delimiter ?? headerFavourite(sample);
}

/** Cells per non-empty row, or undefined when the sample is not CSV with this separator. */
function rowWidths(sample: string, delimiter: string): number[] | undefined {
  try {
    const rows = parse(sample, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      relax_quotes: false,
    }) as string[][];
    // A spreadsheet's empty rows (every cell blank) say nothing about the separator.
    return rows.filter((r) => r.some((c) => c.trim() !== "")).map((r) => r.length);
  } catch {
    return undefined;
  }
}

function headerFavourite(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, "")) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  return counts[";"]! > counts[","]! && counts[";"]! >= counts["\t"]! ? ";" : counts["\t"]! > counts[","]! ? "\t" : ",";
}
