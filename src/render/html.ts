import { langOf, messagesFor, type Messages } from "../i18n/messages.js";
import type { Result } from "../scoring/result.js";
import { formatter, type Formatter } from "./format.js";
import { capitalise, focusHeadline, focusSplit, notApplicableItems, planSections, pointsText, riskStatus } from "./focus.js";
import { PANEL_CSS, panelHtml } from "./panel.js";
import { escapeHtml as esc } from "./escape.js";
import { matrixSvg, paretoSvg, radarSvg, type MatrixDot, type ParetoBar } from "./svg.js";
import type { Renderer } from "./types.js";

/** The Pareto chart shows at most this many candidate gaps; the rest are counted below it. */
const MAX_BARS = 30;

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
  const sections = [
    masthead(ctx),
    risks(ctx),
    summary(ctx),
    radar(ctx),
    pareto(ctx),
    priorities(ctx),
    plan(ctx),
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
    `<style>${CSS}${result.panel ? PANEL_CSS : ""}</style>`,
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
      `${s.notApplicable ? ` · ${esc(t.focus.notApplicableCount(s.notApplicable))}` : ""}</p></div>`,
  ];
  const sentence = focusHeadline(result, t, f);
  const message =
    sentence !== null
      ? `<p class="key-message"><span class="key-mark" aria-hidden="true">80/20</span> ${esc(sentence)}</p>`
      : `<p class="key-message">${esc(noGapsText(result, t))}</p>`;
  // Under 60 % answered, the numbers above rest on little data: say so in the headline.
  const indicative =
    s.coverage < INDICATIVE_BELOW
      ? `\n<p class="key-message indicative">${esc(t.trust.indicative(s.answered, s.items - s.notApplicable))}</p>`
      : "";
  return (
    `<section class="summary keep" aria-label="${esc(t.report.headline)}">\n` +
    `<div class="kpis">${cards.join("")}</div>${indicative}\n${message}\n</section>`
  );
}

/** Coverage under which every human format says its result is indicative. */
const INDICATIVE_BELOW = 0.6;

/** Why there is no priority list: nothing answered, or no answered item below its target. */
function noGapsText(result: Result, t: Messages): string {
  return result.summary.answered === 0 ? t.trust.nothingAnswered : t.table.noGaps;
}

// ---------------------------------------------------------------------------------------------
// 2. Radar

