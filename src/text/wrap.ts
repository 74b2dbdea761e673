import wrapAnsi from "wrap-ansi";
import stringWidth from "./width.js";

/*
 * Display width and word wrapping for every terminal text (tables, prompts, lists). Widths come
 * from string-width (CJK, emoji, ANSI colour codes) and wrapping from wrap-ansi, so a line never
 * exceeds its width and a word is only broken when it alone is wider than the line. Both libraries
 * segment text into graphemes with Intl.Segmenter, which is quadratic on one long run without
 * spaces (a 100,000-character CJK "word" takes minutes); long runs are therefore cut into short
 * chunks at grapheme-safe places first, which keeps every function here linear in the text length.
 */

/** Longest run (in UTF-16 units) handed to string-width or wrap-ansi in one piece. */
const CHUNK = 64;
const ANSI = /\u001b\[[0-9;:]*m/g;

/** Display width in terminal columns (ANSI colour codes count 0, CJK and emoji 2). Linear. */
export function displayWidth(text: string): number {
  if (text.length <= CHUNK && !text.includes("\n")) return stringWidth(text);
  let sum = 0;
  for (const line of stripAnsi(text).split("\n")) {
    let max = 0;
    for (const piece of chunks(line)) max += stringWidth(piece);
    sum = Math.max(sum, max);
  }
  return sum;
}

/** Joins words while wrapping (a private-use character, one column wide); a space again afterwards. */
const GLUE = "\uE000";

/** `text` (a command to copy, a name) kept on one line by `wrap` when it fits the width. */
export function keepTogether(text: string): string {
  return text.replace(/ /g, GLUE);
}

export interface WrapOptions {
  /** Starts every line (`firstIndent`, when given, the first one); counts towards the width. */
  indent?: string;
  firstIndent?: string;
  /**
   * Whether a word wider than the line is broken between graphemes (default) or left whole on a
   * line of its own: a path, an id or a URL in a message is one token that cannot be cut.
   */
  breakWords?: boolean;
}

/**
 * Word-wraps `text` to `width` columns and returns its lines (never empty: "" gives [""]). Line
 * breaks in the text are kept, and so are the spaces inside a line (not those at a break); a word wider than the line is broken
 * between graphemes unless `breakWords` is false. ANSI colour codes are allowed in short words;
 * colour long texts line by line after wrapping (`wrap(text, w).map(style)`).
 */
export function wrap(text: string, width: number, options: WrapOptions = {}): string[] {
  const indent = options.indent ?? "";
  const first = options.firstIndent ?? indent;
  const room = Math.max(1, width - Math.max(displayWidth(indent), displayWidth(first)));
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) lines.push(...wrapParagraph(glued(paragraph, room), room, options.breakWords ?? true));
  return lines.map((l, i) => (i === 0 ? first : indent) + l.replaceAll(GLUE, " "));
}

/**
 * What must not be cut by a line break: a unit never starts a line ("80 %", "0.6 p"); a number stays
 * with the word after it ("2 not applicable", "47 of 48"); a field of a " · " list stays whole when
 * it fits, and the dot ends its line ("Answered 47 of 48 ·" / "2 not applicable").
 */
function glued(paragraph: string, room: number): string {
  const text = paragraph.replace(/ (?=%|p\b)/g, GLUE).replace(/(\d) (?=\p{L})/gu, `$1${GLUE}`);
  if (!text.includes(" · ")) return text;
  const fields = text.split(" · ");
  return fields
    .map((field, k) => {
      const last = k === fields.length - 1;
      const whole = last ? field : `${field} ·`;
      return displayWidth(whole) <= room ? keepTogether(whole) : last ? field : `${field}${GLUE}·`;
    })
    .join(" ");
}

function wrapParagraph(paragraph: string, room: number, breakWords: boolean): string[] {
  // Words and the spaces between them, kept as they are (wrap-ansi drops spaces only at a break).
  const parts = paragraph.replace(/\t/g, " ").split(/( +)/);
  if (parts.every((p) => p.trim() === "")) return [""];
  const out: string[] = [];
  let run = "";
  const flush = () => {
    if (run.trim() !== "") out.push(...wrapAnsi(run, room, { hard: breakWords, trim: true }).split("\n"));
    run = "";
  };
  for (const part of parts) {
    if (part.length <= CHUNK || part.startsWith(" ") || part.includes("\u001b")) run += part;
    else {
      // A long run with no space: fill lines grapheme by grapheme, in short pieces (or keep it whole).
      flush();
      out.push(...(breakWords ? breakWord(part, room) : [part]));
    }
  }
  flush();
  return out;
}

