import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import width, { NARROW_RANGES } from "../../src/text/width.js";

// gapcheck's fast path for display widths must give exactly string-width's numbers.
describe("width() is string-width with a fast path", () => {
  const narrow = NARROW_RANGES.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)));

  it("every code point of the fast path is one column in string-width, alone and between letters", () => {
    const wrong = narrow.filter((c) => stringWidth(c) !== 1 || stringWidth(`a${c}b`) !== 3);
    expect(wrong).toEqual([]);
    expect(narrow.length).toBeGreaterThan(800); // Latin-1, Latin Extended, punctuation, arrows, box drawing
  });

  it("agrees with string-width on text from the fast path's characters and on any other text", () => {
    const fromNarrow = fc.array(fc.constantFrom(...narrow), { maxLength: 40 }).map((a) => a.join(""));
    const anything = fc.string({ unit: "grapheme", maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(fromNarrow, anything), (s) => width(s) === stringWidth(s)),
      { numRuns: 3000 },
    );
  });

  it("leaves what the fast path cannot know to string-width: wide, combining, emoji, ANSI, ambiguous-as-wide", () => {
    expect(width("日本")).toBe(4);
    expect(width("e\u0301")).toBe(1);
    expect(width("👍🏽")).toBe(2);
    expect(width("▶\ufe0f")).toBe(2);
    expect(width("\u001b[1mab\u001b[0m")).toBe(2);
    expect(width("→", { ambiguousIsNarrow: false })).toBe(stringWidth("→", { ambiguousIsNarrow: false }));
  });
});
