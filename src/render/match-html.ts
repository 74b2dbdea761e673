import type { Match } from "../match/schema.js";
import { matchText, type MatchRenderer } from "./match-text.js";
import { PRINT_CSS } from "./css/index.js";
import { escapeHtml as esc } from "./escape.js";

/*
 * The match as one self-contained page (inline CSS, no script): a bar per candidate for the share
 * of the weighted gap they close, and a heat map of candidates × the organisation's priorities
 * (fully / partly / not closed, told by symbol as well as colour). Pure and deterministic.
 */
export const renderMatchHtml: MatchRenderer = (match) => {
  const x = matchText(match);
  const { t, f } = x;
  const o = match.organisation;
  const pct = (v: number) => `${Math.round(Math.max(0, Math.min(1, v)) * 10000) / 100}%`;
  const bars = match.candidates.map(
    (c) =>
      `<li><span class="who">${esc(x.label(c))}${c.answered === 0 ? ` <em>(${esc(t.match.answeredNothing)})</em>` : ""}</span>` +
      `<span class="bar" role="img" aria-label="${esc(f.percent(c.share))}"><i style="width:${pct(c.share)}"></i></span>` +
      `<span class="num">${esc(f.percent(c.share))}</span></li>`,
  );
  const cell = (c: Match["candidates"][number], item: string) => {
    const state = c.closes.full.includes(item) ? "full" : c.closes.partial.includes(item) ? "partial" : "none";
    const mark = { full: "●", partial: "◐", none: "○" }[state];
    return `<td class="${state}" title="${esc(t.match[state])}">${mark}<span class="sr"> ${esc(t.match[state])}</span></td>`;
  };
  const heat =
    o.priorities.length === 0
      ? ""
      : [
          `<section><h2>${esc(t.match.heatMap)}</h2>`,
          `<div class="scroll" tabindex="0" role="region" aria-label="${esc(t.match.heatMap)}"><table class="heat">`,
          `<thead><tr>` +
            `<th scope="col">${esc(t.match.candidate)}</th>` +
            `${o.priorities.map((p) => `<th scope="col" title="${esc(p.title)}">${p.rank}</th>`).join("")}</tr>` +
            `</thead>`,
          `<tbody>${match.candidates
            .map((c) => `<tr><th scope="row">${esc(x.label(c))}</th>${o.priorities.map((p) => cell(c, p.item)).join("")}</tr>`)
            .join("")}</tbody>`,
          "</table></div>",
          `<p class="legend"><span class="full">●</span> ${esc(t.match.full)} · ` +
            `<span class="partial">◐</span> ${esc(t.match.partial)} · ` +
            `<span class="none">○</span> ${esc(t.match.none)}</p>`,
          `<ol class="keys">${o.priorities
            .map(
              (p) =>
                `<li value="${p.rank}">${esc(p.title)} ` +
                `<span class="muted">(${esc(f.num1(p.points))} ${esc(t.match.points.toLowerCase())})</span></li>`,
            )
            .join("")}</ol>`,
          "</section>",
        ].join("\n");
  const team = match.team
    ? `<section><h2>${esc(t.match.team(match.team.size))}</h2>` +
      `<p>${esc(
        t.match.teamLine(match.team.members.map(x.label).join(" + "), f.percent(match.team.share), f.percent(match.team.priorityShare)),
      )}</p>` +
      `<p class="muted">${esc(match.team.members.map((m) => t.match.added(x.label(m), f.percent(m.addedShare))).join(" · "))}</p></section>`
    : "";
  const who = o.respondents !== undefined ? t.match.respondents(o.respondents) : (o.respondent?.organisation ?? "");
  return [
    "<!DOCTYPE html>",
    `<html lang="${esc(match.locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc([t.match.title, o.rubric.title, who].filter(Boolean).join(" · "))}</title>`,
    `<style>${CSS}${PRINT_CSS}</style>`,
    "</head>",
    "<body>",
    '<main class="page">',
    `<header><p class="eyebrow">${esc(t.match.title)}</p>` +
      `<h1>${esc(o.rubric.title)} <span class="muted">${esc(o.rubric.version)}</span></h1>`,
    `<p class="muted">${esc([o.profile.title, who, `${t.match.gapIndex} ${f.index(o.gapIndex)}`].filter(Boolean).join(" · "))}` +
      `</p></header>`,
    `<p class="lead">${esc(x.headline)}</p>`,
    match.candidates.length ? `<section><h2>${esc(t.match.closes)}</h2><ul class="bars">${bars.join("")}</ul></section>` : "",
    team,
    heat,
    `<footer class="muted">${esc(t.match.footer(o.rubric.id, o.rubric.version))}</footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ]
    .filter((l) => l !== "")
    .join("\n");
};

const CSS = `
*{box-sizing:border-box}
body{margin:0;color:#1c2430;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,"Noto Sans",sans-serif;\
font-variant-numeric:tabular-nums;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.page{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.8rem 0 .6rem}
.eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:.75rem;color:#5d6878;margin:0}
.muted{color:#5d6878}.lead{font-size:1.15rem;font-weight:600}
.bars{list-style:none;padding:0;margin:0}
.bars li{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr 3.5rem;gap:.6rem;align-items:center;margin:.35rem 0}
.who{overflow-wrap:anywhere}.num{text-align:right}
.bar{display:block;height:.9rem;background:#f4f6f9;border-radius:3px;overflow:hidden}
.bar i{display:block;height:100%;background:#1f5b8e}
.scroll{overflow-x:auto}
.heat{border-collapse:collapse}
.heat th,.heat td{border:1px solid #e1e5eb;padding:.3rem .5rem;text-align:center;position:relative}
.heat tbody th{text-align:left;font-weight:600;overflow-wrap:anywhere;max-width:14rem}
td.full,span.full{background:#e5f3ea;color:#2a7047}td.partial,span.partial{background:#fbf0d9;color:#8a5a00}td.none,span.none{color:#646e7d}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.keys{padding-left:1.6rem}
@media print{.page{max-width:none;padding:0}.heat th,.heat td{padding:.2rem .3rem}}
@media (max-width:30rem){.bars li{grid-template-columns:1fr 3.5rem}.bars .bar{grid-column:1/3;grid-row:2}}
`;