function radar({ result, t, f }: Ctx): string {
  if (result.dimensions.length === 0) return "";
  const max = scaleMax(result);
  const spokes = result.dimensions.map((d) => ({ label: d.title, current: d.current, target: d.target }));
  const common = {
    title: t.report.radar,
    max,
    spokes,
    unansweredMark: t.prompt.dontKnow,
    currentName: t.table.current,
    targetName: t.table.target,
    num: (v: number) => (Number.isInteger(v) ? String(v) : f.num1(v)),
  };
  const wide = radarSvg({ ...common, id: "radar", labels: "titles" });
  const compact = radarSvg({ ...common, id: "radar-compact", labels: "numbers" });
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
    `<th class="num" scope="col">${esc(t.table.target)}</th><th scope="col">${esc(t.table.gap)}</th>` +
    `</tr></thead><tbody>${rows.join("")}</tbody></table>`;
  const body =
    `<div class="radar-grid"><figure class="chart-box"><div class="wide">${wide}</div>` +
    `<div class="compact">${compact}</div>${legend}</figure><div class="dims-box">${table}</div>` +
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
  const bars: ParetoBar[] = all.slice(0, MAX_BARS).map((i) => {
    running += i.impact!;
    return { title: i.title, impact: i.points ?? 0, cumulative: total > 0 ? running / total : 0, selected: selected.has(i.id) };
  });
  const threshold = result.summary.pareto.threshold;
  const common = {
    title: t.report.pareto,
    bars,
    threshold,
    texts: {
      impact: t.focus.matrixPoints,
      cumulative: t.report.cumulativeShare,
      rank: t.report.priority,
      cut: t.report.cut(f.percent(threshold)),
    },
    num: (v: number) => f.num1(v),
    percent: (s: number) => f.percent(s),
  };
  const wide = paretoSvg({ ...common, id: "pareto", width: 760, fontSize: 12 });
  const compact = paretoSvg({ ...common, id: "pareto-compact", width: 420, fontSize: 15 });
  const more = all.length > MAX_BARS ? `<p class="more">… ${esc(t.table.more(all.length - MAX_BARS))}</p>` : "";
  const legend = [
    `<span><i class="sw sw-bar-selected"></i>${esc(t.table.priorities)}</span>`,
    bars.some((b) => !b.selected) ? `<span><i class="sw sw-bar"></i>${esc(t.focus.matrixOther)}</span>` : "",
    `<span><i class="sw sw-cum"></i>${esc(t.report.cumulativeShare)}</span>`,
    `<span><i class="sw sw-cut"></i>${esc(t.report.cut(f.percent(threshold)))}</span>`,
  ].join("");
  const body =
    `<figure class="chart-box"><div class="wide">${wide}</div><div class="compact">${compact}</div>` +
    `<p class="legend">${legend}</p>${more}</figure>`;
  return section("pareto-section keep", t.report.pareto, body);
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
    `<th class="num" scope="col">${esc(t.focus.points)}</th>`,
    `<th class="num" scope="col">${esc(t.table.share)}</th>`,
    `<th class="num" scope="col">${esc(t.table.effort)}</th>`,
  ].join("");
  const maxShare = Math.max(...result.priorities.map((x) => x.share)) || 1;
  const rows = focus.map((pr) => {
    const effort = pr.quickWin ? `<span class="star" title="${esc(t.table.quickWin)}">★</span> ${pr.effort}` : String(pr.effort);
    const quick = pr.quickWin ? ` <span class="quick">★ ${esc(t.table.quickWin)}</span>` : "";
    return [
      `<tr${pr.quickWin ? ' class="is-quick"' : ""}>`,
      `<td class="rank"><span class="rank-badge">${pr.rank}</span></td>`,
      `<td class="main"><p class="prio-title">${esc(pr.title)}${quick}</p>` +
        `<p class="prio-dim">${esc(dimTitle.get(pr.dimension) ?? pr.dimension)}</p>` +
        `<p class="lowers">${esc(capitalise(t.focus.lowers(pointsText(pr.points, f))))}</p>` +
        `<p class="action"><span class="action-label">${esc(t.report.action)}:` +
        `</span> ${esc(pr.action)}</p></td>`,
      `<td class="num" data-label="${esc(t.table.nowTarget)}">` +
        `<span class="nowtarget">${esc(level(pr.current))} → ${esc(level(pr.target))}</span></td>`,
      `<td class="num strong" data-label="${esc(t.focus.points)}">${esc(pointsText(pr.points, f))}</td>`,
      `<td class="num" data-label="${esc(t.table.share)}">${esc(f.percent(pr.share))}<span ` +
        `class="share-bar" aria-hidden="true"><i style="width:${pct(pr.share / maxShare)}"></i></span>` +
        `</td>`,
      `<td class="num effort" data-label="${esc(t.table.effort)}">${effort}</td>`,
      "</tr>",
    ].join("");
  });
  const lead = `<p class="lead">${esc(sentence)}</p>`;
  const table =
    `<h3>${esc(t.focus.focusHeading(focus.length))}</h3>\n<table class="prio"><thead>` +
    `<tr>${head}</tr></thead><tbody>${rows.join("\n")}</tbody></table>`;
  const restRows = rest.map(
    (pr) =>
      `<tr><td class="rank"><span class="rank-badge small">${pr.rank}</span></td>` +
      `<td>${esc(pr.title)}</td>` +
      `<td class="num">${esc(level(pr.current))} → ${esc(level(pr.target))}</td>` +
      `<td class="num">${esc(pointsText(pr.points, f))}</td><td class="num">${pr.effort}</td></tr>`,
  );
  const restTable = rest.length
    ? `\n<h3>${esc(t.focus.rest(rest.length))}</h3>\n<table class="rest"><thead><tr>` +
      `<th class="rank" scope="col">${esc(t.table.rank)}</th><th scope="col">${esc(t.table.item)}</th>` +
      `<th class="num" scope="col">${breakAfterArrow(esc(t.table.nowTarget))}</th>` +
      `<th class="num" scope="col">${esc(t.focus.points)}</th>` +
      `<th class="num" scope="col">${esc(t.table.effort)}</th></tr></thead>` +
      `<tbody>${restRows.join("")}</tbody></table>`
    : "";
  return section("priorities-section", t.table.priorities, `${lead}\n${table}${restTable}`, "priorities");
}

