import { compactTable as frame } from "../compact-table.js";
import type { ChalkInstance } from "chalk";
import type { Comparison, PriorityChange } from "../../compare/schema.js";
import { terminalSafe } from "../escape.js";
import { otherChanges, sideLine, speech, type ComparisonRenderer, type Speech } from "./common.js";

const MAX_WIDTH = 120;
/** Cells of the delta bar for a change of the whole scale (a gap from 100 % to 0 %). */
const BAR_CELLS = 20;
const BAR_MAX = 10;

/** The terminal view: the sentence, the two sides, dimensions before → after, then the lists. */
export const renderComparisonTable: ComparisonRenderer = (unsafe, { color, width }) => {
  const c = terminalSafe(unsafe);
  const s = speech(c);
  const w = Math.max(60, Math.min(width, MAX_WIDTH));
  const parts = [head(c, s, color), dimensionTable(c, s, color, w), lists(c, s, color), series(c, s, color)];
  return `${parts.filter((p) => p !== "").join("\n\n")}\n`;
};

function head(c: Comparison, s: Speech, k: ChalkInstance): string {
  const { t, f } = s;
  const lines = [k.bold(s.headline)];
  lines.push(`${t.compare.baseline}: ${sideLine(c.before, t)}`);
  lines.push(`${t.compare.latest}: ${sideLine(c.after, t)}`);
  if (c.profileChanged) lines.push(k.yellow(t.compare.profileChanged(c.before.profile.title, c.after.profile.title)));
  const m = c.summary.maturityIndex;
  const cov = c.summary.coverage;
  lines.push(
    `${t.compare.maturity} ${f.index(m.before)} → ${k.bold(f.index(m.after))} (${s.indexChange(m.before, m.after).text})` +
      ` · ${t.compare.coverage} ${f.percent(cov.before)} → ${f.percent(cov.after)}`,
  );
  return lines.join("\n");
}

/** A change of a gap (a share of the scale) as a bar: green when the gap shrank, red when it grew. */
export function deltaBar(delta: number | null, k: ChalkInstance): string {
  if (delta === null || delta === 0) return "";
  const cells = Math.max(1, Math.min(BAR_MAX, Math.round(Math.abs(delta) * BAR_CELLS)));
  return delta < 0 ? k.green(`▼${"█".repeat(cells - 1)}`) : k.red(`▲${"█".repeat(cells - 1)}`);
}

function dimensionTable(c: Comparison, s: Speech, k: ChalkInstance, width: number): string {
  const { t, f } = s;
  const fixed = [13, 15, 20];
  const name = width - fixed.reduce((a, b) => a + b, 0) - (fixed.length + 2);
  const table = frame(
    [name, ...fixed],
    [t.compare.dimension, t.table.current, t.table.gapOfScale, t.compare.delta].map((h) => k.bold(h)),
  );
  // The change shown and its bar are those of the two percentages printed beside them, right-aligned.
  const changes = c.dimensions.map((d) => s.percentChange(d.before?.gap ?? null, d.after?.gap ?? null));
  const changeWidth = Math.max(0, ...changes.map((ch) => ch.text.length));
  c.dimensions.forEach((d, n) => {
    const now = `${f.num1(d.before?.current ?? null)} → ${f.num1(d.after?.current ?? null)}`;
    const gap = `${f.percent(d.before?.gap ?? null)} → ${f.percent(d.after?.gap ?? null)}`;
    const change = changes[n]!;
    const delta = change.value === null ? "" : `${change.text.padStart(changeWidth)} ${deltaBar(change.value / 100, k)}`.trimEnd();
    table.push([d.title, now, gap, delta]);
  });
  return `${k.bold(t.compare.dimensions)}\n${table.toString()}`;
}

function lists(c: Comparison, s: Speech, k: ChalkInstance): string {
  const { t } = s;
  const prio = (p: PriorityChange) => `${s.level(p.before)} → ${s.level(p.after)} (${t.compare.target.toLowerCase()} ${s.level(p.target)})`;
  const block = (title: string, lines: string[]) =>
    [k.bold(`${title} (${lines.length})`), ...(lines.length ? lines : [`  ${t.compare.none}`])].join("\n");
  const out = [
    block(
      t.compare.closed,
      c.priorities.done.map((p) => `  ${k.green("✓")} ${p.title} ${k.dim(prio(p))}`),
    ),
    block(
      t.compare.remaining,
      c.priorities.remaining.map((p) => `  ${k.dim(`${p.rank}.`)} ${p.title} ${k.dim(prio(p))}`),
    ),
    block(
      t.compare.fresh,
      c.priorities.new.map((p) => `  ${k.yellow("+")} ${p.title} ${k.dim(prio(p))}`),
    ),
    block(
      t.compare.regressed,
      c.regressions.map(
        (r) =>
          `  ${k.red("▼")} ${r.title} ` +
          k.dim(
            `${s.level(r.before)} → ${s.level(r.after)} ` +
              `(${s.levelChange(r.before, r.after).text}, ${t.compare.addedPoints(s.signed2(r.points))})`,
          ),
      ),
    ),
  ];
  const other = otherChanges(c);
  if (other.length) {
    out.push(
      [
        k.bold(t.compare.changes),
        ...other.map(
          (i) =>
            `  • ${i.title} ${k.dim(
              `${t.compare.statuses[i.status] ?? i.status}: ${s.level(i.before?.answer ?? null)} → ${s.level(i.after?.answer ?? null)}` +
                `${i.renamedFrom ? ` (${t.compare.renamedFrom(i.renamedFrom)})` : ""}`,
            )}`,
        ),
      ].join("\n"),
    );
  }
  return out.join("\n\n");
}

function series(c: Comparison, s: Speech, k: ChalkInstance): string {
  if (!c.series) return "";
  const { t, f } = s;
  const table = frame(
    [5, 14, 14, 14, 12],
    [t.compare.rank, t.report.date, t.compare.gapIndex, t.compare.maturity, t.compare.coverage].map((h) => k.bold(h)),
  );
  c.series.forEach((p, i) => {
    table.push([String(i + 1), p.date?.slice(0, 10) ?? "–", f.index(p.gapIndex), f.index(p.maturityIndex), f.percent(p.coverage)]);
  });
  return `${k.bold(t.compare.seriesIndex)}\n${table.toString()}`;
}
