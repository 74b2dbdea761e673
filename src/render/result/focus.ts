import type { Messages } from "../../i18n/messages.js";
import type { PlanItem, Result, ResultPriority, ResultRisk } from "../../scoring/result.js";
import type { Formatter } from "../format.js";

/*
 * What every human format says about focus, risks and the plan (docs/reports.md#what-comes-first), in one place so the
 * table, Markdown, CSV and HTML say the same thing in the same words: points and shares, never raw
 * impact.
 */

/** A level as people read it: integers as they are, a consensus fraction with one decimal. */
export function levelText(v: number | null, f: Formatter): string {
  if (v === null) return "–";
  return Number.isInteger(v) ? String(v) : f.num1(v);
}

/** Points of the gap index, one decimal. */
export const pointsText = (points: number, f: Formatter) => f.num1(points);

/** The honest headline: concentrated ("5 of 24 gaps hold 81 %") or spread out; null with no gaps. */
export function focusHeadline(result: Result, t: Messages, f: Formatter): string | null {
  const p = result.summary.pareto;
  if (result.priorities.length === 0) return null;
  if (p.concentrated) return t.priorities.concentrated(p.selected, p.candidates, f.percent(p.impactShare));
  // Tiny lists: "1 of 1 gaps are needed" or "the 2 largest of 2 hold 100 %" say nothing true.
  if (p.candidates === 1) return t.priorities.onlyGap;
  if (p.selected === p.candidates)
    return t.priorities.allNeeded(p.candidates, f.percent(p.threshold), p.focus, p.focus < p.selected ? f.percent(p.focusShare) : null);
  return t.priorities.spread(p.selected, p.candidates, f.percent(p.threshold), p.focus, f.percent(p.focusShare));
}

/** The priorities shown in full, and the rest of the 80/20 list (one line each). */
export function focusSplit(result: Result): { focus: ResultPriority[]; rest: ResultPriority[] } {
  const n = Math.min(result.summary.pareto.focus, result.priorities.length);
  return { focus: result.priorities.slice(0, n), rest: result.priorities.slice(n) };
}

/** "now 1, the minimum is 2", or "not answered: find out now". */
export function riskStatus(risk: ResultRisk, t: Messages, f: Formatter): string {
  return risk.answer === null ? t.priorities.findOutNow : t.priorities.riskBelow(levelText(risk.answer, f), String(risk.floor));
}

export interface PlanSection {
  key: "first30Days" | "next90Days" | "notNow";
  title: string;
  entries: PlanItem[];
}

export function planSections(result: Result, t: Messages): PlanSection[] {
  return [
    { key: "first30Days", title: t.priorities.first30, entries: result.plan.first30Days },
    { key: "next90Days", title: t.priorities.next90, entries: result.plan.next90Days },
    { key: "notNow", title: t.priorities.notNow, entries: result.plan.notNow },
  ];
}

/** The items that do not apply, in rubric order. */
/** The column heads of the table of every item (HTML and Markdown show the same columns). */
export const allItemsHead = (t: Messages) => [
  t.report.dimension,
  t.report.item,
  t.report.answer,
  t.report.target,
  t.report.gap,
  t.priorities.points,
  t.report.priority,
  t.report.note,
];

export const notApplicableItems = (result: Result) => result.items.filter((i) => i.answer === "na");

/** The first letter in upper case, for a sentence that stands on its own line. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
