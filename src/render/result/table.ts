import type { ChalkInstance } from "chalk";
import { langOf, messagesFor, type Messages } from "../../i18n/messages.js";
import type { Result } from "../../scoring/result.js";
import { terminalSafe } from "../escape.js";
import { focusHeadline, focusSplit, levelText, notApplicableItems, planSections, pointsText, riskStatus } from "./focus.js";
import { formatter, type Formatter } from "../format.js";
import type { panelTable as PanelTable } from "./panel.js";
import { displayWidth, wrap } from "../../text/wrap.js";
import type { Renderer, RenderOptions } from "../types.js";

const MAX_WIDTH = 120;
const UNKNOWNS_SHOWN = 5;

/**
 * The terminal report (docs/reports.md#what-comes-first): headline, legal and ethical risks first, the honest 80/20
 * sentence, the focus priorities in full with actions and points, the rest of the list one line
 * each, the 30/90-day plan, then the dimensions (two to a line), the trait axis and the unknowns.
 *
 * The team panel of an aggregate result (render/result/panel.ts, with cli-table3) is passed in: a single
 * result's table then loads neither (docs/performance.md: the table within 1.1× of JSON). render/result/index.ts and
 * render/result/lazy.ts give the full renderer wherever a result may have a panel.
 */
export function tableRenderer(panelTable?: typeof PanelTable): Renderer {
  return (result, options) => {
    if (result.panel && !panelTable) throw new Error("internal error: a team result rendered without its panel table");
    // Every text of the result (titles, notes, names) made harmless for a terminal first.
    return renderResult(terminalSafe(result), options, panelTable ?? (() => []));
  };
}

function renderResult(result: Result, { color, width }: RenderOptions, panelTable: typeof PanelTable): string {
  const lang = langOf(result.locale);
  const t = messagesFor(lang);
  const f = formatter(lang);
  const w = Math.max(60, Math.min(width, MAX_WIDTH));
  const parts = [
    headline(result, t, f, color, w),
    risks(result, t, f, color, w),
    priorities(result, t, f, color, w),
    plan(result, t, color, w),
    ...panelTable(result, t, f, color, w),
    whereItLies(result, t, f, color, w),
    unknowns(result, t, f, color, w),
  ];
  return `${parts.filter((p) => p !== "").join("\n\n")}\n`;
}

function headline(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const s = result.summary;
  // The title is user text of any length: wrap it plain, then style each line.
  const title = wrap(result.rubric.title, width).map((l) => c.bold(l));
  const version = result.rubric.version;
  if (displayWidth(title.at(-1)!) + 1 + displayWidth(version) <= width) title[title.length - 1] += ` ${c.dim(version)}`;
  else title.push(...wrap(version, width).map((l) => c.dim(l)));
  const lines = [title.join("\n")];
  const na = s.notApplicable > 0 ? ` · ${t.priorities.notApplicableCount(s.notApplicable)}` : "";
  const coverage = `${t.table.coverage} ${t.table.coverageValue(s.answered, s.items - s.notApplicable)}${na}`;
  const date = result.date ? `   ${result.date.slice(0, 10)}` : "";
  lines.push(...wrap(`${t.table.profile}: ${result.profile.title}${date} · ${coverage}`, width));
  const r = result.respondent;
  if (r && (r.name || r.role || r.organisation))
    lines.push(...wrap(`${t.table.respondent}: ${[r.name, r.role, r.organisation].filter(Boolean).join(", ")}`, width));
  if (result.panel) lines.push(...wrap(`${t.team.team}: ${t.team.respondents(result.panel.respondents, result.panel.files)}`, width));
  const range =
    s.gapIndexRange[0] !== s.gapIndexRange[1] ? ` (${t.table.gapRange(f.index(s.gapIndexRange[0]), f.index(s.gapIndexRange[1]))})` : "";
  lines.push(
    ...wrap(`${t.table.maturity} ${c.bold(f.index(s.maturityIndex))} · ${t.table.gapIndex} ${c.bold(f.index(s.gapIndex))}${range}`, width),
  );
  // Under 60 % answered, the numbers above rest on little data: say so in the headline.
  if (s.coverage < 0.6) lines.push(...wrap(t.report.indicative(s.answered, s.items - s.notApplicable), width).map((l) => c.yellow(l)));
  return lines.join("\n");
}

