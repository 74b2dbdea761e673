import { displayWidth, keepTogether, wrap } from "../text/wrap.js";

/*
 * Markdown laid out for a terminal: paragraphs and list items wrapped to the width, which renders the
 * same (a line break inside a paragraph is a soft break). Headings, tables, fenced code, HTML and
 * block quotes stay as they are, and a continuation line never starts with something Markdown would
 * read as a new block (a list marker, "#", ">", a fence or a rule).
 */

/** A line Markdown reads as more than text: left as it is. */
const BLOCK = /^\s*(?:#|\||<|>|```|~~~)|^ {4}/;
/** A list item's marker (and task box): its continuation lines are indented under the text. */
const MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
/** A word that would start a block at the beginning of a line: held to the word before it. */
const STARTS_BLOCK = / (?=[-*+#>=~`|_]|\d{1,9}[.)](?:\s|$))/g;

export function wrapMarkdown(markdown: string, width: number): string {
  let fenced = false;
  return markdown
    .split("\n")
    .flatMap((line) => {
      if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
      if (fenced || displayWidth(line) <= width || BLOCK.test(line)) return [line];
      const marker = MARKER.exec(line)?.[0] ?? "";
      const body = line.slice(marker.length).replace(STARTS_BLOCK, keepTogether(" "));
      return wrap(body, width, { firstIndent: marker, indent: " ".repeat(displayWidth(marker)), breakWords: false });
    })
    .join("\n");
}
