/*
 * The one place where text from users (notes, names, file names, groups) and from rubrics (titles,
 * questions, actions) is made harmless for an output format (docs: "Reports" — text from files is
 * shown, never obeyed). One function per format, and every renderer uses it:
 *
 *   escapeHtml      HTML and SVG, in content and in quoted attribute values
 *   escapeMarkdown  Markdown anywhere (heading, paragraph, list item, table cell)
 *   csvCell         a CSV text cell (never a number gapcheck computed, which may be negative)
 *   escapeTerminal  terminal output; terminalSafe() applies it to every text of a result
 *
 * gapcheck's own markup (tags, `**`, `|`, colour codes) is added by the renderers around the
 * escaped text, never passed through these functions.
 */

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** HTML and SVG: `& < > " '` as entities, so a text can neither open a tag nor leave an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]!);
}

/**
 * Markdown, wherever the text lands: line breaks folded into spaces (a text cannot start a block
 * or a table row), `& < >` as HTML entities (no raw HTML, no autolink, no entity), the inline
 * control characters backslash-escaped (no emphasis, code, link, image, strike-through, math or
 * table column), and a block marker at the start (`#`, `-`, `+`, `=`, `1.`) escaped, so a note
 * cannot become a heading, list or rule. Other control characters are shown as escapes.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, " ").replace(/^[ \t]+/, "");
  const escaped = oneLine
    .replace(/[&<>]/g, (ch) => HTML_ENTITIES[ch]!)
    .replace(/[\\`*_[\]|~$]/g, "\\$&")
    .replace(BLOCK_START, (mark: string) => (/^\d/.test(mark) ? `${mark.slice(0, -1)}\\${mark.slice(-1)}` : `\\${mark}`));
  return showControls(escaped);
}

/** A Markdown table: every head and cell escaped, so a "|" or a newline in a title cannot break it. */
export function markdownTable(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.map(escapeMarkdown).join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(escapeMarkdown).join(" | ")} |`),
  ];
}

/**
 * What starts a heading, a list item, a rule or a setext underline; the first character is escaped
 * (a number's dot). A lone "#" (a table column's heading) starts no heading with text.
 */
const BLOCK_START = /^(?:#{1,6}(?=[ \t])|[+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|[-=](?=[-=]*[ \t]*$))/;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV-injection rule). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV text cell: one that starts like a formula gets a leading `'`, so a spreadsheet shows it
 * instead of running it; then RFC 4180 quoting where the separator, a quote, a line break or an
 * edge space needs it. Numbers gapcheck computed are written as they are (a negative delta is not
 * a formula), never through this function.
 */
export function csvCell(text: string, sep: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return safe.includes(sep) || /["\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Terminal output: control characters (escape sequences that colour, move the cursor or retitle
 * the window, a carriage return that overwrites a line) and the bidirectional overrides that
 * reorder what is shown are written as visible escapes (`\u001b`); a line break or tab becomes a
 * space, so a note cannot fake a line of gapcheck's own output.
 */
export function escapeTerminal(text: string): string {
  return UNSAFE_FOR_TERMINAL.test(text) ? showControls(text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, " ")) : text;
}

const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function showControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The data with escapeTerminal applied to every string in it (ids, titles, notes, names), for the
 * terminal renderers, which then add their own colours. Returns the same object when nothing needs
 * escaping, so a clean result costs one walk and no copy.
 */
export function terminalSafe<T>(data: T): T {
  return walk(data) as T;
}

function walk(node: unknown): unknown {
  if (typeof node === "string") return escapeTerminal(node);
  if (node === null || typeof node !== "object") return node;
  if (Array.isArray(node)) {
    const walked = node.map(walk);
    return walked.every((w, i) => w === node[i]) ? node : walked;
  }
  const entries = Object.entries(node);
  const walked = entries.map(([, v]) => walk(v));
  if (walked.every((w, i) => w === entries[i]![1])) return node;
  // fromEntries defines own properties: a "__proto__" key stays data and never sets a prototype.
  return Object.fromEntries(entries.map(([k], i) => [k, walked[i]]));
}

/**
 * A value as a JavaScript literal (the Google Apps Script of `template -f gforms`): JSON, with the
 * two line separators JSON allows in strings but older JavaScript engines do not, escaped. A text
 * can end neither its string nor the script.
 */
export function jsLiteral(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