/** Wraps text to the width with a first-line prefix and a hanging indent for the lines after it (linear, display-width aware). */
function hang(text: string, width: number, first: string, rest: string): string {
  return wrap(text, width, { firstIndent: first, indent: rest }).join("\n");
}

/**
 * Where the gap lies, in a few lines: the dimensions holding the most of the weighted gap (with
 * their share), the gap patterns (tags) by share, and each trait axis as one reading. The full table is in the other formats.
 */
function whereItLies(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const lines: string[] = [];
  const dims = result.dimensions
    .filter((d) => d.share > 0)
    .sort((a, b) => b.share - a.share)
    .slice(0, 4);
  if (dims.length)
    lines.push(
      hang(`${c.bold(`${t.report.dimensionsShare}:`)} ${dims.map((d) => `${d.title} ${f.percent(d.share)}`).join(" · ")}`, width, "", "  "),
    );
  // The recurring gap patterns (rubric tags), largest share first: one item can carry several
  // tags, so the shares need not add up to 100 %.
  const order = new Map(result.tags.map((g, i) => [g.id, i]));
  const tags = result.tags.filter((g) => g.share > 0).sort((a, b) => b.share - a.share || order.get(a.id)! - order.get(b.id)!);
  if (tags.length)
    lines.push(hang(`${c.bold(`${t.report.tags}:`)} ${tags.map((g) => `${g.title} ${f.percent(g.share)}`).join(" · ")}`, width, "", "  "));
  for (const g of result.summary.groups.filter((x) => x.poles)) {
    const cells = 20;
    const at = g.maturityIndex === null ? null : Math.round((g.maturityIndex / 100) * (cells - 1));
    const axis = Array.from({ length: cells }, (_, i) => (i === at ? c.bold.cyan("●") : "─")).join("");
    const value = g.maturityIndex === null ? t.table.notAnswered : `${f.index(g.maturityIndex)} / 100`;
    lines.push(hang(`${c.bold(`${g.title}:`)} ├${axis}┤ ${value} ${c.dim(`(${g.poles!.low} → ${g.poles!.high})`)}`, width, "", "  "));
  }
  return lines.join("\n");
}

/** Legal and ethical risks (docs/reports.md#what-comes-first): before everything else. */
function risks(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  if (result.risks.length === 0) return "";
  const lines = [c.bold.red(`⚠ ${t.priorities.risks}`)];
  for (const r of result.risks) {
    const mark = r.answer === null ? c.yellow("?") : c.red("!");
    lines.push(hang(`${c.bold(r.title)}: ${riskStatus(r, t, f)}`, width, ` ${mark} `, "   "));
    lines.push(c.dim(hang(r.reason, width, "   § ", "     ")));
    lines.push(hang(r.action, width, "   → ", "     "));
  }
  return lines.join("\n");
}

function priorities(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const title = c.bold(t.table.priorities);
  const sentence = focusHeadline(result, t, f);
  if (sentence === null)
    return `${title}\n${hang(result.summary.answered === 0 ? t.report.nothingAnswered : t.table.noGaps, width, "", "")}`;
  const { focus, rest } = focusSplit(result);
  // Points as "3.0 p" on each priority's line; the heading says once what a point is.
  const lines = [
    hang(`${title} — ${sentence}`, width, "", ""),
    hang(`${c.bold(t.priorities.focusHeading(focus.length))} ${c.dim(`(${t.priorities.pointsLegend})`)}`, width, "", "  "),
  ];
  const rankWidth = String(result.priorities.length).length;
  const indent = " ".repeat(rankWidth + 2);
  for (const p of focus) {
    const levels = `${levelText(p.current, f)} → ${levelText(p.target, f)}`;
    const meta = `${levels} · ${t.priorities.effortValue(p.effort)} · ${c.cyan(points(p.points, t, f))}`;
    lines.push(oneLine(p.rank, rankWidth, c.bold(p.title), meta, width));
    lines.push(hang(p.action, width, `${indent}→ `, `${indent}  `));
  }
  if (rest.length) lines.push("", c.bold(t.priorities.rest(rest.length)), ...restList(rest, rankWidth, t, f, width));
  return lines.join("\n");
}

