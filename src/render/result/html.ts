import { langOf, messagesFor, type Messages } from "../../i18n/messages.js";
import type { Result } from "../../scoring/result.js";
import { formatter, type Formatter } from "../format.js";
import { allItemsHead, capitalise, focusHeadline, focusSplit, notApplicableItems, planSections, pointsText, riskStatus } from "./focus.js";
import { panelHtml } from "./panel.js";
import { PANEL_CSS, REPORT_CSS } from "../css/index.js";
import { escapeHtml as esc } from "../escape.js";
import { scrollRegion } from "../html-parts.js";
import { matrixSvg, type MatrixDot } from "../charts/matrix.js";
import { paretoPrintSvgs, paretoSvg, type ParetoBar } from "../charts/pareto.js";
import { radarSvg } from "../charts/radar.js";
import type { Renderer } from "../types.js";

type Item = Result["items"][number];
type Group = Result["summary"]["groups"][number];

interface Ctx {
  result: Result;
  t: Messages;
  f: Formatter;
  /** A level (an answer or a target): integers as they are, fractions with the language's comma. */
  level: (v: number) => string;
  dimTitle: Map<string, string>;
}

/**
 * The HTML report: one self-contained, printable document (inline CSS and SVG, no script, no
 * external resources) in the result's language. Pure and deterministic: no clock, no randomness.
 */
