/**
 * Rounds half away from zero at `digits` decimals by shifting the decimal exponent of the number's
 * shortest text form, so 1.005 gives 1.01 (multiplying in binary floating point gives 1.00).
 * Never returns -0.
 */
export function round(value: number, digits: number): number {
  const shift = (v: number, by: number) => {
    const [mantissa, exponent = "0"] = String(v).split("e");
    return Number(`${mantissa}e${Number(exponent) + by}`);
  };
  const result = Math.sign(value) * shift(Math.round(shift(Math.abs(value), digits)), -digits);
  return result === 0 ? 0 : result;
}

export const r4 = (v: number) => round(v, 4);
export const r2 = (v: number) => round(v, 2);
export const r4n = (v: number | null) => (v === null ? null : r4(v));
export const r2n = (v: number | null) => (v === null ? null : r2(v));
