import type { Source } from "../io/read.js";

/** A file that holds CSV rather than YAML or JSON: by its name, or a first line that is the sheet's header. */
export function isCsvSource(source: Source): boolean {
  if (/\.csv$/i.test(source.name)) return true;
  const text = source.text;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.indexOf("\n", start);
  return /^"?id"?[,;\t]/i.test(text.slice(start, end < 0 ? undefined : end));
}
