import { langOf, messagesFor, type Lang } from "../../i18n/messages.js";
import { csvCell } from "../escape.js";
import { riskStatus } from "./focus.js";
import { formatter } from "../format.js";
import type { Renderer } from "../types.js";

/*
 * One row per item, for spreadsheets. RFC 4180 quoting and CRLF line ends, UTF-8 with a BOM so that
 * Excel reads the letters right. Swedish and Norwegian spreadsheets use the decimal comma, so there
 * the separator is a semicolon (what Excel expects in those regions); English uses comma and point.
 */
const SEPARATOR: Record<Lang, string> = { en: ",", sv: ";", nb: ";" };

export const renderCsv: Renderer = (result) => {
  const lang = langOf(result.locale);
  const t = messagesFor(lang);
  const sep = SEPARATOR[lang];
  const f = formatter(lang);
  const text = (v: string) => csvCell(v, sep);
  const num = (v: number | null) => (v === null ? "" : lang === "en" ? String(v) : String(v).replace(".", ","));
  const rank = new Map(result.priorities.map((p) => [p.item, p.rank]));
  const dimTitle = new Map(result.dimensions.map((d) => [d.id, d.title]));
  const planOf = new Map<string, string>();
  for (const [key, list] of Object.entries(result.plan)) for (const e of list) planOf.set(e.item, t.priorities.planNames[key]!);
  const riskOf = new Map(result.risks.map((r) => [r.item, riskStatus(r, t, f)]));
  const head = [
    t.report.id,
    t.report.item,
    t.report.dimension,
    t.report.answer,
    t.report.target,
    t.report.gap,
    t.priorities.points,
    t.report.weight,
    t.report.effort,
    t.report.priority,
    t.priorities.quadrant,
    t.priorities.planColumn,
    t.priorities.riskColumn,
    t.report.note,
  ];
  const panel = new Map((result.panel?.items ?? []).map((p) => [p.item, p]));
  if (result.panel)
    head.push(
      t.team.n,
      t.team.dontKnow,
      t.team.notApplicable,
      t.team.median,
      t.team.mean,
      t.team.min,
      t.team.max,
      "AD_Md",
      "rwg",
      t.team.disagreement,
    );
  const stats = (id: string) => {
    const p = panel.get(id);
    if (!p) return [];
    return [
      num(p.n),
      num(p.dontKnow),
      num(p.notApplicable),
      num(p.median),
      num(p.mean),
      num(p.min),
      num(p.max),
      num(p.adMedian),
      num(p.rwg),
      text(p.disagreement ? t.team.yes : ""),
    ];
  };
  const rows = result.items.map((i) => [
    text(i.id),
    text(i.title),
    text(dimTitle.get(i.dimension) ?? i.dimension),
    i.answer === "na" ? "na" : num(i.answer),
    num(i.target),
    num(i.gap),
    num(i.points),
    num(i.weight),
    num(i.effort),
    num(rank.get(i.id) ?? null),
    text(i.quadrant ? t.priorities.quadrants[i.quadrant]! : ""),
    text(planOf.get(i.id) ?? ""),
    text(riskOf.get(i.id) ?? ""),
    text(i.note !== undefined ? i.note : (panel.get(i.id)?.notes ?? []).join("\n")),
    ...stats(i.id),
  ]);
  // Text cells went through csvCell; the numbers (digits, a point or comma, a minus) need no quoting.
  const line = (fields: string[]) => fields.join(sep);
  return `\uFEFF${[head.map(text), ...rows].map(line).join("\r\n")}\r\n`;
};
