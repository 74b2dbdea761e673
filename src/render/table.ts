import type { ChalkInstance } from "chalk";
import { langOf, messagesFor, type Messages } from "../i18n/messages.js";
import type { Result } from "../scoring/result.js";
import { formatter, type Formatter } from "./format.js";
import { panelTable, teamLine } from "./panel.js";
import { boxTable, displayWidth, longestWord, wrap } from "./text.js";
import type { Renderer } from "./types.js";

const MAX_WIDTH = 120;
const UNKNOWNS_SHOWN = 5;

/** The terminal report: headline, dimensions with bars, trait axis, 80/20 list, unknowns. */
export const renderTable: Renderer = (result, { color, width }) => {
  const lang = langOf(result.locale);
  const t = messagesFor(lang);
  const f = formatter(lang);
  const w = Math.max(60, Math.min(width, MAX_WIDTH));
  const parts = [
    headline(result, t, f, color, w),
    dimensionTable(result, t, f, color, w),
    ...result.summary.groups.filter((g) => g.poles).map((g) => polesLine(g, t, f, color, w)),
    priorities(result, t, f, color, w),
    ...panelTable(result, t, f, color, w),
    unknowns(result, t, color, w),
  ];
  return `${parts.filter((p) => p !== "").join("\n\n")}\n`;
};

function headline(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const s = result.summary;
  // The title is user text of any length: wrap it plain, then style each line.
  const title = wrap(result.rubric.title, width).map((l) => c.bold(l));
  const version = result.rubric.version;
  if (displayWidth(title.at(-1)!) + 1 + displayWidth(version) <= width) title[title.length - 1] += ` ${c.dim(version)}`;
  else title.push(...wrap(version, width).map((l) => c.dim(l)));
  const lines = [title.join("\n")];
  lines.push(...wrap(`${t.table.profile}: ${result.profile.title}${result.date ? `   ${result.date.slice(0, 10)}` : ""}`, width));
  const r = result.respondent;
  if (r && (r.name || r.role || r.organisation)) lines.push(...wrap(`${t.table.respondent}: ${[r.name, r.role, r.organisation].filter(Boolean).join(", ")}`, width));
  if (result.panel) lines.push(...wrap(teamLine(result.panel, t), width));
  const range = s.gapIndexRange[0] !== s.gapIndexRange[1] ? ` (${t.table.gapRange(f.index(s.gapIndexRange[0]), f.index(s.gapIndexRange[1]))})` : "";
  lines.push(...wrap(`${t.table.maturity} ${c.bold(f.index(s.maturityIndex))} · ${t.table.gapIndex} ${c.bold(f.index(s.gapIndex))}${range}`, width));
  lines.push(...wrap(`${t.table.coverage} ${t.table.coverageValue(s.answered, s.items)}`, width));
  // Under 60 % answered, the numbers above rest on little data: say so in the headline.
  if (s.coverage < 0.6) lines.push(...wrap(t.trust.indicative(s.answered, s.items), width).map((l) => c.yellow(l)));
  return lines.join("\n");
}

function bar(fraction: number | null, cells: number, c: ChalkInstance): string {
  if (fraction === null) return "";
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * cells);
  const paint = fraction >= 0.5 ? c.red : fraction >= 0.25 ? c.yellow : c.green;
  return paint("█".repeat(filled)) + c.dim("░".repeat(cells - filled));
}

/** A column as wide as the longest word of its heading and of its values, plus padding. */
const fit = (min: number, ...texts: string[]) => Math.max(min, ...texts.map(longestWord)) + 2;

function dimensionTable(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const cells = width >= 80 ? 12 : 6;
  const fixed = [fit(3, t.table.current), fit(3, t.table.target), fit(cells + 6, t.table.gap)];
  const name = width - fixed.reduce((a, b) => a + b, 0) - (fixed.length + 2);
  const rows = [];
  for (const group of result.summary.groups) {
    const dims = result.dimensions.filter((d) => d.group === group.id);
    if (dims.length === 0) continue;
    rows.push([{ text: group.title, style: (l: string) => c.bold(l) }, "", "", ""]);
    for (const d of dims) {
      const gap = d.gap === null ? t.table.notAnswered : `${bar(d.gap, cells, c)} ${f.percent(d.gap)}`;
      rows.push([{ text: d.title, indent: "  " }, f.num1(d.current), f.num1(d.target), { lines: [gap] }]);
    }
  }
  const head = [t.table.dimension, t.table.current, t.table.target, t.table.gap].map((h) => ({ text: h, style: (l: string) => c.bold(l) }));
  return boxTable({ widths: [name, ...fixed], head, rows });
}