/** Breaks one long word into lines of at most `room` columns (a line holds at least one grapheme). */
function breakWord(word: string, room: number): string[] {
  // Most long runs fit (a command or a path glued by keepTogether): measuring is cheaper than segmenting.
  if (displayWidth(word) <= room) return [word];
  const lines: string[] = [];
  let line = "";
  let used = 0;
  const segmenter = new Intl.Segmenter();
  const widths = new Map<string, number>();
  for (const piece of chunks(word)) {
    for (const { segment } of segmenter.segment(piece)) {
      let w = widths.get(segment);
      if (w === undefined) {
        w = stringWidth(segment);
        widths.set(segment, w);
      }
      if (used + w > room && line !== "") {
        lines.push(line);
        line = "";
        used = 0;
      }
      line += segment;
      used += w;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * Cuts a text into pieces of about CHUNK units without splitting a grapheme: never before a
 * combining mark, joiner, variation selector, emoji modifier or tag, never after a joiner, and
 * never inside a surrogate pair or between two regional indicators of one flag.
 */
function chunks(text: string): string[] {
  if (text.length <= CHUNK) return [text];
  const out: string[] = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    let cut = start + CHUNK;
    while (cut < text.length && cut - start < CHUNK * 4 && !safeCut(text, cut)) cut++;
    out.push(text.slice(start, cut));
    start = cut;
  }
  out.push(text.slice(start));
  return out;
}

// biome-ignore lint/suspicious/noMisleadingCharacterClass: each code point is tested on its own, never a joined sequence.
const JOINS_PREVIOUS = /^[\p{M}\u200c\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u{e0100}-\u{e01ef}]/u;
const REGIONAL = /^[\u{1f1e6}-\u{1f1ff}]$/u;

function safeCut(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0xdc00 && code <= 0xdfff) return false; // low surrogate: inside a pair
  const next = String.fromCodePoint(text.codePointAt(at)!);
  if (JOINS_PREVIOUS.test(next)) return false;
  const before = text.codePointAt(at - 1 - (isLowSurrogate(text.charCodeAt(at - 1)) ? 1 : 0))!;
  if (before === 0x200d) return false;
  if (REGIONAL.test(next) && REGIONAL.test(String.fromCodePoint(before))) return false;
  // Hangul jamo sequences compose one syllable: do not cut between two jamo.
  if (isJamo(code) && isJamo(text.charCodeAt(at - 1))) return false;
  return true;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isJamo = (code: number) =>
  (code >= 0x1100 && code <= 0x11ff) || (code >= 0xa960 && code <= 0xa97f) || (code >= 0xd7b0 && code <= 0xd7ff);

/** Pads a text with spaces to `width` columns (or leaves it as it is when it is as wide or wider). */
export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Removes ANSI colour codes. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** The widest word (in columns) of a text: the least width that wraps it without breaking a word. */
export function longestWord(text: string): number {
  let max = 0;
  for (const word of text.split(/\s+/)) if (word) max = Math.max(max, displayWidth(word));
  return max;
}

/** Table borders: a row of a table is sized by its renderer and never re-wrapped. */
const TABLE_RULE = /[│┃┌┐└┘├┤┬┴┼]/;

/**
 * Every line of a human-readable text at most `width` columns (docs/reports.md#the-formats): a longer line that is not a
 * table row is word-wrapped, its continuation lines indented like it (under a list marker's text).
 */
export function fitToWidth(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      if (displayWidth(line) <= width || TABLE_RULE.test(line)) return [line];
      const plain = stripAnsi(line);
      const lead = /^\s*/.exec(plain)![0];
      const marker = /^\s*(?:[-•→]|\d+\.)\s+/.exec(plain)?.[0] ?? lead;
      return wrap(line.slice(line.indexOf(plain.trimStart()[0] ?? "")), width, {
        firstIndent: lead,
        indent: " ".repeat(displayWidth(marker)),
      });
    })
    .join("\n");
}
