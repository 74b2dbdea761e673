import type { Lang } from "../../i18n/messages.js";
import { csvCell } from "../escape.js";
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
    csvCell(i.id, sep),
    csvCell(i.title, sep),
    csvCell(dimTitle.get(i.dimension) ?? i.dimension, sep),
    csvCell(i.status, sep),
    num(i.before?.answer),
    num(i.after?.answer),
    num(i.delta),
    num(i.before?.gap),
    num(i.after?.gap),
  ]);
  // Text cells went through csvCell; the numbers (digits, a point or comma, a minus) need no quoting.
  const line = (fields: string[]) => fields.join(sep);
  return `\uFEFF${[head.map((h) => csvCell(h, sep)), ...rows].map(line).join("\r\n")}\r\n`;
};
