import type { Comparison, PriorityChange } from "../../compare/schema.js";
import { PRINT_CSS } from "../css/index.js";
import { escapeHtml as esc } from "../escape.js";
import { radarSvg } from "../charts/radar.js";
import { lineChartCompactSvg, lineChartSvg, type LineChartInput } from "../charts/lines.js";
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
    `<style>${CSS}${PRINT_CSS}</style>`,
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

/** A line chart for a wide screen and paper, and its small multiples for a phone (docs/reports.md#pages-to-trust). */
function lineCharts(cls: string, input: LineChartInput): string {
  const wide = lineChartSvg(input);
  const phone = lineChartCompactSvg({ ...input, id: `${input.id}-compact` });
  return section(
    cls,
    input.title,
    `<figure class="chart-box"><div class="chart-wide">${wide}</div><div class="chart-phone">${phone}</div></figure>`,
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

const CSS = `
:root{--ink:#1c2430;--muted:#5d6878;--faint:#646e7d;--line:#e1e5eb;--soft:#f4f6f9;--accent:#1f5b8e;--accent-soft:#e6eef6;\
--good:#2a7047;--good-bg:#e5f3ea;--bad:#b83a2e;--bad-bg:#f9e3e0}
*{box-sizing:border-box}
body{margin:0;background:#fff;color:var(--ink);\
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;\
-webkit-print-color-adjust:exact;print-color-adjust:exact;font-variant-numeric:tabular-nums}
.page{max-width:1040px;margin:0 auto;padding:40px 32px 32px}
h1,h2,h3,p{margin:0}
h1{font-size:28px;line-height:1.2}
h2{font-size:19px;margin:0 0 14px}
h3{font-size:15px;margin:0 0 6px}
section{margin:0 0 36px}
table{border-collapse:collapse;width:100%}
th{font-weight:600;text-align:left;color:var(--muted);font-size:12px}
td,th{padding:6px;border-bottom:1px solid var(--line);vertical-align:top}
.num{text-align:right;white-space:nowrap}
.muted{color:var(--muted)}
.nw{white-space:nowrap}
.masthead{border-bottom:3px solid var(--accent);padding-bottom:18px;margin-bottom:24px}
.eyebrow{color:var(--accent);font-weight:650;font-size:13px;text-transform:uppercase;letter-spacing:.08em;margin-bottom:6px}
.key-message{margin-top:14px;background:var(--accent-soft);border-radius:10px;padding:14px 18px;font-size:18px;font-weight:650;\
color:#163f63}
.key-regressions{display:block;margin-top:6px;color:var(--bad);font-size:16px}
.notice{margin-top:10px;background:#fbf0d9;border-radius:8px;padding:8px 14px;color:#7a4d06}
.meta{display:flex;flex-wrap:wrap;gap:6px 32px;margin:14px 0 0}
.meta dt{font-size:12px;color:var(--muted)}
.meta dd{margin:0;font-weight:550;overflow-wrap:anywhere}
.kpis{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px}
.kpi{border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.kpi-label{font-size:13px;color:var(--muted);font-weight:550}
.kpi-value{font-size:28px;font-weight:700;white-space:nowrap}
.kpi-value .was{font-size:18px;color:var(--faint);font-weight:500}
.kpi-delta{font-weight:700}
.better{color:var(--good)}
.worse{color:var(--bad)}
.flat{color:var(--muted)}
figure{margin:0}
.chart{display:block;width:100%;height:auto;overflow:visible}
.radar-box{max-width:640px;margin:0 auto}
.radar .grid{fill:none;stroke:#e3e7ec}
.radar .grid-outer{stroke:#c9d0d8}
.radar .tick{fill:var(--faint)}
.radar .target{fill:none;stroke:#646e7d;stroke-width:2;stroke-dasharray:6 4}
.radar .current{fill:rgba(31,91,142,.18);stroke:var(--accent);stroke-width:2.5;stroke-linejoin:round}
.radar .target-pt{fill:#646e7d}
.radar .current-pt{fill:var(--accent);stroke:#fff;stroke-width:1.5}
.radar .current-pt.unanswered{fill:#fff;stroke:var(--faint);stroke-width:2}
.radar .label{fill:var(--ink);font-weight:550}
.radar .label.muted{fill:var(--faint);font-style:italic}
.radar .spoke-num{fill:var(--accent);font-weight:700}
.legend{display:flex;gap:18px;justify-content:center;font-size:12.5px;color:var(--muted);margin-top:8px}
.legend span{display:inline-flex;align-items:center;gap:6px}
.sw{display:inline-block;width:22px;height:0}
.sw-before{border-top:2px dashed #646e7d}
.sw-after{border-top:3px solid var(--accent)}
.lines .grid{stroke:#e6e9ee}
.lines .axis{stroke:#9aa3af}
.lines .time{stroke:#e6e9ee}
.lines .tick,.lines .point-name{fill:var(--muted)}
.lines .point-name{font-weight:600}
.lines .halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.lines polyline{fill:none;stroke-width:2.2;stroke-linejoin:round}
.lines .shared{stroke-width:2.2}
.lines .leader{stroke-width:1;opacity:.75}
.lines .line-label,.lines .row-name{font-weight:600}
.lines .row-ends{fill:var(--ink);font-weight:600}
.chart-phone{display:none}
.dims .bar-cell{width:120px;vertical-align:middle}
.dbar{display:block;height:10px;background:var(--soft);border-radius:3px;position:relative;overflow:hidden}
.dbar i{position:absolute;left:0;top:0;bottom:0;border-radius:3px}
.dbar.better i{background:var(--good)}
.dbar.worse i{background:var(--bad)}
.delta{font-weight:650}
.lists{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:16px 28px}
.list{border:1px solid var(--line);border-radius:10px;padding:14px 16px;break-inside:avoid}
.list ul{list-style:none;margin:0;padding:0}
.list li{padding:4px 0;border-bottom:1px solid var(--soft)}
.list .mark{display:inline-block;min-width:22px;font-weight:700;color:var(--accent)}
.list.done{border-top:4px solid var(--good)}
.list.done .mark{color:var(--good)}
.list.regressed{border-top:4px solid var(--bad)}
.list.regressed .mark{color:var(--bad)}
.list.fresh{border-top:4px solid #d99a2b}
.list.remaining{border-top:4px solid var(--accent)}
.count{display:inline-block;background:var(--soft);border-radius:9px;padding:0 8px;font-size:12px;color:var(--muted)}
.empty{color:var(--muted)}
.scroll{overflow-x:auto}
.items{min-width:720px;font-size:13px}
.items .dim{color:var(--muted);width:19%}
.status{display:inline-block;border-radius:8px;padding:0 7px;font-size:12px;background:var(--soft);color:var(--muted);white-space:nowrap}
.st-closed .status,.st-improved .status{background:var(--good-bg);color:var(--good)}
.st-regressed .status,.st-opened .status{background:var(--bad-bg);color:var(--bad)}
.st-newly-answered .status,.st-added .status{background:var(--accent-soft);color:var(--accent)}
.footer{border-top:1px solid var(--line);padding-top:12px;color:var(--faint);font-size:12px;text-align:center}
.keep,figure,svg,tr,li{break-inside:avoid}
@media screen and (max-width:820px){.chart-wide{display:none}.chart-phone{display:block;max-width:460px;margin:0 auto}}
@media screen and (max-width:600px){
.page{padding:22px 16px}
h1{font-size:22px}
.kpis{grid-template-columns:minmax(0,1fr)}
.lists{grid-template-columns:minmax(0,1fr)}
.dims th:last-child,.dims .bar-cell{display:none}
.dims td,.dims th{padding-left:3px;padding-right:3px}
.dims td{font-size:13px}
.dims td.delta{font-size:12.5px}
.dims .num{white-space:normal}
.dims .delta{white-space:normal}
.scroll th:first-child,.scroll td:first-child{position:sticky;left:0;z-index:1;background:#fff}
}
@media print{body{font-size:9.5pt}.page{max-width:none;padding:0}.radar-section .chart{max-width:80%;margin:0 auto}
.lists{display:block}.list{break-inside:auto;margin-bottom:14px}
.items{font-size:8.5pt}.items td,.items th{padding:4px 5px}.items .num{white-space:normal}}
`
  .trim()
  .replace(/\n/g, "");
