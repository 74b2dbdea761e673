import { escapeHtml as esc } from "../escape.js";
import { c, dataValue } from "./common.js";

/*
 * One item's level distribution in the team report (docs/team.md): a bar per level of the scale,
 * its count written above it and the level below, and a triangle under the median. Drawn at its
 * own size in CSS px (never scaled), so its text is the 12 and 11 px it says on a phone too.
 *
 * A bar's height is its count (data-value) times the svg's data-unit (px per respondent) and every
 * bar stands on the same baseline (data-baseline), so a test can check each against its value.
 * The median's triangle sits at its level on the level axis (data-value; fractional medians
 * between two bars).
 */

export interface LevelBarsInput {
  /** The item id: the marks' data-id is "<item>:<level>" and "<item>:median". */
  item: string;
  /** Respondents per level, in scale order; empty when too few gave a level to show them. */
  counts: Record<string, number>;
  median: number | null;
  /** The scale's lowest level (the first bar). */
  min: number;
  /** The item splits the team: its bars take the warning colour. */
  split: boolean;
  /** Accessible name: the item, the counts and the median in words. */
  label: string;
}

const SLOT = 28;
const BAR = 22;
/** Height of the tallest bar (the largest count). */
const TALL = 40;
const COUNT_ROW = 15;
const LEVEL_ROW = 14;
const MEDIAN_ROW = 10;

/** A small bar chart of one item's counts per level; "" when the counts are not shown. */
export function levelBarsSvg(input: LevelBarsInput): string {
  const levels = Object.entries(input.counts);
  if (levels.length === 0) return "";
  const top = Math.max(1, ...levels.map(([, n]) => n));
  const unit = TALL / top;
  const baseline = COUNT_ROW + TALL;
  const width = levels.length * SLOT;
  const height = baseline + LEVEL_ROW + MEDIAN_ROW;
  const out: string[] = [`<line x1="0" y1="${baseline}" x2="${width}" y2="${baseline}" class="lv-axis"/>`];
  levels.forEach(([level, n], k) => {
    const x = k * SLOT + (SLOT - BAR) / 2;
    const mid = k * SLOT + SLOT / 2;
    const h = n * unit;
    if (n > 0)
      out.push(
        `<rect x="${c(x)}" y="${c(baseline - h)}" width="${BAR}" height="${c(h)}" rx="2" class="lv-bar" ` +
          `data-id="${esc(`${input.item}:${level}`)}" data-value="${n}"/>`,
      );
    out.push(
      `<text x="${c(mid)}" y="${c(baseline - h - 4)}" class="lv-count${n === 0 ? " zero" : ""}">${n}</text>`,
      `<text x="${c(mid)}" y="${c(baseline + 12)}" class="lv-level">${esc(level)}</text>`,
    );
  });
  if (input.median !== null) {
    const x = (input.median - input.min + 0.5) * SLOT;
    const y = baseline + LEVEL_ROW + 1;
    out.push(
      `<path d="M${c(x)} ${c(y)}l-4.5 8h9z" class="lv-median" data-id="${esc(`${input.item}:median`)}" ` +
        `data-value="${dataValue(input.median)}" data-x="${c(x)}"/>`,
    );
  }
  return (
    `<svg class="levels${input.split ? " split" : ""}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-label="${esc(input.label)}" data-unit="${dataValue(unit)}" data-baseline="${baseline}" data-slot="${SLOT}">` +
    `${out.join("")}</svg>`
  );
}