/** "Now→Target" is one word to the browser: on a phone the narrow table may break the header after the arrow. */
const breakAfterArrow = (html: string) => html.replace("→", "→<wbr>");

// ---------------------------------------------------------------------------------------------
// Legal and ethical risks, the plan and the impact/effort matrix (SPEC 5, 1.1)

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
  return section("risks-section keep", `⚠ ${t.focus.risks}`, `<ul class="risks">${items.join("")}</ul>`, "risks");
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
              `<span class="plan-points">${esc(t.focus.pointsShort(pointsText(e.points, f)))} · ` +
              `${esc(t.focus.effortValue(e.effort))}</span></p><p class="action">${esc(e.action)}</p></li>`,
          )
          .join("")}</ol>`
      : `<p class="empty">${esc(t.focus.nothing)}</p>`;
    return `<div class="plan-col plan-${sec.key}"><h3>${esc(sec.title)}</h3>${entries}</div>`;
  });
  return section("plan-section", t.focus.plan, `<div class="plan-grid">${columns.join("")}</div>`, "plan");
}

function matrix({ result, t, f }: Ctx): string {
  const candidates = result.items.filter((i) => i.quadrant !== undefined && i.points !== null);
  if (candidates.length === 0) return "";
  const rank = new Map(result.priorities.map((p) => [p.item, p.rank]));
  const dots: MatrixDot[] = candidates.map((i) => ({
    ...(rank.has(i.id) ? { rank: rank.get(i.id)! } : {}),
    title: i.title,
    points: i.points!,
    effort: i.effort,
  }));
  const listed = dots.filter((d) => d.rank !== undefined).map((d) => d.points);
  const others = dots.filter((d) => d.rank === undefined).map((d) => d.points);
  const low = Math.min(...listed);
  const cut = others.length ? (low + Math.max(...others)) / 2 : low / 2;
  const q = t.focus.quadrants;
  const common = {
    title: t.focus.matrix,
    dots,
    cut,
    texts: {
      points: t.focus.matrixPoints,
      effort: t.focus.matrixEffort,
      quadrants: { topLeft: q["quick-win"]!, topRight: q["major-project"]!, bottomLeft: q["fill-in"]!, bottomRight: q["not-now"]! },
    },
    num: (v: number) => pointsText(v, f),
  };
  const wide = matrixSvg({ ...common, id: "matrix", width: 760, fontSize: 12, dot: 11.5 });
  const compact = matrixSvg({ ...common, id: "matrix-compact", width: 420, fontSize: 14, dot: 9 });
  const legend =
    `<p class="legend"><span><i class="sw sw-dot-listed"></i>${esc(t.focus.matrixPriority)}</span>` +
    `<span><i class="sw sw-dot-other"></i>${esc(t.focus.matrixOther)}</span></p>`;
  return section(
    "matrix-section keep",
    t.focus.matrix,
    `<figure class="chart-box"><div class="wide">${wide}</div><div class="compact">${compact}</div>${legend}</figure>`,
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
  return section("na-section keep", t.focus.notApplicableList, `<ul class="unknowns">${items.join("")}</ul>`);
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
    `<th class="num" scope="col">${esc(t.table.share)}</th>` +
    `<th class="num" scope="col">${esc(t.table.gapIndex)}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`;
  return section("tags-section keep", t.report.tags, table);
}

// ---------------------------------------------------------------------------------------------
// 7. Unknowns

function unknowns({ result, t, f, dimTitle }: Ctx): string {
  if (result.unanswered.length === 0) return "";
  const items = result.unanswered.map(
    (u) =>
      `<li><span class="u-title">${esc(u.title)}</span> ` +
      `<span class="u-dim">${esc(dimTitle.get(u.dimension) ?? u.dimension)}</span> ` +
      `<span class="u-potential">${esc(t.focus.potentialPoints(pointsText(u.potentialPoints, f)))}</span>` +
      `</li>`,
  );
  return section("unknowns-section keep", t.table.unknowns, `<ol class="unknowns">${items.join("")}</ol>`);
}

// ---------------------------------------------------------------------------------------------
// 8. All items

function itemTable({ result, t, f, level, dimTitle }: Ctx): string {
  const rank = new Map(result.priorities.map((p) => [p.item, p.rank]));
  const head = [
    t.report.dimension,
    t.report.item,
    t.report.answer,
    t.report.target,
    t.report.gap,
    t.focus.points,
    t.report.priority,
    t.report.note,
  ];
  const numeric = new Set([2, 3, 5, 6]);
  let lastDim = "";
  const rows = result.items.map((i) => {
    const first = i.dimension !== lastDim;
    lastDim = i.dimension;
    const answer =
      i.answer === null
        ? `<span class="na">${esc(t.prompt.dontKnow)}</span>`
        : i.answer === "na"
          ? `<span class="na">${esc(t.focus.notApplicable)}</span>`
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
  const table = `<div class="scroll"><table class="items"><thead><tr>${thead}</tr></thead><tbody>${rows.join("\n")}</tbody></table></div>`;
  return section("items-section", t.report.allItems, table);
}

// ---------------------------------------------------------------------------------------------
// Style: calm, one accent colour, system fonts; A4 print; fluid down to a phone.

const CSS = `
:root{--ink:#1c2430;--muted:#5d6878;--faint:#8a94a3;--line:#e1e5eb;--soft:#f4f6f9;--accent:#1f5b8e;--accent-soft:#e6eef6;\
--accent-mid:#9fbad4;
--low:#2f7d4f;--low-bg:#e5f3ea;--mid:#a86a09;--mid-bg:#fbf0d9;--high:#b83a2e;--high-bg:#f9e3e0}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--ink);\
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;\
-webkit-print-color-adjust:exact;print-color-adjust:exact;font-variant-numeric:tabular-nums}
.page{max-width:1040px;margin:0 auto;padding:40px 32px 32px}
h1,h2,h3,p{margin:0}
h1{font-size:30px;line-height:1.2;font-weight:700;letter-spacing:-.01em}
h2{font-size:19px;line-height:1.3;font-weight:650;margin:0 0 14px;padding-top:4px}
h3{font-size:15px;font-weight:600;margin:0 0 6px}
section{margin:0 0 40px}
table{border-collapse:collapse;width:100%}
th{font-weight:600;text-align:left;color:var(--muted);font-size:12px;letter-spacing:.02em}
.num{text-align:right;white-space:nowrap}
.na{color:var(--faint);font-style:italic}
.muted{color:var(--muted)}
.strong{font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.masthead{border-bottom:3px solid var(--accent);padding-bottom:18px;margin-bottom:24px}
.eyebrow{color:var(--accent);font-weight:650;font-size:13px;text-transform:uppercase;letter-spacing:.08em;margin-bottom:6px}
.version{font-size:15px;font-weight:500;color:var(--faint);white-space:nowrap}
.meta{display:flex;flex-wrap:wrap;gap:6px 32px;margin:14px 0 0}
.meta div{min-width:0}
.meta dt{font-size:12px;color:var(--muted)}
.meta dd{margin:0;font-weight:550;overflow-wrap:anywhere}
.kpis{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px}
.kpi{border:1px solid var(--line);border-radius:10px;padding:14px 16px 12px;break-inside:avoid}
.kpi-label{font-size:13px;color:var(--muted);font-weight:550}
.kpi-value{font-size:30px;font-weight:700;line-height:1.25;margin:2px 0 8px;white-space:nowrap}
.kpi-value small{font-size:14px;font-weight:500;color:var(--faint)}
.kpi-meter{position:relative;display:block;height:6px;border-radius:3px;background:var(--soft);overflow:hidden}
.kpi-meter i{position:absolute;left:0;top:0;bottom:0;background:var(--accent);border-radius:3px}
.kpi-meter b{position:absolute;top:0;bottom:0;background:var(--accent-mid)}
.kpi-note{font-size:12.5px;color:var(--muted);margin-top:6px}
.key-message{margin-top:16px;background:var(--accent-soft);border-radius:10px;padding:14px 18px;font-size:17px;font-weight:600;\
color:#163f63}
.key-mark{display:inline-block;background:var(--accent);color:#fff;border-radius:6px;padding:1px 8px;font-size:13px;\
font-weight:700;margin-right:6px;vertical-align:2px}
figure{margin:0}
.chart-box{break-inside:avoid}
.chart{display:block;width:100%;height:auto;overflow:visible}
.compact{display:none}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:12.5px;color:var(--muted);margin-top:8px;justify-content:center}
.legend span{display:inline-flex;align-items:center;gap:6px}
.legend-scale{color:var(--faint)}
.sw{display:inline-block;width:18px;height:10px;border-radius:2px}
.sw-current{background:rgba(31,91,142,.22);border:2px solid var(--accent)}
.sw-target{border:2px dashed #4a5563;height:10px}
.sw-bar-selected{background:var(--accent)}
.sw-bar{background:#c8d2dd}
.sw-cum{height:2px;background:#d2691e;position:relative}
.sw-cut{height:0;border-top:2px dashed var(--high);border-radius:0}
.more{font-size:12.5px;color:var(--muted);text-align:center}
.radar-grid{display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr);gap:28px;align-items:center}
.radar .grid{fill:none;stroke:#e3e7ec;stroke-width:1}
.radar .grid-outer{stroke:#c9d0d8}
.radar .tick{fill:var(--faint)}
.radar .target{fill:none;stroke:#4a5563;stroke-width:2;stroke-dasharray:6 4}
.radar .current{fill:rgba(31,91,142,.18);stroke:var(--accent);stroke-width:2.5;stroke-linejoin:round}
.radar .target-pt{fill:#4a5563}
.radar .current-pt{fill:var(--accent);stroke:#fff;stroke-width:1.5}
.radar .current-pt.unanswered{fill:#fff;stroke:var(--faint);stroke-width:2}
.radar .label{fill:var(--ink);font-weight:550}
.radar .label.muted{fill:var(--faint);font-style:italic}
.radar .note{font-weight:400}
.radar .spoke-num{fill:var(--accent);font-weight:700}
.dims th,.dims td{padding:6px 6px;border-bottom:1px solid var(--line);vertical-align:middle}
.dims td{font-size:13.5px}
.dims .idx{width:26px;color:var(--faint);text-align:right;padding-right:8px}
.dims .group-row th{color:var(--accent);font-size:12px;text-transform:uppercase;letter-spacing:.05em;padding-top:14px;\
border-bottom:1px solid var(--accent-mid)}
.dims .gap-cell{width:112px}
.gap{display:inline-flex;align-items:center;gap:8px;white-space:nowrap}
.gap .meter{display:inline-block;width:48px;height:8px;border-radius:4px;background:var(--soft);position:relative;overflow:hidden;\
border:1px solid var(--line)}
.gap .meter i{position:absolute;left:0;top:0;bottom:0}
.gap-num{font-weight:600;min-width:3.2em;text-align:right;font-size:13px}
.sev-none .gap-num{color:var(--low)} .sev-none .meter i{background:var(--low)}
.sev-low .gap-num{color:var(--low)} .sev-low .meter i{background:var(--low)}
.sev-mid .gap-num{color:var(--mid)} .sev-mid .meter i{background:#d99a2b}
.sev-high .gap-num{color:var(--high)} .sev-high .meter i{background:var(--high)}
.pareto .grid{stroke:#e6e9ee;stroke-width:1}
.pareto .axis{stroke:#9aa3af;stroke-width:1}
.pareto .tick{fill:var(--muted)}
.pareto .rank{fill:var(--muted)}
.pareto .axis-title{fill:var(--muted);font-weight:600}
.pareto .bar{fill:#c8d2dd}
.pareto .bar.selected{fill:var(--accent)}
.pareto .cum{fill:none;stroke:#d2691e;stroke-width:2;stroke-linejoin:round}
.pareto .cum-pt{fill:#d2691e;stroke:#fff;stroke-width:1.2}
.pareto .cut{stroke:var(--high);stroke-width:1.5;stroke-dasharray:6 4}
.pareto .cut-tick{fill:var(--high);font-weight:700}
.pareto .divider{stroke:var(--high);stroke-width:1;stroke-dasharray:2 3}
.pareto .cut-label{fill:var(--high);font-weight:600}
.priorities-section h2{font-size:23px;color:var(--accent)}
.priorities-section{border:1px solid var(--accent-mid);border-top:5px solid var(--accent);border-radius:12px;\
padding:22px 24px 18px;background:#fbfcfe}
.lead{font-size:17px;font-weight:600;margin:-4px 0 16px}
.prio th{border-bottom:2px solid var(--ink);padding:6px 8px;color:var(--ink)}
.prio td{padding:12px 8px;border-bottom:1px solid var(--line);vertical-align:top}
.prio tr{break-inside:avoid}
.prio .rank{width:44px;text-align:center}
.prio .main{width:62%}
.rank-badge{display:inline-flex;align-items:center;justify-content:center;min-width:28px;height:28px;border-radius:14px;\
background:var(--accent);color:#fff;font-weight:700;font-size:14px;padding:0 6px}
.rank-badge.small{min-width:22px;height:22px;font-size:12px;border-radius:11px;padding:0 5px}
.prio-title{font-weight:650;font-size:16px}
.prio-dim{font-size:12.5px;color:var(--muted)}
.action{margin-top:6px;font-size:14px;color:#333c48;max-width:60ch}
.action-label{font-weight:600;color:var(--accent)}
.nowtarget{font-weight:600}
.share-bar{display:block;height:4px;background:var(--soft);border-radius:2px;margin-top:6px;margin-left:auto;width:56px;\
position:relative;overflow:hidden}
.share-bar i{position:absolute;left:0;top:0;bottom:0;background:var(--accent)}
.star{color:var(--low)}
.quick{display:inline-block;margin-left:6px;vertical-align:2px;padding:1px 7px;border-radius:9px;background:var(--low-bg);\
color:var(--low);border:1px solid #b9dcc6;font-size:11.5px;font-weight:650;white-space:nowrap}
.lowers{font-size:13.5px;color:var(--accent);font-weight:600;margin-top:4px}
.priorities-section h3{margin:16px 0 8px}
.rest td,.rest th{padding:5px 8px;border-bottom:1px solid var(--line);font-size:13.5px}
.rest .rank{width:44px;text-align:center}
.risks-section{border:1px solid #e7b3ad;border-left:6px solid var(--high);border-radius:10px;padding:16px 20px;background:#fffafa}
.risks-section h2{color:var(--high)}
.risks{list-style:none;margin:0;padding:0}
.risks li{padding:8px 0;border-top:1px solid #f0d5d1}
.risks li:first-child{border-top:0}
.risk-title{font-weight:650;font-size:15.5px}
.risk-mark{display:inline-flex;align-items:center;justify-content:center;width:20px;height:20px;border-radius:10px;\
background:var(--high);color:#fff;font-weight:700;font-size:13px}
.risk.unknown .risk-mark{background:var(--mid)}
.risk-dim{font-weight:400;color:var(--muted);font-size:13px}
.risk-status{font-weight:600;color:var(--high);font-size:14px}
.risk.unknown .risk-status{color:var(--mid)}
.risk-reason{font-size:13.5px;color:var(--muted)}
.plan-grid{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px}
.plan-col{border:1px solid var(--line);border-top:4px solid var(--accent);border-radius:10px;padding:12px 14px}
.plan-first30Days{border-top-color:var(--low)}
.plan-notNow{border-top-color:#9aa3af}
.plan-list{margin:0;padding:0;list-style:none}
.plan-list li{padding:6px 0;border-top:1px solid var(--line)}
.plan-list li:first-child{border-top:0}
.plan-title{font-weight:600;font-size:14px}
.plan-points{font-weight:500;color:var(--muted);font-size:12.5px;white-space:nowrap}
.plan-col .action{font-size:13px;margin-top:2px}
.matrix .q{stroke:none}
.matrix .q-quick{fill:#eef7f1}
.matrix .q-major{fill:#eef3f9}
.matrix .q-fill{fill:#fafbfc}
.matrix .q-notnow{fill:#f6f6f6}
.matrix .divider{stroke:#9aa3af;stroke-width:1;stroke-dasharray:4 3}
.matrix .axis{stroke:#9aa3af;stroke-width:1}
.matrix .tick{fill:var(--muted)}
.matrix .axis-title{fill:var(--muted);font-weight:600}
.matrix .q-name{fill:var(--ink);font-weight:650;opacity:.75}
.matrix .listed circle{fill:var(--accent);stroke:#fff;stroke-width:1.5}
.matrix .dot-num{fill:#fff;font-weight:700}
.matrix .other circle{fill:#b7c1cc;stroke:#fff;stroke-width:1}
.sw-dot-listed{width:12px;height:12px;border-radius:6px;background:var(--accent)}
.sw-dot-other{width:8px;height:8px;border-radius:4px;background:#b7c1cc}
.pole{margin-bottom:18px}
.pole-reading{font-size:14px;color:var(--muted);margin-bottom:30px}
.pole-reading strong{color:var(--ink);font-size:18px}
.pole-track{position:relative;height:10px;border-radius:5px;background:linear-gradient(90deg,#e9edf2,#cddbe9);margin:0 12px}
.pole-fill{position:absolute;left:0;top:0;bottom:0;border-radius:5px;background:var(--accent-mid)}
.pole-tick{position:absolute;top:12px;width:1px;height:6px;background:#b5bec9}
.pole-marker{position:absolute;top:50%;width:22px;height:22px;margin:-11px 0 0 -11px;border-radius:50%;background:var(--accent);\
border:3px solid #fff;box-shadow:0 0 0 1.5px var(--accent)}
.pole-value{position:absolute;bottom:27px;left:50%;transform:translateX(-50%);background:var(--accent);color:#fff;font-weight:700;\
font-size:13px;padding:1px 8px;border-radius:6px;white-space:nowrap}
.pole-ends{display:flex;justify-content:space-between;gap:24px;margin-top:16px;font-size:13.5px;color:var(--muted)}
.pole-high{text-align:right}
.tags td{padding:7px 6px;border-bottom:1px solid var(--line);font-size:14px}
.tags th{padding:4px 6px;border-bottom:1px solid var(--line)}
.tag-title{width:34%}
.tag-bar{width:46%}
.hbar{display:block;height:12px;background:var(--soft);border-radius:3px;position:relative;overflow:hidden}
.hbar i{position:absolute;left:0;top:0;bottom:0;background:var(--accent);border-radius:3px}
.unknowns{margin:0;padding-left:22px}
.unknowns li{padding:5px 0;break-inside:avoid}
.u-title{font-weight:600}
.u-dim{color:var(--muted);font-size:13px}
.u-dim::before{content:"· "}
.u-potential{display:inline-block;margin-left:6px;font-size:12px;color:var(--mid);background:var(--mid-bg);border-radius:8px;padding:0 7px}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
.items{min-width:760px;font-size:13px}
.items th{padding:6px;border-bottom:2px solid var(--ink);color:var(--ink)}
.items td{padding:6px;border-bottom:1px solid var(--line);vertical-align:top}
.items tr{break-inside:avoid}
.items tr.dim-start td{border-top:1px solid #c9d0d8}
.items .dim{color:var(--muted);font-weight:600;width:19%}
.items .item-title{font-weight:500}
.items .note{color:var(--muted);font-style:italic;max-width:28ch;overflow-wrap:anywhere}
.empty{color:var(--muted)}
.footer{border-top:1px solid var(--line);padding-top:12px;color:var(--faint);font-size:12px;text-align:center}
.keep,figure,svg,tr,li,.dims-box{break-inside:avoid}
h2,h3{break-after:avoid}
@media (max-width:860px){
.radar-grid{grid-template-columns:minmax(0,1fr)}
.radar-grid .chart-box{max-width:620px;margin:0 auto;width:100%}
}
@media screen and (max-width:600px){
body{font-size:14.5px}
.page{padding:22px 16px 24px}
h1{font-size:24px}
.kpis{grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:10px}
.kpi{padding:10px 12px}
.kpi-value{font-size:24px}
.kpi-coverage{grid-column:1 / -1}
.key-message{font-size:15.5px;padding:12px 14px}
.wide{display:none}
.compact{display:block}
.priorities-section{padding:16px 12px 12px;margin-left:-4px;margin-right:-4px}
.prio thead{display:none}
.prio,.prio tbody,.prio tr{display:block}
.prio tr{display:grid;grid-template-columns:40px repeat(4,minmax(0,auto));column-gap:10px;row-gap:2px;padding:12px 0;\
border-bottom:1px solid var(--line)}
.prio td{border:0;padding:0}
.prio td.rank{grid-row:1 / span 2;text-align:left}
.prio td.main{grid-column:2 / -1;width:auto}
.prio td.num{grid-row:2;text-align:left;font-size:13px;padding-top:8px}
.prio td.num::before{content:attr(data-label);display:block;font-size:11px;color:var(--muted);font-weight:600}
.prio .share-bar{margin-left:0}
.dims .gap-cell{width:auto}
.plan-grid{grid-template-columns:minmax(0,1fr)}
.gap .meter{width:32px}
.pole-ends{font-size:12.5px}
.tag-title{width:auto}
.tag-bar{width:30%}
.rest td,.rest th{padding:5px 4px}
.rest th{white-space:normal}
.rest .rank{width:28px}
}
@page{size:A4;margin:14mm 13mm 16mm}
@media print{
body{font-size:9.5pt}
.page{max-width:none;padding:0}
h1{font-size:20pt}
h2{font-size:13.5pt;margin-bottom:10px}
section{margin-bottom:24px}
.masthead{padding-bottom:12px;margin-bottom:16px}
.kpi{padding:10px 12px}
.kpi-value{font-size:20pt}
.key-message{font-size:12pt;padding:10px 14px;margin-top:12px}
.wide{display:block}
.compact{display:none}
.radar-grid{grid-template-columns:minmax(0,1fr);gap:12px}
.radar-grid .chart-box{max-width:78%;margin:0 auto}
.dims td{font-size:9pt;padding:4px 6px}
.priorities-section{padding:14px 16px 10px;background:#fff}
.priorities-section h2{font-size:16pt}
.lead{font-size:11pt;margin-bottom:10px}
.prio td{padding:7px 5px}
.prio .main{width:70%}
.prio .share-bar{display:none}
.prio-title{font-size:10.5pt}
.action{font-size:9pt;max-width:none;margin-top:3px}
.items td{padding:3px 5px}
.gap .meter{width:36px}
.scroll{overflow:visible}
.items{min-width:0;font-size:8.5pt}
.items-section{break-before:page}
.priorities-section,.items-section{break-inside:auto}
thead{display:table-header-group}
.footer{font-size:8pt}
}
`
  .trim()
  .replace(/\n/g, "");
