import type { Lang } from "../i18n/messages.js";

const numberLocale: Record<Lang, string> = { en: "en-GB", sv: "sv-SE", nb: "nb-NO" };
/** The decimal separator and minus sign Intl.NumberFormat uses in each language. */
const SYMBOLS: Record<Lang, { point: string; minus: string }> = {
  en: { point: ".", minus: "-" },
  sv: { point: ",", minus: "\u2212" },
  nb: { point: ",", minus: "\u2212" },
};

/**
 * A number with a fixed count of decimals, as `Intl.NumberFormat(locale, { minimumFractionDigits:
 * digits, maximumFractionDigits: digits, useGrouping: false })` writes it: the shortest decimal of the
 * number rounded half away from zero, the locale's separator and minus sign (also for -0). Building
 * a NumberFormat loads the locale's ICU data, ~30 ms at start-up (docs/performance.md), so it is only used for
 * what this does not cover (exponent notation, NaN, infinities); test/render/number-format.test.ts holds the two
 * to the same output on generated numbers.
 */
export function fixed(value: number, digits: number, lang: Lang): string {
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || shortest.includes("e")) return intlFormat(lang, digits).format(value);
  const { point, minus } = SYMBOLS[lang];
  const [whole = "0", fraction = ""] = shortest.split(".");
  let digitsOut = whole + fraction.slice(0, digits).padEnd(digits, "0");
  if (fraction.length > digits && fraction.charCodeAt(digits) >= 0x35 /* "5" */) digitsOut = incremented(digitsOut);
  const cut = digitsOut.length - digits;
  const text = digits > 0 ? `${digitsOut.slice(0, cut)}${point}${digitsOut.slice(cut)}` : digitsOut;
  return value < 0 || Object.is(value, -0) ? minus + text : text;
}

/** A string of decimal digits plus one ("199" → "200", "99" → "100"). */
function incremented(digits: string): string {
  const out = digits.split("");
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== "9") {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
    out[i] = "0";
  }
  return `1${out.join("")}`;
}

const intlCache = new Map<string, Intl.NumberFormat>();
function intlFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = intlCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    intlCache.set(key, f);
  }
  return f;
}

/** Number formatting for human formats in the result's language (JSON keeps plain numbers). */
export function formatter(lang: Lang) {
  return {
    num1: (v: number | null) => (v === null ? "–" : fixed(v, 1, lang)),
    num2: (v: number | null) => (v === null ? "–" : fixed(v, 2, lang)),
    percent: (share: number | null) => (share === null ? "–" : `${fixed(share * 100, 0, lang)} %`),
    index: (v: number | null) => (v === null ? "–" : fixed(v, 1, lang)),
  };
}
export type Formatter = ReturnType<typeof formatter>;
