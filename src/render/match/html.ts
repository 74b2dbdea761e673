import type { Match } from "../../match/schema.js";
import { dataValue as share, wrapLabel } from "../charts/common.js";
import { MATCH_CSS, REPORT_CSS } from "../css/index.js";
import { escapeHtml as esc } from "../escape.js";
import { scrollRegion } from "../html-parts.js";
import { capitalise } from "../result/focus.js";
import { matchText, type MatchRenderer, type MatchText } from "./text.js";

/*
 * The match as one self-contained page (inline CSS, no script) in the look of the other reports
 * (their style sheet, and match.css for what only this page has). The decision first
 * (docs/reports.md#pages-to-trust): the headline, the best team as one bar made of what each member
 * adds, and a bar per candidate for the share of the weighted gap they close, on one printed page;
 * then a heat map of candidates × the organisation's priorities (fully / partly / not closed, told
 * by symbol as well as colour), its columns named by the priorities' titles. Every bar carries
 * data-id (the candidate) and data-value (its share; a team segment also data-start), on a 0–100 %
 * axis. Pure and deterministic.
 */

type Candidate = Match["candidates"][number];

/** A share of the gap as a CSS length along the bar's track (0–100 %). */
const pct = (v: number) => `${Math.round(Math.max(0, Math.min(1, v)) * 10000) / 100}%`;

/** The 0 / 50 / 100 % scale under the bars, its ticks at their values. */
function scale(x: MatchText): string {
  return `<div class="mscale" aria-hidden="true"><span></span><span class="mscale-track">${[0, 0.25, 0.5, 0.75, 1]
    .map((v) => `<i data-tick="${v}" style="left:${pct(v)}">${v === 0.25 || v === 0.75 ? "" : esc(x.f.percent(v))}</i>`)
    .join("")}</span><span></span></div>`;
}

function teamBar(match: Match, x: MatchText): string {
  const team = match.team;
  if (!team) return "";
  const { t, f } = x;
  let start = 0;
  const segments = team.members.map((m, k) => {
    const seg =
      `<i class="mbar seg-${k % 4}" data-id="${esc(m.name)}" data-start="${share(start)}" data-value="${share(m.addedShare)}" ` +
      `style="left:${pct(start)};width:${pct(m.addedShare)}"></i>`;
    start += m.addedShare;
    return seg;
  });
  const names = team.members.map(x.label).join(" + ");
  const key = team.members
    .map(
      (m, k) => `<span><i class="sw seg-${k % 4}" aria-hidden="true"></i>${esc(t.match.added(x.label(m), f.percent(m.addedShare)))}</span>`,
    )
    .join("");
  return [
    `<section class="team-section">`,
    `<h2>${esc(t.match.team(team.size))}</h2>`,
    `<p class="team-line">${esc(t.match.teamLine(names, f.percent(team.share), f.percent(team.priorityShare)))}</p>`,
    `<div class="mbars">`,
    `<div class="mrow team-row"><span class="who">${esc(names)}</span>` +
      `<span class="mtrack" role="img" aria-label="${esc(`${names}: ${f.percent(team.share)}`)}">${segments.join("")}</span>` +
      `<span class="num">${esc(f.percent(team.share))}</span></div>`,
    scale(x),
    `</div>`,
    `<p class="legend team-key">${key}</p>`,
    `</section>`,
  ].join("\n");
}

function candidateBars(match: Match, x: MatchText): string {
  if (match.candidates.length === 0) return "";
  const { t, f } = x;
  const row = (c: Candidate) =>
    `<div class="mrow"><span class="who">${esc(x.label(c))}` +
    `${c.answered === 0 ? ` <em>(${esc(t.match.answeredNothing)})</em>` : ""}</span>` +
    `<span class="mtrack" role="img" aria-label="${esc(`${x.label(c)}: ${f.percent(c.share)}`)}">` +
    `<i class="mbar" data-id="${esc(c.name)}" data-start="0" data-value="${share(c.share)}" ` +
    `style="left:0;width:${pct(c.share)}"></i></span>` +
    `<span class="num">${esc(f.percent(c.share))}</span></div>`;
  return `<section class="candidates-section">\n<h2>${esc(t.match.closes)}</h2>\n<div class="mbars">${match.candidates
    .map(row)
    .join("")}${scale(x)}</div>\n</section>`;
}

