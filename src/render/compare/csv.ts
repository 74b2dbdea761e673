import type { Lang } from "../../i18n/messages.js";
import { speech, type ComparisonRenderer } from "./common.js";

/*
 * One row per item, for spreadsheets: as the result's CSV, RFC 4180 quoting, CRLF, UTF-8 with a BOM,
 * and `;` with the decimal comma in Swedish and Norwegian. Text cells that a spreadsheet would take
 * for a formula are prefixed with ' (OWASP); the numbers gapcheck computes (deltas may be negative)
 * never are.
 */
const SEPARATOR: Record<Lang, string> = { en: ",", sv: ";", nb: ";" };

export const renderComparisonCsv: ComparisonRenderer = (c) => {
  const { lang, t } = speech(c);
  const sep = SEPARATOR[lang];
  const num = (v: number | null | "na" | undefined) =>
    v === null || v === undefined ? "" : v === "na" ? "na" : lang === "en" ? String(v) : String(v).replace(".", ",");
  const dimTitle = new Map(c.dimensions.map((d) => [d.id, d.title]));
  const head = [
    t.report.id,
    t.compare.item,
    t.compare.dimension,
    t.compare.status,
    t.compare.before,
    t.compare.after,
    t.compare.delta,
    t.compare.gapBefore,
    t.compare.gapAfter,
  ];
  const rows = c.items.map((i) => [
    text(i.id),
    text(i.title),
    text(dimTitle.get(i.dimension) ?? i.dimension),
    i.status,
    num(i.before?.answer),
    num(i.after?.answer),
    num(i.delta),
    num(i.before?.gap),
    num(i.after?.gap),
  ]);
  const line = (fields: string[]) => fields.map((v) => quote(v, sep)).join(sep);
  return `\uFEFF${[head.map(text), ...rows].map(line).join("\r\n")}\r\n`;
};

/** OWASP's formula-injection rule for a text cell. */
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string, sep: string): string {
  return value.includes(sep) || /["\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