const points = (value: number, t: Messages, f: Formatter) => t.priorities.pointsShort(pointsText(value, f));

/**
 * The rest of the 80/20 list, one line each with rank, title and points, in two columns read down
 * the left one first (a title too long for its column wraps inside it); one column below 80.
 */
function restList(rest: Result["priorities"], rankWidth: number, t: Messages, f: Formatter, width: number): string[] {
  if (width < 80)
    return rest.map((p) =>
      oneLine(
        p.rank,
        rankWidth,
        p.title,
        `${levelText(p.current, f)} → ${levelText(p.target, f)}  ${points(p.points, t, f).padStart(6)}`,
        width,
      ),
    );
  const half = Math.floor((width - 2) / 2);
  const cell = (p: Result["priorities"][number]) => oneLine(p.rank, rankWidth, p.title, points(p.points, t, f), half).split("\n");
  const rows = Math.ceil(rest.length / 2);
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const left = cell(rest[i]!);
    const right = rest[i + rows] ? cell(rest[i + rows]!) : [];
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      const l = left[k] ?? "";
      lines.push(right[k] === undefined ? l : `${l}${" ".repeat(half - displayWidth(l) + 2)}${right[k]}`);
    }
  }
  return lines;
}

/** One line: rank, title and right-aligned figures; a title too long for the line wraps (never cut) with the figures on its last line. */
function oneLine(rank: number | string, rankWidth: number, title: string, figures: string, width: number): string {
  const head = `${String(rank).padStart(rankWidth)}. `;
  const indent = " ".repeat(head.length);
  const lines = wrap(title, width - displayWidth(figures) - 2, { firstIndent: head, indent });
  const last = lines.length - 1;
  lines[last] = `${lines[last]}${" ".repeat(Math.max(2, width - displayWidth(lines[last]!) - displayWidth(figures)))}${figures}`;
  return lines.join("\n");
}

/** The plan: first 30 days, next 90 days, not now; priorities by rank and title, the rest by title. */
function plan(result: Result, t: Messages, c: ChalkInstance, width: number): string {
  if (result.priorities.length === 0) return "";
  const rank = new Map(result.priorities.map((p) => [p.item, p.rank]));
  const lines = [c.bold(t.priorities.plan)];
  for (const section of planSections(result, t)) {
    // Points are on each priority's line above; "not now" holds gaps outside the list, named only.
    const entries = section.entries.map((e) => (rank.has(e.item) ? `${rank.get(e.item)}. ${e.title}` : e.title));
    lines.push(
      hang(`${c.underline(`${section.title}:`)} ${entries.length ? entries.join(" · ") : c.dim(t.priorities.nothing)}`, width, "", "  "),
    );
  }
  return lines.join("\n");
}

function unknowns(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string {
  const parts: string[] = [];
  if (result.unanswered.length) {
    const shown = result.unanswered
      .slice(0, UNKNOWNS_SHOWN)
      .map((u) => `${u.title} (${t.priorities.potentialPoints(pointsText(u.potentialPoints, f))})`);
    const more = result.unanswered.length - UNKNOWNS_SHOWN;
    parts.push(hang(`${c.bold(`${t.table.unknowns}:`)} ${shown.join("; ")}${more > 0 ? `; ${t.table.more(more)}` : ""}`, width, "", "  "));
  }
  const na = notApplicableItems(result);
  if (na.length) parts.push(hang(`${c.bold(`${t.priorities.notApplicableList}:`)} ${na.map((i) => i.title).join("; ")}`, width, "", "  "));
  return parts.join("\n");
}
