import type { Comparison, PriorityChange } from "../../compare/schema.js";
import { COMPARE_CSS, PRINT_CSS } from "../css/index.js";
import { escapeHtml as esc } from "../escape.js";
import { radarSvg } from "../charts/radar.js";
import { lineChartCompactSvg, lineChartSvg, type LineChartInput, PAPER } from "../charts/lines.js";
import { otherChanges, sideLine, speech, type ComparisonRenderer, type Speech } from "./common.js";
import { scrollRegion } from "../html-parts.js";

/*
 * The comparison as one self-contained page (inline CSS and SVG, no script, nothing external):
 * the sentence, before → after cards, the radars overlaid (before dashed, after solid), a slope
 * chart of dimension gaps, for a series one line per dimension over time, then the lists.
 */
export const renderComparisonHtml: ComparisonRenderer = (c) => {
  const s = speech(c);
  const { t } = s;
  const sections = [
    masthead(c, s),
    cards(c, s),
    radar(c, s),
    slope(c, s),
    series(c, s),
    dimensionTable(c, s),
    lists(c, s),
    itemTable(c, s),
  ].filter((x) => x !== "");
  return [
    "<!DOCTYPE html>",
    `<html lang="${esc(c.locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${esc(`${t.compare.title} · ${c.rubric.title}`)}</title>`,
    `<style>${COMPARE_CSS}${PRINT_CSS}</style>`,
    "</head>",
    "<body>",
    '<main class="page">',
    ...sections,
    `<footer class="footer">${esc(t.compare.footer(c.rubric.id))}</footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
};

function section(cls: string, heading: string, body: string): string {
  return `<section class="${cls}">\n<h2>${esc(heading)}</h2>\n${body}\n</section>`;
}

function masthead(c: Comparison, s: Speech): string {
  const { t } = s;
  const notice = c.profileChanged
    ? `<p class="notice">${esc(t.compare.profileChanged(c.before.profile.title, c.after.profile.title))}</p>`
    : "";
  return [
    '<header class="masthead">',
    `<p class="eyebrow">${esc(t.compare.title)}</p>`,
    `<h1>${esc(c.rubric.title)}</h1>`,
    `<p class="key-message">${esc(s.headline)}${regressionLine(c, s)}</p>`,
    `<dl class="meta"><div><dt>${esc(t.compare.baseline)}</dt><dd>${esc(sideLine(c.before, t, false))}</dd>` +
      `</div><div><dt>${esc(t.compare.latest)}</dt><dd>${esc(sideLine(c.after, t, false))}</dd></div></dl>`,
    notice,
    "</header>",
  ].join("\n");
}

/** The regressions, in the headline itself (docs/reports.md#pages-to-trust): what fell, from and to, and the points it added. */
function regressionLine(c: Comparison, s: Speech): string {
  if (c.regressions.length === 0) return "";
  const { t, f } = s;
  const list = c.regressions
    .map(
      (r) => `${r.title} ${s.level(r.before)} → ${s.level(r.after)}${r.points > 0 ? ` (+${t.compare.addedPoints(f.num1(r.points))})` : ""}`,
    )
    .join("; ");
  return `<span class="key-regressions">⚠ ${esc(`${t.compare.regressed} (${c.regressions.length}): ${list}`)}</span>`;
}

/** before → after with the change coloured by whether it is better (a gap that fell is). */
function trend(delta: number | null, lowerIsBetter: boolean): string {
  if (delta === null || delta === 0) return "flat";
  return delta < 0 === lowerIsBetter ? "better" : "worse";
}

function cards(c: Comparison, s: Speech): string {
  const { t, f } = s;
  const sm = c.summary;
  // The changes as printed: the difference of the two values shown beside them.
  const gap = s.indexChange(sm.gapIndex.before, sm.gapIndex.after);
  const maturity = s.indexChange(sm.maturityIndex.before, sm.maturityIndex.after);
  const coverage = s.percentChange(sm.coverage.before, sm.coverage.after);
  const card = (label: string, before: string, after: string, delta: string, cls: string) =>
    `<div class="kpi"><p class="kpi-label">${esc(label)}</p><p class="kpi-value">` +
    `<span class="was">${esc(before)} →</span> ${esc(after)}</p>` +
    `<p class="kpi-delta ${cls}">${esc(delta)}</p></div>`;
  return `<section class="summary">\n<div class="kpis">${[
    card(t.compare.gapIndex, f.index(sm.gapIndex.before), f.index(sm.gapIndex.after), gap.text, trend(gap.value, true)),
    card(
      t.compare.maturity,
      f.index(sm.maturityIndex.before),
      f.index(sm.maturityIndex.after),
      maturity.text,
      trend(maturity.value, false),
    ),
    card(t.compare.coverage, f.percent(sm.coverage.before), f.percent(sm.coverage.after), coverage.text, trend(coverage.value, false)),
  ].join("")}</div>\n</section>`;
}

function radar(c: Comparison, s: Speech): string {
  const { t, f } = s;
  const dims = c.dimensions.filter((d) => d.after !== null);
  if (dims.length === 0) return "";
  const values = dims.flatMap((d) => [d.before?.current ?? 0, d.after?.current ?? 0]);
  const max = Math.max(4, Math.ceil(Math.max(...values)));
  const svg = radarSvg({
    id: "radar",
    title: t.compare.radar,
    max,
    size: "wide",
    spokes: dims.map((d) => ({ id: d.id, label: d.title, current: d.after?.current ?? null, target: d.before?.current ?? null })),
    unansweredMark: t.prompt.dontKnow,
    currentName: t.compare.after,
    targetName: t.compare.before,
    num: (v) => (Number.isInteger(v) ? String(v) : f.num1(v)),
  });
  const legend =
    `<p class="legend"><span><i class="sw sw-before"></i>${esc(t.compare.legendBefore)}</span><span>` +
    `<i class="sw sw-after"></i>${esc(t.compare.legendAfter)}</span></p>`;
  return section("radar-section keep", t.compare.radar, `<figure class="chart-box radar-box">${svg}${legend}</figure>`);
}

function slope(c: Comparison, s: Speech): string {
  const { t, f } = s;
  const dims = c.dimensions.filter((d) => d.before?.gap != null || d.after?.gap != null);
  if (dims.length === 0) return "";
  const dates = c.before.date && c.after.date ? [c.before.date, c.after.date] : undefined;
  return lineCharts("slope-section keep", {
    id: "slope",
    title: t.compare.slope,
    kind: "slope",
    points: [
      `${t.compare.before}${c.before.date ? ` ${c.before.date.slice(0, 10)}` : ""}`,
      `${t.compare.after}${c.after.date ? ` ${c.after.date.slice(0, 10)}` : ""}`,
    ],
    ...(dates ? { dates } : {}),
    lines: dims.map((d) => ({ id: d.id, label: d.title, values: [d.before?.gap ?? null, d.after?.gap ?? null] })),
    percent: (v) => f.percent(v),
  });
}

function series(c: Comparison, s: Speech): string {
  if (!c.series) return "";
  const { t, f } = s;
  const title = new Map(c.dimensions.map((d) => [d.id, d.title]));
  const ids = c.dimensions.map((d) => d.id);
  const dates = c.series.every((p) => p.date) ? c.series.map((p) => p.date!) : undefined;
  return lineCharts("series-section keep", {
    id: "series",
    title: t.compare.series,
    kind: "series",
    points: c.series.map((p, i) => p.date?.slice(0, 10) ?? t.compare.point(i + 1)),
    ...(dates ? { dates } : {}),
    lines: ids.map((id) => ({
      id,
      label: title.get(id) ?? id,
      values: c.series!.map((p) => p.dimensions.find((d) => d.id === id)?.gap ?? null),
    })),
    percent: (v) => f.percent(v),
  });
}

/** A line chart for a wide screen, the same drawn narrower for paper, and small multiples for a phone (docs/reports.md#pages-to-trust). */
function lineCharts(cls: string, input: LineChartInput): string {
  const wide = lineChartSvg(input);
  const paper = lineChartSvg({ ...input, id: `${input.id}-paper` }, PAPER[input.kind]);
  const phone = lineChartCompactSvg({ ...input, id: `${input.id}-compact` });
  return section(
    cls,
    input.title,
    `<figure class="chart-box"><div class="chart-wide">${wide}</div><div class="chart-paper">${paper}</div>` +
      `<div class="chart-phone">${phone}</div></figure>`,
  );
}

function dimensionTable(c: Comparison, s: Speech): string {
  const { t, f } = s;
  const rows = c.dimensions.map((d) => {
    const change = s.percentChange(d.before?.gap ?? null, d.after?.gap ?? null);
    const delta = change.value === null ? null : change.value / 100;
    const width = delta === null ? 0 : Math.min(100, Math.round(Math.abs(delta) * 200));
    const bar =
      delta === null || delta === 0
        ? ""
        : `<span class="dbar ${delta < 0 ? "better" : "worse"}" aria-hidden="true"><i style="width:${width}%"></i></span>`;
    return (
      `<tr><td>${esc(d.title)}</td>` +
      // On a phone a pair may break after its arrow, never inside a value ("45 %").
      `<td class="num"><span class="nw">${esc(f.num1(d.before?.current ?? null))} →</span> ` +
      `<span class="nw">${esc(f.num1(d.after?.current ?? null))}</span></td>` +
      `<td class="num"><span class="nw">${esc(f.percent(d.before?.gap ?? null))} →</span> ` +
      `<strong class="nw">${esc(f.percent(d.after?.gap ?? null))}</strong></td>` +
      `<td class="num delta ${trend(delta, true)}">${nowrapWords(change.text)}</td>` +
      `<td class="bar-cell">${bar}</td></tr>`
    );
  });
  // The bar column repeats the change column: it has no header of its own (an empty cell, not an empty th).
  const head = `${[t.compare.dimension, t.table.current, t.table.gap, t.compare.delta]
    .map((h, k) => `<th scope="col"${k > 0 ? ' class="num"' : ""}>${esc(h)}</th>`)
    .join("")}<td class="bar-cell"></td>`;
  return section(
    "dims-section",
    t.compare.dimensions,
    // On a phone the table scrolls inside its box (as the items table does) rather than widening the page.
    scrollRegion(t.compare.dimensions, `<table class="dims"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`, esc),
  );
}

/** Words that a narrow column may put on lines of their own, each kept whole ("−31", "%-poeng"). */
function nowrapWords(text: string): string {
  return text
    .split(" ")
    .map((w) => `<span class="nw">${esc(w)}</span>`)
    .join(" ");
}

function lists(c: Comparison, s: Speech): string {
  const { t } = s;
  const prio = (p: PriorityChange) =>
    `${s.level(p.before)} → ${s.level(p.after)} ` +
    `<span class="muted">(${esc(t.compare.target.toLowerCase())} ${esc(s.level(p.target))})</span>`;
  const list = (cls: string, title: string, items: string[]) =>
    `<div class="list ${cls}"><h3>${esc(title)} <span class="count">${items.length}</span>` +
    `</h3>${items.length ? `<ul>${items.join("")}</ul>` : `<p class="empty">${esc(t.compare.none)}</p>`}` +
    `</div>`;
  const blocks = [
    list(
      "done",
      t.compare.closed,
      c.priorities.done.map((p) => `<li><span class="mark">✓</span> ${esc(p.title)} ${prio(p)}</li>`),
    ),
    list(
      "remaining",
      t.compare.remaining,
      c.priorities.remaining.map((p) => `<li><span class="mark">${p.rank}</span> ${esc(p.title)} ${prio(p)}</li>`),
    ),
    list(
      "fresh",
      t.compare.fresh,
      c.priorities.new.map((p) => `<li><span class="mark">+</span> ${esc(p.title)} ${prio(p)}</li>`),
    ),
    list(
      "regressed",
      t.compare.regressed,
      c.regressions.map(
        (r) =>
          `<li><span class="mark">▼</span>` +
          ` ${esc(r.title)} ${esc(s.level(r.before))} → ${esc(s.level(r.after))} ` +
          `<span class="muted">(${esc(s.levelChange(r.before, r.after).text)},` +
          ` ${esc(t.compare.addedPoints(s.signed2(r.points)))})</span></li>`,
      ),
    ),
  ];
  const other = otherChanges(c);
  if (other.length) {
    blocks.push(
      list(
        "other",
        t.compare.changes,
        other.map(
          (i) =>
            `<li>${esc(i.title)} <span class="muted">${esc(
              `${t.compare.statuses[i.status] ?? i.status}: ` +
                `${s.level(i.before?.answer ?? null)} → ${s.level(i.after?.answer ?? null)}` +
                `${i.renamedFrom ? ` (${t.compare.renamedFrom(i.renamedFrom)})` : ""}`,
            )}</span></li>`,
        ),
      ),
    );
  }
  return `<section class="lists">${blocks.join("\n")}</section>`;
}

function itemTable(c: Comparison, s: Speech): string {
  const { t, f } = s;
  const dimTitle = new Map(c.dimensions.map((d) => [d.id, d.title]));
  const rows = c.items.map(
    (i) =>
      `<tr class="st-${i.status}">` +
      `<td class="dim">${esc(dimTitle.get(i.dimension) ?? i.dimension)}</td><td>${esc(i.title)}</td>` +
      `<td class="num">${esc(s.level(i.before?.answer ?? null))}</td>` +
      `<td class="num">${esc(s.level(i.after?.answer ?? null))}</td>` +
      `<td class="num">${esc(s.levelChange(i.before?.answer ?? null, i.after?.answer ?? null).text)}</td>` +
      `<td class="num">${esc(f.percent(i.before?.gap ?? null))} → ${esc(f.percent(i.after?.gap ?? null))}</td><td>` +
      `<span class="status">${esc(t.compare.statuses[i.status] ?? i.status)}</span></td></tr>`,
  );
  const head = [t.compare.dimension, t.compare.item, t.compare.before, t.compare.after, t.compare.delta, t.table.gap, t.compare.status]
    .map((h, k) => `<th scope="col"${k >= 2 && k <= 5 ? ' class="num"' : ""}>${esc(h)}</th>`)
    .join("");
  return section(
    "items-section",
    t.compare.allItems,
    scrollRegion(t.compare.allItems, `<table class="items"><thead><tr>${head}</tr></thead><tbody>${rows.join("\n")}</tbody></table>`, esc),
  );
}
