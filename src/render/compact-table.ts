import Table from "cli-table3";

/**
 * A cli-table3 table with one line a row (no rule between rows). cli-table3 colours header and
 * border by default, even when piped: callers colour cells themselves.
 */
export function compactTable(colWidths: number[], head: string[]) {
  const chars = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };
  return new Table({
    head,
    colWidths,
    chars,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
  });
}
