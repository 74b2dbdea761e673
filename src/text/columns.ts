/**
 * The width human output is laid out for: the terminal's, else COLUMNS, else 80 (README "Terminal
 * output"). Help, messages and every human format use it; no dependencies, so the command
 * line can ask before anything else is loaded.
 */
export function columnsOf(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  if (stream.isTTY && stream.columns) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns >= 20 ? columns : 80;
}
