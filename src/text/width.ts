import stringWidth from "string-width";

/*
 * string-width, with a fast path for text that is one column per UTF-16 unit. string-width measures
 * anything beyond printable ASCII by segmenting graphemes and testing emoji regexes: its first such
 * call costs ~40 ms and each further one ~0.07 ms, and every Swedish or Norwegian word (å, ä, ø)
 * and every table line (│, ─, →, –) takes that path (docs/performance.md: the table within 1.1× of JSON).
 * The code points below are each one column in string-width, none combines with its neighbour
 * (no marks, joiners, variation selectors or surrogates), so a text made only of them is as wide
 * as it is long; test/terminal/display-width.test.ts checks every one against string-width. The bundle also hands
 * this function to wrap-ansi in place of string-width (scripts/build.mjs), with the same results.
 */
/** Code points (first, last) of one column each that never join a neighbour: Latin, punctuation, arrows, box drawing, gapcheck's marks. */
export const NARROW_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x2ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2190, 0x21ff],
  [0x2212, 0x2212],
  [0x2264, 0x2265],
  [0x23ce, 0x23ce],
  [0x23ed, 0x23ed],
  [0x2500, 0x259f],
  // src/text/wrap.ts's GLUE (private use, one column in string-width): glued words measured while wrapping.
  [0xe000, 0xe000],
  ...[0x25b2, 0x25b6, 0x25bc, 0x25c0, 0x25cb, 0x25cf, 0x25d0, 0x2605, 0x26a0, 0x270e, 0x2713, 0x2714, 0x276f].map((c) => [c, c] as const),
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
const NARROW = new RegExp(`^[${NARROW_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join("")}]*$`);

/** Display width in columns, exactly as string-width gives it (same options). */
export default function width(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  return options?.ambiguousIsNarrow !== false && NARROW.test(text) ? text.length : stringWidth(text, options);
}
