import type { ChalkInstance } from "chalk";
import type { Comparison } from "../../compare/schema.js";
import { isLang, messagesFor, type Lang, type Messages } from "../../i18n/messages.js";
import { formatter, type Formatter } from "../format.js";

export interface ComparisonRenderOptions {
  color: ChalkInstance;
  /** Terminal width to fit; 80 for a pipe or a file. */
  width: number;
}

/** A comparison renderer is pure: the comparison and options in, the whole text out. */
export type ComparisonRenderer = (comparison: Comparison, options: ComparisonRenderOptions) => string;

type Level = number | null | "na";

export interface Speech {
  lang: Lang;
  t: Messages;
  f: Formatter;
  /** A level: integers as they are, fractions with one decimal; "–" unanswered, "n/a" not applicable. */
  level: (v: Level) => string;
  /** A signed change with one decimal and a real minus sign: "−7.7", "+1.0", "±0.0". */
  signed: (v: number | null) => string;
  /** The same with two decimals, for points of the gap index: "+0.46". */
  signed2: (v: number | null) => string;
  /** A signed change of a share as a percentage: "−25 %". */
  signedPercent: (v: number | null) => string;
  /** A level change: "+2", "−1", "+0.5". */
  signedLevel: (v: number | null) => string;
  /** The one sentence every human format leads with. */
  headline: string;
}

export function speech(c: Comparison): Speech {
  const lang: Lang = isLang(c.locale) ? c.locale : "en";
  const t = messagesFor(lang);
  const f = formatter(lang);
  const sign = (v: number, text: string) => (v > 0 ? `+${text}` : v < 0 ? `−${text}` : `±${text}`);
  const levelNum = (v: number) => (Number.isInteger(v) ? String(v) : f.num1(v));
  const level = (v: Level) => (v === null ? t.compare.notAnswered : v === "na" ? t.compare.na : levelNum(v));
  const signed = (v: number | null) => (v === null ? "–" : sign(v, f.num1(Math.abs(v))));
  const signed2 = (v: number | null) => (v === null ? "–" : sign(v, f.num2(Math.abs(v))));
  const signedPercent = (v: number | null) => (v === null ? "–" : sign(Math.round(v * 100), f.percent(Math.abs(v))));
  const signedLevel = (v: number | null) => (v === null ? "–" : sign(v, levelNum(Math.abs(v))));
  const g = c.summary.gapIndex;
  const total = c.priorities.done.length + c.priorities.remaining.length;
  const headline = t.compare.headline(f.index(g.before), f.index(g.after), signed(g.delta), c.days, c.priorities.done.length, total);
  return { lang, t, f, level, signed, signed2, signedPercent, signedLevel, headline };
}

/** Who and when: "file · 2026-11-22 · Marketing manager · Name, Role" (the HTML report, for a reader, leaves out the file). */
export function sideLine(side: Comparison["before"], t: Messages, withFile = true): string {
  const r = side.respondent;
  const who = r ? [r.name, r.role, r.organisation].filter(Boolean).join(", ") : "";
  return [
    withFile ? side.file : undefined,
    side.date?.slice(0, 10),
    side.profile.title,
    `v${side.rubricVersion}`,
    who || undefined,
    side.respondents !== undefined ? t.compare.respondents(side.respondents) : undefined,
  ]
    .filter((x): x is string => Boolean(x))
    .join(" · ");
}

/** Items shown under "other changes": everything that moved but is not a closed priority or a regression. */
export function otherChanges(c: Comparison): Comparison["items"] {
  const listed = new Set([...c.priorities.done.map((p) => p.item), ...c.regressions.map((r) => r.item)]);
  return c.items.filter((i) => !listed.has(i.id) && i.status !== "unchanged" && i.status !== "improved" && i.status !== "closed");
}