function polesLine(group: Result["summary"]["groups"][number], t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const poles = group.poles!;
  const cells = width - 12;
  const at = group.maturityIndex === null ? null : Math.round((group.maturityIndex / 100) * (cells - 1));
  const axis = Array.from({ length: cells }, (_, i) => (i === at ? c.bold.cyan("●") : "─")).join("");
  const value = at === null ? t.table.notAnswered : f.index(group.maturityIndex);
  const gapBetween = width - displayWidth(poles.low) - displayWidth(poles.high);
  const legend =
    gapBetween >= 3
      ? [`${poles.low}${" ".repeat(gapBetween)}${poles.high}`]
      : [...wrap(poles.low, width, { firstIndent: "◀ ", indent: "  " }), ...wrap(poles.high, width, { firstIndent: "▶ ", indent: "  " })];
  return [...wrap(t.table.poles(group.title), width).map((l) => c.bold(l)), `├${axis}┤ ${c.bold(value)}`, ...legend.map((l) => c.dim(l))].join("\n");
}

function priorities(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const p = result.summary.pareto;
  const title = t.table.priorities;
  if (result.priorities.length === 0) return [...wrap(title, width).map((l) => c.bold(l)), ...wrap(result.summary.answered === 0 ? t.trust.nothingAnswered : t.table.noGaps, width)].join("\n");
  const line = t.table.paretoLine(p.selected, p.candidates, f.percent(p.impactShare));
  // Fixed columns as wide as the longest word of their heading in this language (and of their values).
  const heads = [t.table.nowTarget, t.table.share, t.table.cumulative, t.table.effort];
  const fixed = heads.map((h, i) => fit([7, 5, 5, 4][i]!, h));
  const rank = fit(String(result.priorities.length).length, t.table.rank);
  const item = width - fixed.reduce((a, b) => a + b, 0) - rank - 7;
  const rows = result.priorities.map((pr) => {
    const effort = pr.quickWin ? `${pr.effort} ${c.green("★")}` : String(pr.effort);
    const room = item - 2;
    const text = [...wrap(pr.title, room).map((l) => c.bold(l)), ...wrap(`→ ${pr.action}`, room).map((l) => c.dim(l))];
    return [String(pr.rank), { lines: text }, `${pr.current} → ${pr.target}`, f.percent(pr.share), f.percent(pr.cumulativeShare), { lines: [effort] }];
  });
  const head = [t.table.rank, t.table.item, ...heads].map((h) => ({ text: h, style: (l: string) => c.bold(l) }));
  const legend = result.priorities.some((pr) => pr.quickWin) ? `\n${wrap(`★ ${t.table.quickWin}`, width).join("\n").replace("★", c.green("★"))}` : "";
  return `${wrap(`${title} — ${line}`, width).join("\n").replace(title, c.bold(title))}\n${boxTable({ widths: [rank, item, ...fixed], head, rows, rules: true })}${legend}`;
}

function unknowns(result: Result, t: Messages, c: ChalkInstance, width: number): string {
  if (result.unanswered.length === 0) return "";
  const dimTitle = new Map(result.dimensions.map((d) => [d.id, d.title]));
  const shown = result.unanswered
    .slice(0, UNKNOWNS_SHOWN)
    .flatMap((u) => wrap(`${u.title} (${dimTitle.get(u.dimension)})`, width, { firstIndent: "  • ", indent: "    " }).map((l) => l.replace(/\(([^()]*)\)?$/, (m) => c.dim(m))));
  const more = result.unanswered.length - UNKNOWNS_SHOWN;
  if (more > 0) shown.push(...wrap(`… ${t.table.more(more)}`, width, { indent: "  " }).map((l) => c.dim(l)));
  return [...wrap(t.table.unknowns, width).map((l) => c.bold(l)), ...shown].join("\n");
}
