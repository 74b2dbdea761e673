import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixed } from "../../src/render/format.js";

// gapcheck writes numbers without Intl.NumberFormat at start-up (its locale data costs ~30 ms):
// the result must be exactly what Intl.NumberFormat writes, in every language and every precision.
const LOCALE = { en: "en-GB", sv: "sv-SE", nb: "nb-NO" } as const;
// One formatter per language and precision: constructing one is what cost the time, not formatting.
const formatters = new Map<string, Intl.NumberFormat>();
const intl = (value: number, digits: number, lang: keyof typeof LOCALE) => {
  const key = `${lang}/${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    formatters.set(key, f);
  }
  return f.format(value);
};

describe("fixed() writes numbers exactly as Intl.NumberFormat does", () => {
  const langs = fc.constantFrom("en" as const, "sv" as const, "nb" as const);
  const digits = fc.integer({ min: 0, max: 3 });

  it("hand-picked cases: ties, carries, negative zero, the minus sign", () => {
    expect(fixed(1.005, 2, "en")).toBe("1.01"); // the shortest decimal "1.005", rounded half up (toFixed says 1.00)
    expect(fixed(-12.25, 1, "sv")).toBe("\u221212,3");
    expect(fixed(-0, 1, "nb")).toBe("\u22120,0");
    expect(fixed(-0.04, 1, "en")).toBe("-0.0");
    expect(fixed(99.96, 1, "en")).toBe("100.0");
    expect(fixed(0.305 * 100, 0, "sv")).toBe("31"); // 30.5 after the multiplication: a tie, rounded up
    expect(fixed(35.6, 1, "sv")).toBe("35,6");
    expect(fixed(7, 2, "en")).toBe("7.00");
  });

  it("on any double, in en, sv and nb, with 0–3 decimals", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), digits, langs, (v, d, l) => fixed(v, d, l) === intl(v, d, l)),
      { numRuns: 5000 },
    );
  });

  it("on numbers of a few decimals, where the ties are (k / 10^n, and shares × 100)", () => {
    const decimalish = fc
      .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.constantFrom(1, 10, 100, 1000, 10_000))
      .map(([k, s]) => k / s);
    fc.assert(
      fc.property(decimalish, digits, langs, (v, d, l) => fixed(v, d, l) === intl(v, d, l) && fixed(v * 100, d, l) === intl(v * 100, d, l)),
      { numRuns: 20_000 },
    );
  });
});