function heatMap(match: Match, x: MatchText): string {
  const o = match.organisation;
  if (o.priorities.length === 0 || match.candidates.length === 0) return "";
  const { t, f } = x;
  const cell = (c: Candidate, item: string) => {
    const state = c.closes.full.includes(item) ? "full" : c.closes.partial.includes(item) ? "partial" : "none";
    const mark = { full: "●", partial: "◐", none: "○" }[state];
    return (
      `<td class="${state}" title="${esc(t.match[state])}"><span aria-hidden="true">${mark}</span>` +
      `<span class="sr">${esc(t.match[state])}</span></td>`
    );
  };
  // Each column named by its priority: the title, shortened to fit a turned header, in full for a screen reader and on hover.
  const head = o.priorities.map((p) => {
    const full = `${p.title} (${f.num1(p.points)} ${t.match.points.toLowerCase()})`;
    const short = wrapLabel(p.title, 18, 2).map(esc).join("<br>");
    return (
      `<th scope="col" class="turned" title="${esc(full)}"><span class="turn" aria-hidden="true">${short}</span>` +
      `<span class="sr">${esc(full)}</span></th>`
    );
  });
  const table =
    `<table class="heat"><thead><tr><th scope="col" class="who-col">${esc(t.match.candidate)}</th>${head.join("")}</tr></thead>` +
    `<tbody>${match.candidates
      .map((c) => `<tr><th scope="row">${esc(x.label(c))}</th>${o.priorities.map((p) => cell(c, p.item)).join("")}</tr>`)
      .join("")}</tbody></table>`;
  return [
    `<section class="heat-section">`,
    `<h2>${esc(t.match.heatMap)}</h2>`,
    scrollRegion(t.match.heatMap, table, esc),
    `<p class="legend heat-key"><span><b class="full">●</b> ${esc(t.match.full)}</span>` +
      `<span><b class="partial">◐</b> ${esc(t.match.partial)}</span><span><b class="none">○</b> ${esc(t.match.none)}</span></p>`,
    `</section>`,
  ].join("\n");
}

export const renderMatchHtml: MatchRenderer = (match) => {
  const x = matchText(match);
  const { t, f } = x;
  const o = match.organisation;
  const who = o.respondents !== undefined ? t.match.respondents(o.respondents) : (o.respondent?.organisation ?? "");
  const meta = [
    `<div><dt>${esc(t.table.profile)}</dt><dd>${esc(o.profile.title)}</dd></div>`,
    who ? `<div><dt>${esc(t.match.organisation)}</dt><dd>${esc(who)}</dd></div>` : "",
    `<div><dt>${esc(capitalise(t.match.gapIndex))}</dt><dd>${esc(f.index(o.gapIndex))}</dd></div>`,
  ].join("");
  return [
    "<!DOCTYPE html>",
    `<html lang="${esc(match.locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${esc([t.match.title, o.rubric.title, who].filter(Boolean).join(" · "))}</title>`,
    `<style>${REPORT_CSS}${MATCH_CSS}</style>`,
    "</head>",
    "<body>",
    '<main class="page match">',
    // The summary, printed whole on page 1 (the heat map may follow it there: the page is not left half empty).
    '<header class="match-summary">',
    '<div class="masthead">',
    `<p class="eyebrow">${esc(t.match.title)}</p>`,
    `<h1>${esc(o.rubric.title)} <span class="version">${esc(o.rubric.version)}</span></h1>`,
    `<dl class="meta">${meta}</dl>`,
    "</div>",
    `<p class="key-message">${esc(x.headline)}</p>`,
    teamBar(match, x),
    candidateBars(match, x),
    "</header>",
    heatMap(match, x),
    `<footer class="footer">${esc(t.match.footer(o.rubric.id, o.rubric.version))}</footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ]
    .filter((l) => l !== "")
    .join("\n");
};
