import type { Lang } from "../i18n/messages.js";

const numberLocale: Record<Lang, string> = { en: "en-GB", sv: "sv-SE", nb: "nb-NO" };

/** Number formatting for human formats in the result's language (JSON keeps plain numbers). */
export function formatter(lang: Lang) {
  const fmt = (digits: number) =>
    new Intl.NumberFormat(numberLocale[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  const one = fmt(1);
  const two = fmt(2);
  const none = fmt(0);
  return {
    num1: (v: number | null) => (v === null ? "–" : one.format(v)),
    num2: (v: number | null) => (v === null ? "–" : two.format(v)),
    percent: (share: number | null) => (share === null ? "–" : `${none.format(share * 100)} %`),
    index: (v: number | null) => (v === null ? "–" : one.format(v)),
  };
}
export type Formatter = ReturnType<typeof formatter>;