export const renderHtml: Renderer = (result) => {
  const lang = langOf(result.locale);
  const t = messagesFor(lang);
  const f = formatter(lang);
  const level = (v: number) => (Number.isInteger(v) ? String(v) : f.num2(v).replace(/0$/, ""));
  const ctx: Ctx = { result, t, f, level, dimTitle: new Map(result.dimensions.map((d) => [d.id, d.title])) };
  // The decision first (docs/reports.md#pages-to-trust): the headline, the risks, the focus and the first 30 days on the
  // first screen and the first printed page; the evidence follows.
  const sections = [
    `<div class="first-page">`,
    masthead(ctx),
    glance(ctx),
    summary(ctx),
    "</div>",
    priorities(ctx),
    plan(ctx),
    risks(ctx),
    radar(ctx),
    pareto(ctx),
    matrix(ctx),
    ...panelHtml(result, t, f),
    poles(ctx),
    tags(ctx),
    unknowns(ctx),
    notApplicable(ctx),
    itemTable(ctx),
  ].filter((s) => s !== "");
  const org = result.respondent?.organisation;
  const title = [t.report.title, result.rubric.title, org].filter(Boolean).join(" · ");
  return [
    "<!DOCTYPE html>",
    `<html lang="${esc(result.locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}${result.panel ? PANEL_CSS : ""}</style>`,
    "</head>",
    "<body>",
    '<main class="page">',
    ...sections,
    `<footer class="footer">${esc(t.report.footer(result.rubric.id, result.rubric.version))}</footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
};

// ---------------------------------------------------------------------------------------------
// Helpers

/** A number as a CSS percentage, e.g. for widths and positions. */
function pct(fraction: number): string {
  const v = Math.round(Math.max(0, Math.min(1, fraction)) * 10000) / 100;
  return `${v}%`;
}

/** Gap severity, as in the terminal report: ≥ 50 % high, ≥ 25 % medium, else low. */
function severity(gap: number | null): string {
  if (gap === null) return "na";
  if (gap <= 0) return "none";
  return gap >= 0.5 ? "high" : gap >= 0.25 ? "mid" : "low";
}

/** A gap as a percentage with a small meter; the colour repeats what the number and bar say. */
function gapChip(gap: number | null, f: Formatter, notAnswered: string): string {
  if (gap === null) return `<span class="na">${esc(notAnswered)}</span>`;
  return (
    `<span class="gap sev-${severity(gap)}"><span class="meter" aria-hidden="true">` +
    `<i style="width:${pct(gap)}"></i></span><span class="gap-num">${esc(f.percent(gap))}</span>` +
    `</span>`
  );
}

function section(cls: string, heading: string, body: string, id?: string): string {
  return `<section class="${cls}"${id ? ` id="${id}"` : ""}>\n<h2>${esc(heading)}</h2>\n${body}\n</section>`;
}

/**
 * The scale's top: from the result (rubric.scale); a result saved before that field existed falls
 * back to the largest level it shows (at least 4, and the span the gaps imply).
 */
function scaleMax(result: Result): number {
  if (result.rubric.scale) return result.rubric.scale.max;
  const values = [4];
  for (const i of result.items) {
    values.push(i.target);
    if (typeof i.answer !== "number") continue;
    values.push(i.answer);
    if (i.gap !== null && i.gap > 0) {
      const span = Math.round((i.target - i.answer) / i.gap);
      if (Number.isFinite(span) && span > 0 && span <= 100) values.push(span);
    }
  }
  for (const d of result.dimensions) values.push(d.target, d.current ?? 0);
  return Math.ceil(Math.max(...values));
}

// ---------------------------------------------------------------------------------------------
// 1. Headline

function masthead({ result, t }: Ctx): string {
  const meta: string[] = [`<div><dt>${esc(t.table.profile)}</dt><dd>${esc(result.profile.title)}</dd></div>`];
  const r = result.respondent;
  const who = r ? [r.name, r.role, r.organisation].filter((x): x is string => Boolean(x)) : [];
  if (who.length) meta.push(`<div><dt>${esc(t.table.respondent)}</dt><dd>${who.map((w) => esc(w)).join(", ")}</dd></div>`);
  if (result.panel)
    meta.push(`<div><dt>${esc(t.team.team)}</dt><dd>${esc(t.team.respondents(result.panel.respondents, result.panel.files))}</dd></div>`);
  if (result.date) meta.push(`<div><dt>${esc(t.report.date)}</dt><dd>${esc(result.date.slice(0, 10))}</dd></div>`);
  return [
    '<header class="masthead">',
    `<p class="eyebrow">${esc(t.report.title)}</p>`,
    `<h1>${esc(result.rubric.title)} <span class="version">${esc(result.rubric.version)}</span></h1>`,
    `<dl class="meta">${meta.join("")}</dl>`,
    "</header>",
  ].join("\n");
}

function summary({ result, t, f }: Ctx): string {
  const s = result.summary;
  const [low, high] = s.gapIndexRange;
  const range = low !== high ? `<p class="kpi-note">${esc(t.table.gapRange(f.index(low), f.index(high)))}</p>` : "";
  const rangeBand = low !== high ? `<b style="left:${pct(low / 100)};width:${pct((high - low) / 100)}"></b>` : "";
  const meter = (v: number | null, extra = "") =>
    `<span class="kpi-meter" aria-hidden="true">${extra}<i style="width:${pct((v ?? 0) / 100)}"></i></span>`;
  const cards = [
    `<div class="kpi"><p class="kpi-label">${esc(t.table.maturity)}</p>` +
      `<p class="kpi-value">${esc(f.index(s.maturityIndex))}<small> / 100</small>` +
      `</p>${meter(s.maturityIndex)}</div>`,
    `<div class="kpi kpi-gap"><p class="kpi-label">${esc(t.table.gapIndex)}</p>` +
      `<p class="kpi-value">${esc(f.index(s.gapIndex))}<small> / 100</small>` +
      `</p>${meter(s.gapIndex, rangeBand)}${range}</div>`,
    `<div class="kpi kpi-coverage"><p class="kpi-label">${esc(t.table.coverage)}</p>` +
      `<p class="kpi-value">${esc(t.table.coverageValue(s.answered, s.items - s.notApplicable))}</p>` +
      `${meter(s.coverage * 100)}<p class="kpi-note">${esc(f.percent(s.coverage))}` +
      `${s.notApplicable ? ` · ${esc(t.priorities.notApplicableCount(s.notApplicable))}` : ""}</p></div>`,
  ];
  return `<section class="summary keep" aria-label="${esc(t.report.headline)}">\n<div class="kpis">${cards.join("")}</div>\n</section>`;
}

/**
 * The first screen: the headline, then three columns a leadership team acts on: the legal and
 * ethical risks (each linked to its place in the 80/20 list), the focus priorities by name with
 * their points, and the first 30 days. A risk that is a quick win is in the first 30 days, marked,
 * even where the plan's three quick wins by points would leave it out. The team report adds how
 * many items split the room and the largest unknown.
 */
function glance(ctx: Ctx): string {
  const { result, t, f } = ctx;
  const s = result.summary;
  const sentence = focusHeadline(result, t, f);
  const headline =
    sentence !== null
      ? `<p class="key-message"><span class="key-mark" aria-hidden="true">80/20</span> ${esc(sentence)}</p>`
      : `<p class="key-message">${esc(noGapsText(result, t))}</p>`;
  // Under 60 % answered, the numbers rest on little data: say so in the headline.
  const indicative =
    s.coverage < INDICATIVE_BELOW
      ? `<p class="key-message indicative">${esc(t.report.indicative(s.answered, s.items - s.notApplicable))}</p>`
      : "";
  const team = result.panel ? teamLine(ctx) : "";
  const priority = new Map(result.priorities.map((p) => [p.item, p]));
  const quadrant = new Map(result.items.map((i) => [i.id, i.quadrant]));
  const inPlan = new Set(result.plan.first30Days.map((e) => e.item));
  const risksNow = result.risks.filter((r) => quadrant.get(r.item) === "quick-win" && !inPlan.has(r.item));
  const riskList = result.risks.length
    ? `<div class="glance-col glance-risks"><h2>⚠ ${esc(t.priorities.risks)}</h2><ul>${result.risks
        .map((r) => {
          const p = priority.get(r.item);
          const link = p ? ` · <a href="#prio-${esc(r.item)}">${esc(t.priorities.riskPriority(p.rank))}</a>` : "";
          return `<li><b>${esc(r.title)}</b> <span class="risk-status">${esc(riskStatus(r, t, f))}</span>${link}</li>`;
        })
        .join("")}</ul></div>`
    : "";
  const { focus } = focusSplit(result);
  const more = result.priorities.length - focus.length;
  const focusList = focus.length
    ? `<div class="glance-col glance-focus"><h2>${esc(t.priorities.focusHeading(focus.length))}</h2><ol>${focus
        .map(
          (p) =>
            `<li value="${p.rank}"><a href="#prio-${esc(p.item)}">${esc(p.title)}</a> ` +
            `<span class="glance-points">${esc(t.priorities.pointsShort(pointsText(p.points, f)))}</span></li>`,
        )
        .join("")}</ol>${more > 0 ? `<p class="glance-more">${esc(t.priorities.morePriorities(more))}</p>` : ""}</div>`
    : "";
  const first = [
    ...risksNow.map(
      (r) =>
        `<li class="glance-risk"><b>⚠ ${esc(r.title)}</b> <span class="glance-points">` +
        `${esc(t.priorities.pointsShort(pointsText(priority.get(r.item)?.points ?? 0, f)))}</span>` +
        `<span class="glance-why">${esc(t.priorities.riskAddedNow)}</span></li>`,
    ),
    ...result.plan.first30Days.map(
      (e) =>
        `<li><b>${esc(e.title)}</b> <span class="glance-points">${esc(t.priorities.pointsShort(pointsText(e.points, f)))} · ` +
        `${esc(t.priorities.effortValue(e.effort))}</span></li>`,
    ),
  ];
  const firstList =
    result.priorities.length > 0
      ? `<div class="glance-col glance-first"><h2>${esc(t.priorities.first30)}</h2>` +
        (first.length ? `<ul>${first.join("")}</ul>` : `<p class="empty">${esc(t.priorities.nothing)}</p>`) +
        "</div>"
      : "";
  return (
    `<section class="glance" aria-label="${esc(t.priorities.glance)}">${headline}${indicative}${team}` +
    `<div class="glance-grid">${riskList}${focusList}${firstList}</div></section>`
  );
}

/** The team report's line on the first screen: how many items split the room, and the largest unknown. */
function teamLine({ result, t, f }: Ctx): string {
  const panel = result.panel!;
  const parts = [t.team.splitItems(panel.disagreements.length, panel.items.length)];
  const largest = [...result.unanswered].sort((a, b) => b.potentialPoints - a.potentialPoints)[0];
  if (largest) parts.push(t.team.largestUnknown(largest.title, pointsText(largest.potentialPoints, f)));
  return `<p class="glance-team">${parts.map((p) => `<span>${esc(p)}</span>`).join("")}</p>`;
}

/** Coverage under which every human format says its result is indicative. */
const INDICATIVE_BELOW = 0.6;

/** Why there is no priority list: nothing answered, or no answered item below its target. */
function noGapsText(result: Result, t: Messages): string {
  return result.summary.answered === 0 ? t.report.nothingAnswered : t.table.noGaps;
}

// ---------------------------------------------------------------------------------------------
// 2. Radar

function radar({ result, t, f }: Ctx): string {
  if (result.dimensions.length === 0) return "";
  const max = scaleMax(result);
  const spokes = result.dimensions.map((d) => ({ id: d.id, label: d.title, current: d.current, target: d.target }));
  const common = {
    title: t.report.radar,
    max,
    spokes,
    unansweredMark: t.prompt.dontKnow,
    currentName: t.table.current,
    targetName: t.table.target,
    num: (v: number) => (Number.isInteger(v) ? String(v) : f.num1(v)),
  };
  const wide = radarSvg({ ...common, id: "radar", size: "wide" });
  // On a phone the spokes carry their numbers only; the table right below names them.
  const compact = radarSvg({ ...common, id: "radar-compact", size: "numbered" });
  const legend =
    `<p class="legend"><span><i class="sw sw-current"></i>${esc(t.table.current)}</span><span>` +
    `<i class="sw sw-target"></i>${esc(t.table.target)}</span>` +
    `<span class="legend-scale">${result.rubric.scale?.min ?? 0}–${max}</span></p>`;

  const rows: string[] = [];
  const index = new Map(result.dimensions.map((d, i) => [d.id, i + 1]));
  const groups: Array<{ title: string | null; dims: Result["dimensions"] }> = result.summary.groups.map((g) => ({
    title: g.title,
    dims: result.dimensions.filter((d) => d.group === g.id),
  }));
  const known = new Set(result.summary.groups.map((g) => g.id));
  const orphans = result.dimensions.filter((d) => !known.has(d.group));
  if (orphans.length) groups.push({ title: null, dims: orphans });
  for (const g of groups) {
    if (g.dims.length === 0) continue;
    if (g.title !== null) rows.push(`<tr class="group-row"><th colspan="5" scope="colgroup">${esc(g.title)}</th></tr>`);
    for (const d of g.dims) {
      const now = d.current === null ? `<span class="na">${esc(t.prompt.dontKnow)}</span>` : esc(f.num1(d.current));
      rows.push(
        `<tr><td class="idx">${index.get(d.id)}</td><td class="dim-title">${esc(d.title)}</td>` +
          `<td class="num">${now}</td><td class="num">${esc(f.num1(d.target))}</td>` +
          `<td class="gap-cell">${gapChip(d.gap, f, t.table.notAnswered)}</td></tr>`,
      );
    }
  }
  const table =
    `<table class="dims"><thead><tr><th class="idx" scope="col">${esc(t.table.rank)}</th>` +
    `<th scope="col">${esc(t.table.dimension)}</th>` +
    `<th class="num" scope="col">${esc(t.table.current)}</th>` +
    `<th class="num" scope="col">${esc(t.table.target)}</th><th scope="col" class="gap-head">${esc(t.table.gapOfScale)}</th>` +
    `</tr></thead><tbody>${rows.join("")}</tbody></table>`;
  const body =
    `<div class="radar-grid"><figure class="chart-box"><div class="wide">${wide}</div>` +
    `<div class="compact">${compact}<p class="radar-key">${esc(t.report.radarKey)}</p></div>${legend}</figure>` +
    `<div class="dims-box">${table}</div>` +
    `</div>`;
  return section("radar-section", t.report.radar, body);
}

// ---------------------------------------------------------------------------------------------
// 3. Pareto

/** Candidate gaps in the scorer's order: the 80/20 list first, then by impact, effort, rubric order. */
function candidates(result: Result): Item[] {
  const rank = new Map(result.priorities.map((p) => [p.item, p.rank]));
  const order = new Map(result.items.map((it, i) => [it.id, i]));
  return result.items
    .filter((i) => i.impact !== null && i.impact > 0)
    .sort((a, b) => {
      const ra = rank.get(a.id);
      const rb = rank.get(b.id);
      if (ra !== undefined && rb !== undefined) return ra - rb;
      if (ra !== undefined) return -1;
      if (rb !== undefined) return 1;
      return b.impact! - a.impact! || a.effort - b.effort || order.get(a.id)! - order.get(b.id)!;
    });
}

function pareto({ result, t, f }: Ctx): string {
  const all = candidates(result);
  if (all.length === 0) return section("pareto-section keep", t.report.pareto, `<p class="empty">${esc(noGapsText(result, t))}</p>`);
  const selected = new Set(result.priorities.map((p) => p.item));
  const total = all.reduce((sum, i) => sum + i.impact!, 0);
  let running = 0;
  // Every candidate is drawn, so the running share ends at 100 % (docs/reports.md#pages-to-trust: no chart cut short).
  const bars: ParetoBar[] = all.map((i) => {
    running += i.impact!;
    return { id: i.id, title: i.title, points: i.points ?? 0, cumulative: total > 0 ? running / total : 0, selected: selected.has(i.id) };
  });
  const threshold = result.summary.pareto.threshold;
  const common = {
    title: t.report.pareto,
    bars,
    texts: { points: t.priorities.matrixPoints, cumulative: t.report.cumulativeShare, cut: t.report.cut(f.percent(threshold)) },
    num: (v: number) => f.num1(v),
    percent: (s: number) => f.percent(s),
  };
  const wide = paretoSvg({ ...common, id: "pareto", width: 760, fontSize: 12.5 });
  const compact = paretoSvg({ ...common, id: "pareto-compact", width: 360, fontSize: 12 });
  const legend = [
    `<span><i class="sw sw-bar-selected"></i>${esc(t.table.priorities)}</span>`,
    bars.some((b) => !b.selected) ? `<span><i class="sw sw-bar"></i>${esc(t.priorities.matrixOther)}</span>` : "",
    `<span><i class="sw sw-cut"></i>${esc(t.report.cut(f.percent(threshold)))}</span>`,
  ].join("");
  const printed = paretoPrintSvgs({ ...common, id: "pareto-print", width: 760, fontSize: 12.5 })
    .map((svg) => `<div class="print-piece">${svg}</div>`)
    .join("");
  const body =
    `<figure class="chart-box"><div class="wide">${wide}</div><div class="compact">${compact}</div>` +
    `<div class="print-only">${printed}</div><p class="legend">${legend}</p></figure>`;
  return section("pareto-section", t.report.pareto, body);
}

// ---------------------------------------------------------------------------------------------
// 4. The 80/20 list

function priorities({ result, t, f, level, dimTitle }: Ctx): string {
  const sentence = focusHeadline(result, t, f);
  if (sentence === null)
    return section("priorities-section", t.table.priorities, `<p class="empty">${esc(noGapsText(result, t))}</p>`, "priorities");
  const { focus, rest } = focusSplit(result);
  const head = [
    `<th class="rank" scope="col">${esc(t.table.rank)}</th>`,
    `<th scope="col">${esc(t.table.item)} · ${esc(t.table.action)}</th>`,
    `<th class="num" scope="col">${esc(t.table.nowTarget)}</th>`,
    `<th class="num" scope="col">${esc(t.priorities.points)}</th>`,
    `<th class="num" scope="col">${esc(t.table.share)}</th>`,
    `<th class="num" scope="col">${esc(t.table.effort)}</th>`,
  ].join("");
  const maxShare = Math.max(...result.priorities.map((x) => x.share)) || 1;
  const rows = focus.map((pr) => {
    const effort = pr.quickWin ? `<span class="star" title="${esc(t.table.quickWin)}">★</span> ${pr.effort}` : String(pr.effort);
    const quick = pr.quickWin ? ` <span class="quick">★ ${esc(t.table.quickWin)}</span>` : "";
    return [
      `<tr id="prio-${esc(pr.item)}"${pr.quickWin ? ' class="is-quick"' : ""}>`,
      `<td class="rank"><span class="rank-badge">${pr.rank}</span></td>`,
      `<td class="main"><p class="prio-title">${esc(pr.title)}${quick}</p>` +
        `<p class="prio-dim">${esc(dimTitle.get(pr.dimension) ?? pr.dimension)}</p>` +
        `<p class="lowers">${esc(capitalise(t.priorities.lowers(pointsText(pr.points, f))))}</p>` +
        `<p class="action"><span class="action-label">${esc(t.report.action)}:` +
        `</span> ${esc(pr.action)}</p></td>`,
      `<td class="num" data-label="${esc(t.table.nowTarget)}">` +
        `<span class="nowtarget">${esc(level(pr.current))} → ${esc(level(pr.target))}</span></td>`,
      `<td class="num strong" data-label="${esc(t.priorities.points)}">${esc(pointsText(pr.points, f))}</td>`,
      `<td class="num" data-label="${esc(t.table.share)}">${esc(f.percent(pr.share))}<span ` +
        `class="share-bar" aria-hidden="true"><i style="width:${pct(pr.share / maxShare)}"></i></span>` +
        `</td>`,
      `<td class="num effort" data-label="${esc(t.table.effort)}">${effort}</td>`,
      "</tr>",
    ].join("");
  });
  const lead = `<p class="lead">${esc(sentence)}</p>`;
  const table =
    `<h3>${esc(t.priorities.focusHeading(focus.length))}</h3>\n<table class="prio"><thead>` +
    `<tr>${head}</tr></thead><tbody>${rows.join("\n")}</tbody></table>`;
  const restRows = rest.map(
    (pr) =>
      `<tr id="prio-${esc(pr.item)}"><td class="rank"><span class="rank-badge small">${pr.rank}</span></td>` +
      `<td>${esc(pr.title)}</td>` +
      `<td class="num">${esc(level(pr.current))} → ${esc(level(pr.target))}</td>` +
      `<td class="num">${esc(pointsText(pr.points, f))}</td><td class="num">${pr.effort}</td></tr>`,
  );
  const restTable = rest.length
    ? `\n<h3>${esc(t.priorities.rest(rest.length))}</h3>\n<table class="rest"><thead><tr>` +
      `<th class="rank" scope="col">${esc(t.table.rank)}</th><th scope="col">${esc(t.table.item)}</th>` +
      `<th class="num" scope="col">${breakAfterArrow(esc(t.table.nowTarget))}</th>` +
      `<th class="num" scope="col">${esc(t.priorities.points)}</th>` +
      `<th class="num" scope="col">${esc(t.table.effort)}</th></tr></thead>` +
      `<tbody>${restRows.join("")}</tbody></table>`
    : "";
  return section("priorities-section", t.table.priorities, `${lead}\n${table}${restTable}`, "priorities");
}

/** "Now→Target" is one word to the browser: on a phone the narrow table may break the header after the arrow. */
const breakAfterArrow = (html: string) => html.replace("→", "→<wbr>");

// ---------------------------------------------------------------------------------------------
// Legal and ethical risks, the plan and the impact/effort matrix (docs/reports.md#what-comes-first)

function risks({ result, t, f, dimTitle }: Ctx): string {
  if (result.risks.length === 0) return "";
  const items = result.risks.map(
    (r) =>
      `<li class="${r.answer === null ? "risk unknown" : "risk below"}"><p class="risk-title">` +
      `<span class="risk-mark" aria-hidden="true">${r.answer === null ? "?" : "!"}</span>` +
      ` ${esc(r.title)} <span class="risk-dim">${esc(dimTitle.get(r.dimension) ?? r.dimension)}</span>` +
      `</p><p class="risk-status">${esc(riskStatus(r, t, f))}</p>` +
      `<p class="risk-reason">${esc(r.reason)}</p><p class="action">` +
      `<span class="action-label">${esc(t.report.action)}:</span> ${esc(r.action)}</p></li>`,
  );
  return section("risks-section keep", `⚠ ${t.priorities.risks}`, `<ul class="risks">${items.join("")}</ul>`, "risks");
}

function plan({ result, t, f }: Ctx): string {
  if (result.priorities.length === 0) return "";
  const rank = new Map(result.priorities.map((p) => [p.item, p.rank]));
  const columns = planSections(result, t).map((sec) => {
    const entries = sec.entries.length
      ? `<ol class="plan-list">${sec.entries
          .map(
            (e) =>
              `<li><p class="plan-title">` +
              `${rank.has(e.item) ? `<span class="rank-badge small">${rank.get(e.item)}</span> ` : ""}${esc(e.title)} ` +
              `<span class="plan-points">${esc(t.priorities.pointsShort(pointsText(e.points, f)))} · ` +
              `${esc(t.priorities.effortValue(e.effort))}</span></p><p class="action">${esc(e.action)}</p></li>`,
          )
          .join("")}</ol>`
      : `<p class="empty">${esc(t.priorities.nothing)}</p>`;
    return `<div class="plan-col plan-${sec.key}"><h3>${esc(sec.title)}</h3>${entries}</div>`;
  });
  return section("plan-section", t.priorities.plan, `<div class="plan-grid">${columns.join("")}</div>`, "plan");
}

function matrix({ result, t, f }: Ctx): string {
  const candidates = result.items.filter((i) => i.quadrant !== undefined && i.points !== null);
  if (candidates.length === 0) return "";
  const rank = new Map(result.priorities.map((p) => [p.item, p.rank]));
  const dots: MatrixDot[] = candidates.map((i) => ({
    id: i.id,
    ...(rank.has(i.id) ? { rank: rank.get(i.id)! } : {}),
    title: i.title,
    points: i.points!,
    effort: i.effort,
  }));
  const listed = dots.filter((d) => d.rank !== undefined).map((d) => d.points);
  const others = dots.filter((d) => d.rank === undefined).map((d) => d.points);
  const low = Math.min(...listed);
  const cut = others.length ? (low + Math.max(...others)) / 2 : low / 2;
  const q = t.priorities.quadrants;
  const common = {
    title: t.priorities.matrix,
    dots,
    cut,
    texts: {
      points: t.priorities.matrixPoints,
      effort: t.priorities.matrixEffort,
      cut: t.priorities.matrixCut,
      quadrants: { topLeft: q["quick-win"]!, topRight: q["major-project"]!, bottomLeft: q["fill-in"]!, bottomRight: q["not-now"]! },
    },
    num: (v: number) => pointsText(v, f),
  };
  const wide = matrixSvg({ ...common, id: "matrix", width: 760, fontSize: 12, dot: 11.5 });
  const compact = matrixSvg({ ...common, id: "matrix-compact", width: 360, fontSize: 12, dot: 12 });
  const legend =
    `<p class="legend"><span><i class="sw sw-dot-listed"></i>${esc(t.priorities.matrixPriority)}</span>` +
    `<span><i class="sw sw-dot-other"></i>${esc(t.priorities.matrixOther)}</span>` +
    `<span><i class="sw sw-split"></i>${esc(`${t.priorities.matrixCut} · ${pointsText(cut, f)}`)}</span></p>`;
  // The numbered dots by name, beside the chart (docs/reports.md#pages-to-trust: a mark is named, not only numbered).
  const key = `<ol class="chart-key">${result.priorities
    .map((p) => `<li value="${p.rank}">${esc(p.title)} <span class="muted">${esc(pointsText(p.points, f))}</span></li>`)
    .join("")}</ol>`;
  return section(
    "matrix-section keep",
    t.priorities.matrix,
    `<figure class="chart-box"><div class="wide">${wide}</div><div class="compact">${compact}</div>${legend}${key}</figure>`,
    "impact-effort",
  );
}

function notApplicable({ result, t, dimTitle }: Ctx): string {
  const na = notApplicableItems(result);
  if (na.length === 0) return "";
  const items = na.map(
    (i) =>
      `<li><span class="u-title">${esc(i.title)}</span> <span class="u-dim">${esc(dimTitle.get(i.dimension) ?? i.dimension)}</span></li>`,
  );
  return section("na-section keep", t.priorities.notApplicableList, `<ul class="unknowns">${items.join("")}</ul>`);
}

// ---------------------------------------------------------------------------------------------
// 5. Industry 4.0 → 5.0

function poles({ result, t, f }: Ctx): string {
  const groups = result.summary.groups.filter((g): g is Group & { poles: { low: string; high: string } } => g.poles !== undefined);
  if (groups.length === 0) return "";
  const blocks = groups.map((g) => {
    const heading = groups.length > 1 || g.title !== t.report.axis ? `<h3>${esc(t.table.poles(g.title))}</h3>` : "";
    const v = g.maturityIndex;
    const marker =
      v === null
        ? ""
        : `<span class="pole-fill" style="width:${pct(v / 100)}"></span>` +
          `<span class="pole-marker" style="left:${pct(v / 100)}">` +
          `<span class="pole-value">${esc(f.index(v))}</span></span>`;
    const ticks = [0, 25, 50, 75, 100].map((k) => `<span class="pole-tick" style="left:${k}%"></span>`).join("");
    return [
      '<div class="pole keep">',
      heading,
      `<p class="pole-reading">${esc(t.table.maturity)} <strong>${esc(f.index(v))}</strong> / 100</p>`,
      `<div class="pole-track" role="img" aria-label="${esc(`${g.poles.low} → ${g.poles.high}: ${f.index(v)} / 100`)}">` +
        `${ticks}${marker}</div>`,
      `<div class="pole-ends"><span class="pole-low">◀ ${esc(g.poles.low)}</span>` +
        `<span class="pole-high">${esc(g.poles.high)} ▶</span></div>`,
      "</div>",
    ].join("");
  });
  return section("poles-section keep", t.report.axis, blocks.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// 6. Gap patterns

function tags({ result, t, f }: Ctx): string {
  if (result.tags.length === 0) return "";
  const order = new Map(result.tags.map((g, i) => [g.id, i]));
  const sorted = [...result.tags].sort((a, b) => b.share - a.share || order.get(a.id)! - order.get(b.id)!);
  const rows = sorted.map(
    (g) =>
      `<tr><td class="tag-title">${esc(g.title)}</td><td class="tag-bar">` +
      `<span class="hbar" aria-hidden="true"><i style="width:${pct(g.share)}"></i></span></td>` +
      `<td class="num strong">${esc(f.percent(g.share))}</td>` +
      `<td class="num muted">${esc(f.index(g.gapIndex))}</td></tr>`,
  );
  const table =
    `<table class="tags"><thead><tr><th scope="col">${esc(t.report.tag)}</th><th scope="col">` +
    `<span class="sr">${esc(t.table.share)}</span></th>` +
    `<th class="num" scope="col">${esc(t.table.shareOfGap)}</th>` +
    `<th class="num" scope="col">${esc(t.table.gapIndex)}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`;
  // One item can carry several tags: say why the shares add up to more than 100 %.
  const total = result.tags.reduce((sum, g) => sum + g.share, 0);
  const overlap = total > 1.0005 ? `<p class="kpi-note">${esc(t.report.tagsOverlap)}</p>` : "";
  return section("tags-section keep", t.report.tags, table + overlap);
}

// ---------------------------------------------------------------------------------------------
// 7. Unknowns

function unknowns({ result, t, f, dimTitle }: Ctx): string {
  if (result.unanswered.length === 0) return "";
  const items = result.unanswered.map(
    (u) =>
      `<li><span class="u-title">${esc(u.title)}</span> ` +
      `<span class="u-dim">${esc(dimTitle.get(u.dimension) ?? u.dimension)}</span> ` +
      `<span class="u-potential">${esc(t.priorities.potentialPoints(pointsText(u.potentialPoints, f)))}</span>` +
      `</li>`,
  );
  return section("unknowns-section keep", t.table.unknowns, `<ol class="unknowns">${items.join("")}</ol>`);
}

// ---------------------------------------------------------------------------------------------
// 8. All items

function itemTable({ result, t, f, level, dimTitle }: Ctx): string {
  const rank = new Map(result.priorities.map((p) => [p.item, p.rank]));
  const head = allItemsHead(t);
  const numeric = new Set([2, 3, 5, 6]);
  let lastDim = "";
  const rows = result.items.map((i) => {
    const first = i.dimension !== lastDim;
    lastDim = i.dimension;
    const answer =
      i.answer === null
        ? `<span class="na">${esc(t.prompt.dontKnow)}</span>`
        : i.answer === "na"
          ? `<span class="na">${esc(t.priorities.notApplicable)}</span>`
          : esc(level(i.answer));
    const r = rank.get(i.id);
    return [
      `<tr${first ? ' class="dim-start"' : ""}>`,
      `<td class="dim">${first ? "" : '<span class="sr">'}${esc(dimTitle.get(i.dimension) ?? i.dimension)}${first ? "" : "</span>"}</td>`,
      `<td class="item-title">${esc(i.title)}</td>`,
      `<td class="num">${answer}</td>`,
      `<td class="num">${esc(level(i.target))}</td>`,
      `<td class="gap-cell">${gapChip(i.gap, f, t.table.notAnswered)}</td>`,
      `<td class="num">${esc(i.points === null ? t.table.notAnswered : pointsText(i.points, f))}</td>`,
      `<td class="num">${r === undefined ? "" : `<span class="rank-badge small">${r}</span>`}</td>`,
      `<td class="note">${esc(i.note ?? "")}</td>`,
      "</tr>",
    ].join("");
  });
  const thead = head.map((h, k) => `<th scope="col"${numeric.has(k) ? ' class="num"' : ""}>${esc(h)}</th>`).join("");
  const table = scrollRegion(
    t.report.allItems,
    `<table class="items"><thead><tr>${thead}</tr></thead><tbody>${rows.join("\n")}</tbody></table>`,
    esc,
  );
  return section("items-section", t.report.allItems, table);
}
