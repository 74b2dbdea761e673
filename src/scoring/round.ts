/**
 * Rounds half away from zero at `digits` decimals by shifting the decimal exponent of the number's
 * shortest text form, so 1.005 gives 1.01 (multiplying in binary floating point gives 1.00).
 * Never returns -0.
 */
export function round(value: number, digits: number): number {
  // Most scores are whole numbers, or already have no more decimals than asked for: they round to
  // themselves (the shortest text form read back is the same number), without the text round trip.
  // (Only where the shifted value is a safe integer, so the round trip is exact; beyond, it decides.)
  if (!(Math.abs(value) * 10 ** digits < Number.MAX_SAFE_INTEGER)) return roundByText(value, digits);
  if (Number.isInteger(value)) return value === 0 ? 0 : value;
  const text = String(value);
  const dot = text.indexOf(".");
  if (dot >= 0 && text.length - dot - 1 <= digits && !text.includes("e")) return value;
  return roundByText(value, digits);
}

function roundByText(value: number, digits: number): number {
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
