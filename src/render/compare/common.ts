import type { ChalkInstance } from "chalk";
import type { Comparison } from "../../compare/schema.js";
import { isLang, messagesFor, type Lang, type Messages } from "../../i18n/messages.js";
import { fixed, formatter, type Formatter } from "../format.js";

export interface ComparisonRenderOptions {
  color: ChalkInstance;
  /** Terminal width to fit; 80 for a pipe or a file. */
  width: number;
}

/** A comparison renderer is pure: the comparison and options in, the whole text out. */
export type ComparisonRenderer = (comparison: Comparison, options: ComparisonRenderOptions) => string;

type Level = number | null | "na";

/** A change as printed, and the number it shows (null when a side is missing), for colour and arrows. */
export interface Change {
  value: number | null;
  text: string;
}

export interface Speech {
  lang: Lang;
  t: Messages;
  f: Formatter;
  /** A level: integers as they are, fractions with one decimal; "–" unanswered, "n/a" not applicable. */
  level: (v: Level) => string;
  /** A signed value with one decimal and a real minus sign: "−7.7", "+1.0", "±0.0". */
  signed: (v: number | null) => string;
  /** The same with two decimals, for points of the gap index: "+0.46". */
  signed2: (v: number | null) => string;
  /**
   * The change between two indexes as printed (one decimal): the difference of the shown values, so
   * 35.31 → 23.25 is "−12.0" beside "35.3 → 23.3", never the "−12.1" of the exact numbers.
   */
  indexChange: (before: number | null, after: number | null) => Change;
  /** The change between two shares as printed (whole percents), in percentage points: "+2 pp". */
  percentChange: (before: number | null, after: number | null) => Change;
  /** The change between two levels as printed (a fraction with one decimal): "+2", "−1", "+0.5". */
  levelChange: (before: number | "na" | null, after: number | "na" | null) => Change;
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
  // What a reader sees is what is subtracted: each value rounded as printed, then the difference.
  const change = (before: number | null, after: number | null, shown: (v: number) => number, text: (d: number) => string): Change => {
    if (before === null || after === null) return { value: null, text: "–" };
    const value = shown(shown(after) - shown(before));
    return { value, text: sign(value, text(Math.abs(value))) };
  };
  const asPrinted = (digits: number) => (v: number) => Number(fixed(v, digits, "en"));
  const indexChange = (before: number | null, after: number | null) => change(before, after, asPrinted(1), f.num1);
  const percentChange = (before: number | null, after: number | null) =>
    change(before === null ? null : before * 100, after === null ? null : after * 100, asPrinted(0), (d) =>
      t.compare.percentPoints(fixed(d, 0, lang)),
    );
  const levelShown = (v: number) => (Number.isInteger(v) ? v : asPrinted(1)(v));
  // Beside a fractional level the change has its decimal too: "2.2 → 1.2 (−1.0)".
  const levelChange = (before: number | "na" | null, after: number | "na" | null) =>
    change(
      typeof before === "number" ? before : null,
      typeof after === "number" ? after : null,
      levelShown,
      [before, after].some((v) => typeof v === "number" && !Number.isInteger(v)) ? f.num1 : levelNum,
    );
  const g = c.summary.gapIndex;
  const total = c.priorities.done.length + c.priorities.remaining.length;
  const headline = t.compare.headline(
    f.index(g.before),
    f.index(g.after),
    indexChange(g.before, g.after).text,
    c.days,
    c.priorities.done.length,
    total,
  );
  return { lang, t, f, level, signed, signed2, indexChange, percentChange, levelChange, headline };
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
