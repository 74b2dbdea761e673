import type { Comparison, PriorityChange } from "../../compare/schema.js";
import { escapeMarkdown as cell, markdownTable } from "../escape.js";
import { otherChanges, sideLine, type Speech, speech, type ComparisonRenderer } from "./common.js";

/** The comparison as Markdown, to paste into a ticket, a wiki or a quarterly report. */
export const renderComparisonMarkdown: ComparisonRenderer = (c) => {
  const s = speech(c);
  const out = [
    ...headline(c, s),
    ...dimensions(c, s),
    ...priorities(c, s),
    ...otherItems(c, s),
    ...series(c, s),
    "",
    `_${s.t.compare.footer(c.rubric.id)}_`,
  ];
  return `${out.join("\n")}\n`;
};

/** The title, the headline (regressions first), the two sides and the three headline numbers. */
function headline(c: Comparison, s: Speech): string[] {
  const { t, f } = s;
  const out: string[] = [`# ${cell(t.compare.title)}: ${cell(c.rubric.title)}`, "", `**${cell(s.headline)}**`, ""];
  out.push(`- **${t.compare.baseline}:** ${cell(sideLine(c.before, t))}`, `- **${t.compare.latest}:** ${cell(sideLine(c.after, t))}`);
  if (c.profileChanged) out.push("", `> ${cell(t.compare.profileChanged(c.before.profile.title, c.after.profile.title))}`);
  out.push("");
  const sm = c.summary;
  out.push(
    ...markdownTable(
      ["", t.compare.before, t.compare.after, t.compare.delta],
      [
        [
          t.compare.gapIndex,
          f.index(sm.gapIndex.before),
          f.index(sm.gapIndex.after),
          s.indexChange(sm.gapIndex.before, sm.gapIndex.after).text,
        ],
        [
          t.compare.maturity,
          f.index(sm.maturityIndex.before),
          f.index(sm.maturityIndex.after),
          s.indexChange(sm.maturityIndex.before, sm.maturityIndex.after).text,
        ],
        [
          t.compare.coverage,
          f.percent(sm.coverage.before),
          f.percent(sm.coverage.after),
          s.percentChange(sm.coverage.before, sm.coverage.after).text,
        ],
      ],
    ),
  );

  return out;
}

/** Each dimension's level and gap, before and after. */
function dimensions(c: Comparison, s: Speech): string[] {
  const { t, f } = s;
  const out: string[] = [];
  out.push("", `## ${t.compare.dimensions}`, "");
  out.push(
    ...markdownTable(
      [t.compare.dimension, t.table.current, t.table.gap, t.compare.delta],
      c.dimensions.map((d) => {
        // The change shown and its bar are those of the two percentages printed beside them.
        const change = s.percentChange(d.before?.gap ?? null, d.after?.gap ?? null);
        return [
          d.title,
          `${f.num1(d.before?.current ?? null)} → ${f.num1(d.after?.current ?? null)}`,
          `${f.percent(d.before?.gap ?? null)} → ${f.percent(d.after?.gap ?? null)}`,
          `${change.text} ${bar(change.value === null ? null : change.value / 100)}`.trim(),
        ];
      }),
    ),
  );

  return out;
}

/** The baseline's priorities closed and remaining, the new ones, and the items that fell. */
function priorities(c: Comparison, s: Speech): string[] {
  const { t } = s;
  const out: string[] = [];
  const prio = (list: PriorityChange[]) =>
    list.length === 0
      ? [t.compare.none]
      : markdownTable(
          [t.compare.rank, t.compare.item, t.compare.before, t.compare.after, t.compare.target],
          list.map((p) => [String(p.rank), p.title, s.level(p.before), s.level(p.after), s.level(p.target)]),
        );
  out.push("", `## ${t.compare.closed} (${c.priorities.done.length})`, "", ...prio(c.priorities.done));
  out.push("", `## ${t.compare.remaining} (${c.priorities.remaining.length})`, "", ...prio(c.priorities.remaining));
  out.push("", `## ${t.compare.fresh} (${c.priorities.new.length})`, "", ...prio(c.priorities.new));
  out.push("", `## ${t.compare.regressed} (${c.regressions.length})`, "");
  out.push(
    ...(c.regressions.length === 0
      ? [t.compare.none]
      : markdownTable(
          [t.compare.item, t.compare.before, t.compare.after, t.compare.delta, t.compare.gapIndex],
          c.regressions.map((r) => [
            r.title,
            s.level(r.before),
            s.level(r.after),
            s.levelChange(r.before, r.after).text,
            t.compare.addedPoints(s.signed2(r.points)),
          ]),
        )),
  );

  return out;
}

/** Items added, removed, renamed or newly answered. */
function otherItems(c: Comparison, s: Speech): string[] {
  const { t } = s;
  const out: string[] = [];
  const other = otherChanges(c);
  if (other.length) {
    out.push("", `## ${t.compare.changes}`, "");
    out.push(
      ...markdownTable(
        [t.compare.item, t.compare.status, t.compare.before, t.compare.after],
        other.map((i) => [
          i.renamedFrom ? `${i.title} (${t.compare.renamedFrom(i.renamedFrom)})` : i.title,
          t.compare.statuses[i.status] ?? i.status,
          s.level(i.before?.answer ?? null),
          s.level(i.after?.answer ?? null),
        ]),
      ),
    );
  }

  return out;
}

/** Three or more inputs: the gap index at each date. */
function series(c: Comparison, s: Speech): string[] {
  const { t, f } = s;
  const out: string[] = [];
  if (c.series) {
    out.push("", `## ${t.compare.seriesIndex}`, "");
    out.push(
      ...markdownTable(
        [t.compare.rank, t.report.date, t.compare.gapIndex, t.compare.maturity, t.compare.coverage],
        c.series.map((p, i) => [
          String(i + 1),
          p.date?.slice(0, 10) ?? "–",
          f.index(p.gapIndex),
          f.index(p.maturityIndex),
          f.percent(p.coverage),
        ]),
      ),
    );
  }
  return out;
}

/** A plain-text delta bar: ▼ for a gap that shrank, ▲ for one that grew, one block per 5 %. */
function bar(delta: number | null): string {
  if (delta === null || delta === 0) return "";
  const cells = Math.max(1, Math.min(10, Math.round(Math.abs(delta) * 20)));
  return `${delta < 0 ? "▼" : "▲"}${"█".repeat(cells - 1)}`;
}
