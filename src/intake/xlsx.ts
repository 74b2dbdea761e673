import type { TableRow } from "./records.js";

/*
 * .xlsx (Microsoft Forms' download, Excel, Google Sheets) with read-excel-file, pinned to major 9
 * (9 changed the default export to return every sheet). It is imported only when an .xlsx is read,
 * so no other command pays for it at start-up.
 */

export type SheetRead = { ok: true; rows: TableRow[] } | { ok: false; missing: string; sheets: string[] } | { ok: false; broken: string };

/** The rows of one sheet (the first, or `sheet` by name), cells as text. */
export async function readXlsxRows(bytes: Uint8Array, sheet: string | undefined): Promise<SheetRead> {
  const { readSheet } = await import("read-excel-file/node");
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let data: unknown[][];
  try {
    data = (sheet === undefined ? await readSheet(input) : await readSheet(input, sheet)) as unknown[][];
  } catch (err) {
    const e = err as Error & { sheets?: string[] };
    if (e.name === "SheetNotFoundError") return { ok: false, missing: sheet ?? "", sheets: e.sheets ?? [] };
    return { ok: false, broken: e.message };
  }
  // A sheet row is its own line: FILE:ROW:COL points at the cell the user sees in Excel.
  return { ok: true, rows: data.map((row, i) => ({ cells: row.map(cellText), line: i + 1 })) };
}

/** A cell as the text a CSV export would hold: numbers as written, dates to the second. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateText(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * Excel stores a time as a fraction of a day, which reads back as 09:10:59.999 for 09:11:00:
 * rounded to the nearest second.
 */
export function dateText(d: Date): string {
  const rounded = new Date(Math.round(d.getTime() / 1000) * 1000);
  return rounded
    .toISOString()
    .replace("T", " ")
    .replace(/\.000Z$/, "")
    .replace(/ 00:00:00$/, "");
}
