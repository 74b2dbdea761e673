import Table from "cli-table3";
import type { ChalkInstance } from "chalk";
import { langOf, messagesFor, type Messages } from "../i18n/messages.js";
import type { Result } from "../scoring/result.js";
import { formatter, type Formatter } from "./format.js";
import { panelTable, teamLine } from "./panel.js";
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
    unknowns(result, t, color),
  ];
  return `${parts.filter((p) => p !== "").join("\n\n")}\n`;
};

function headline(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const s = result.summary;
  const lines = [`${c.bold(result.rubric.title)} ${c.dim(result.rubric.version)}`];
  lines.push(`${t.table.profile}: ${result.profile.title}${result.date ? `   ${result.date.slice(0, 10)}` : ""}`);
  const r = result.respondent;
  if (r && (r.name || r.role || r.organisation)) lines.push(`${t.table.respondent}: ${[r.name, r.role, r.organisation].filter(Boolean).join(", ")}`);
  if (result.panel) lines.push(teamLine(result.panel, t));
  const range = s.gapIndexRange[0] !== s.gapIndexRange[1] ? ` (${t.table.gapRange(f.index(s.gapIndexRange[0]), f.index(s.gapIndexRange[1]))})` : "";
  lines.push(`${t.table.maturity} ${c.bold(f.index(s.maturityIndex))} · ${t.table.gapIndex} ${c.bold(f.index(s.gapIndex))}${range}`);
  lines.push(`${t.table.coverage} ${t.table.coverageValue(s.answered, s.items)}`);
  // Under 60 % answered, the numbers above rest on little data: say so in the headline.
  if (s.coverage < 0.6) lines.push(c.yellow(t.trust.indicative(s.answered, s.items)));
  return lines.map((l) => wrap(l, width)).join("\n");
}

/** Word-wraps a line of free text (rubric titles, respondent names) to the width. */
function wrap(line: string, width: number): string {
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current && visibleLength(current) + 1 + visibleLength(word) > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out.join("\n");
}

function visibleLength(s: string): number {
  return [...s.replace(/\u001b\[[0-9;]*m/g, "")].length;
}

function bar(fraction: number | null, cells: number, c: ChalkInstance): string {
  if (fraction === null) return "";
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * cells);
  const paint = fraction >= 0.5 ? c.red : fraction >= 0.25 ? c.yellow : c.green;
  return paint("█".repeat(filled)) + c.dim("░".repeat(cells - filled));
}

function frame(colWidths: number[], head: string[], options: { compact?: boolean } = {}) {
  // cli-table3 colours header and border by default, even when piped: colour cells ourselves.
  // Compact tables (one line a row) drop the rule between rows.
  const chars = options.compact ? { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } : {};
  return new Table({ head, colWidths, chars, wordWrap: true, wrapOnWordBoundary: true, style: { head: [], border: [], "padding-left": 1, "padding-right": 1 } });
}

function dimensionTable(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const fixed = [7, 8, 22];
  const name = width - fixed.reduce((a, b) => a + b, 0) - (fixed.length + 2);
  const table = frame([name, ...fixed], [t.table.dimension, t.table.current, t.table.target, t.table.gap].map((h) => c.bold(h)), { compact: true });
  for (const group of result.summary.groups) {
    const dims = result.dimensions.filter((d) => d.group === group.id);
    if (dims.length === 0) continue;
    table.push([c.bold(group.title), "", "", ""]);
    for (const d of dims) {
      const gap = d.gap === null ? t.table.notAnswered : `${bar(d.gap, 12, c)} ${f.percent(d.gap)}`;
      table.push([`  ${d.title}`, f.num1(d.current), f.num1(d.target), gap]);
    }
  }
  return table.toString();
}

function polesLine(group: Result["summary"]["groups"][number], t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const poles = group.poles!;
  const cells = width - 12;
  const at = group.maturityIndex === null ? null : Math.round((group.maturityIndex / 100) * (cells - 1));
  const axis = Array.from({ length: cells }, (_, i) => (i === at ? c.bold.cyan("●") : "─")).join("");
  const value = at === null ? t.table.notAnswered : f.index(group.maturityIndex);
  const gapBetween = width - poles.low.length - poles.high.length;
  const legend = gapBetween >= 3 ? `${poles.low}${" ".repeat(gapBetween)}${poles.high}` : `◀ ${poles.low}\n▶ ${poles.high}`;
  return [c.bold(t.table.poles(group.title)), `├${axis}┤ ${c.bold(value)}`, c.dim(legend)].join("\n");
}

function priorities(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const p = result.summary.pareto;
  const title = c.bold(t.table.priorities);
  if (result.priorities.length === 0) return `${title}\n${result.summary.answered === 0 ? t.trust.nothingAnswered : t.table.noGaps}`;
  const line = t.table.paretoLine(p.selected, p.candidates, f.percent(p.impactShare));
  // Fixed columns as wide as their heading in this language (and at least as wide as their values).
  const heads = [t.table.nowTarget, t.table.share, t.table.cumulative, t.table.effort];
  const fixed = heads.map((h, i) => Math.max([...h].length + 2, [9, 7, 7, 6][i]!));
  const item = width - fixed.reduce((a, b) => a + b, 0) - 4 - 7;
  const table = frame([4, item, ...fixed], [t.table.rank, t.table.item, ...heads].map((h) => c.bold(h)));
  for (const pr of result.priorities) {
    const effort = pr.quickWin ? `${pr.effort} ${c.green("★")}` : String(pr.effort);
    table.push([String(pr.rank), `${c.bold(pr.title)}\n${c.dim(`→ ${pr.action}`)}`, `${pr.current} → ${pr.target}`, f.percent(pr.share), f.percent(pr.cumulativeShare), effort]);
  }
  const legend = result.priorities.some((pr) => pr.quickWin) ? `\n${c.green("★")} ${t.table.quickWin}` : "";
  return `${title} — ${line}\n${table.toString()}${legend}`;
}

function unknowns(result: Result, t: Messages, c: ChalkInstance): string {
  if (result.unanswered.length === 0) return "";
  const dimTitle = new Map(result.dimensions.map((d) => [d.id, d.title]));
  const shown = result.unanswered.slice(0, UNKNOWNS_SHOWN).map((u) => `  • ${u.title} ${c.dim(`(${dimTitle.get(u.dimension)})`)}`);
  const more = result.unanswered.length - UNKNOWNS_SHOWN;
  if (more > 0) shown.push(c.dim(`  … ${t.table.more(more)}`));
  return [c.bold(t.table.unknowns), ...shown].join("\n");
}
