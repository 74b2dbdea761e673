import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { round } from "../../src/scoring/round.js";

/** The rounding without its fast paths: shift the decimal exponent of the shortest text form. */
function reference(value: number, digits: number): number {
  const shift = (v: number, by: number) => {
    const [mantissa, exponent = "0"] = String(v).split("e");
    return Number(`${mantissa}e${Number(exponent) + by}`);
  };
  const result = Math.sign(value) * shift(Math.round(shift(Math.abs(value), digits)), -digits);
  return result === 0 ? 0 : result;
}

describe("round", () => {
  it("rounds half away from zero in decimal, never -0", () => {
    expect([round(1.005, 2), round(-1.005, 2), round(2.675, 2), round(0.125, 2), round(-0, 2), round(-0.001, 2)]).toEqual([
      1.01, -1.01, 2.68, 0.13, 0, 0,
    ]);
    expect(Object.is(round(-0.004, 2), 0)).toBe(true);
    expect([round(3, 4), round(2.5, 2), round(12.3456, 4), round(1e21, 2), round(1.5e-7, 4)]).toEqual([3, 2.5, 12.3456, 1e21, 0]);
  });

  it("gives what the plain text round trip gives, for any number and 0 to 4 digits", () => {
    const decimals = fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 6 })).map(([n, d]) => n / 10 ** d);
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), decimals, fc.integer()), fc.integer({ min: 0, max: 4 }), (value, digits) => {
        expect(Object.is(round(value, digits), reference(value, digits))).toBe(true);
      }),
      { numRuns: 20000, seed: 20261202 },
    );
  });
});
