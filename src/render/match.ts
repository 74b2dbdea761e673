import Table from "cli-table3";
import { isLang, messagesFor, type Lang, type Messages } from "../i18n/messages.js";
import type { Match } from "../match/schema.js";
import { formatter, type Formatter } from "./format.js";
import { csvCell, escapeMarkdown as md, terminalSafe } from "./escape.js";
import { renderMatchHtml } from "./match-html.js";
import type { RenderOptions } from "./types.js";

/** Renderers of a `kind: match` (SPEC 11), pure like the result's: the match and options in, text out. */
export type MatchRenderer = (match: Match, options: RenderOptions) => string;

export interface MatchText {
  lang: Lang;
  t: Messages;
  f: Formatter;
  /** A candidate's (or team member's) name, with the file when another candidate has the same name. */
  label: (c: { name: string; file: string }) => string;
  /** Priority titles by item id. */
  title: (item: string) => string;
  /** The headline sentence of the best candidate, or that there is no gap. */
  headline: string;
}

export function matchText(match: Match): MatchText {
  const lang = isLang(match.locale) ? match.locale : "en";
  const t = messagesFor(lang);
  const f = formatter(lang);
  const names = new Map<string, number>();
  for (const c of match.candidates) names.set(c.name, (names.get(c.name) ?? 0) + 1);
  const titles = new Map(match.organisation.priorities.map((p) => [p.item, p.title]));
  const label = (c: { name: string; file: string }) => ((names.get(c.name) ?? 0) > 1 ? `${c.name} (${c.file})` : c.name);
  const best = match.candidates[0];
  const org = match.organisation;
  const headline =
    org.totalImpact === 0 || !best
      ? t.match.noGap
      : t.match.sentence(label(best), f.percent(best.share), focusClosed(match, best), org.focus);
  return { lang, t, f, label, title: (item) => titles.get(item) ?? item, headline };
}

/** How many of the organisation's focus priorities (the first F of the 80/20 list) a candidate closes fully. */
export function focusClosed(match: Match, c: Match["candidates"][number]): number {
  const focus = new Set(match.organisation.priorities.slice(0, match.organisation.focus).map((p) => p.item));
  return c.closes.full.filter((i) => focus.has(i)).length;
}

function organisationLine(match: Match, x: MatchText): string {
  const o = match.organisation;
  const who = o.respondents !== undefined ? x.t.match.respondents(o.respondents) : (o.respondent?.organisation ?? o.respondent?.name);
  return [`${o.rubric.title} ${o.rubric.version}`, o.profile.title, who, `${x.t.match.gapIndex} ${x.f.index(o.gapIndex)}`]
    .filter(Boolean)
    .join(" · ");
}

function teamLines(match: Match, x: MatchText): string[] {
  const team = match.team;
  if (!team) return [];
  // Two candidates of the same name are told apart by their file: "Xena (a.yaml) + Xena (b.yaml)".
  const names = team.members.map(x.label).join(" + ");
  return [
    `${x.t.match.team(team.size)}: ${x.t.match.teamLine(names, x.f.percent(team.share), x.f.percent(team.priorityShare))}`,
    team.members.map((m) => x.t.match.added(x.label(m), x.f.percent(m.addedShare))).join(" · "),
  ];
}

export const renderMatchTable: MatchRenderer = (unsafe, { color: c, width }) => {
  const match = terminalSafe(unsafe);
  const x = matchText(match);
  const { t, f } = x;
  const w = Math.max(60, Math.min(width, 120));
  const out = [c.bold(t.match.title), organisationLine(match, x), "", c.bold(x.headline)];
  if (match.candidates.length > 0) {
    const heads = [t.match.closes, t.match.ofPriorities, t.match.points];
    const fixed = heads.map((h) => Math.max([...h].length + 2, 8));
    const name = w - fixed.reduce((a, b) => a + b, 0) - 4 - 6;
    const table = new Table({
      head: [t.match.rank, t.match.candidate, ...heads].map((h) => c.bold(h)),
      colWidths: [4, name, ...fixed],
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    });
    for (const cand of match.candidates) {
      const lines = [c.bold(x.label(cand))];
      if (cand.answered === 0) lines.push(c.yellow(`⚠ ${t.match.answeredNothing}`));
      if (cand.closes.full.length) lines.push(c.dim(`${t.match.fully}: ${cand.closes.full.map(x.title).join(", ")}`));
      if (cand.closes.partial.length) lines.push(c.dim(`${t.match.partly}: ${cand.closes.partial.map(x.title).join(", ")}`));
      table.push([String(cand.rank), lines.join("\n"), f.percent(cand.share), f.percent(cand.priorityShare), f.num1(cand.points)]);
    }
    out.push("", table.toString());
  }
  const team = teamLines(match, x);
  if (team.length) out.push("", c.bold(team[0]!), c.dim(team[1]!));
  return `${out.join("\n")}\n`;
};

export const renderMatchMarkdown: MatchRenderer = (match) => {
  const x = matchText(match);
  const { t, f } = x;
  const out = [`# ${md(t.match.title)}`, "", md(organisationLine(match, x)), "", `**${md(x.headline)}**`];
  if (match.candidates.length > 0) {
    out.push(
      "",
      `| ${[t.match.rank, t.match.candidate, t.match.closes, t.match.ofPriorities, t.match.points, t.match.fully, t.match.partly].join(
        " | ",
      )} |`,
      `|${" --- |".repeat(7)}`,
    );
    for (const cand of match.candidates) {
      const name = cand.answered === 0 ? `${md(x.label(cand))} (${t.match.answeredNothing})` : md(x.label(cand));
      const list = (ids: string[]) => (ids.length ? ids.map((i) => md(x.title(i))).join(", ") : "–");
      out.push(
        `| ${[
          String(cand.rank),
          name,
          f.percent(cand.share),
          f.percent(cand.priorityShare),
          f.num1(cand.points),
          list(cand.closes.full),
          list(cand.closes.partial),
        ].join(" | ")} |`,
      );
    }
  }
  const team = teamLines(match, x);
  if (team.length) out.push("", `## ${md(t.match.team(match.team!.size))}`, "", md(team[0]!.replace(/^[^:]*: /, "")), "", md(team[1]!));
  out.push("", `_${md(t.match.footer(match.organisation.rubric.id, match.organisation.rubric.version))}_`);
  return `${out.join("\n")}\n`;
};

/** One row per candidate, for spreadsheets: the same conventions as the result's CSV. */
export const renderMatchCsv: MatchRenderer = (match) => {
  const x = matchText(match);
  const { t, lang } = x;
  const sep = lang === "en" ? "," : ";";
  const num = (v: number) => (lang === "en" ? String(v) : String(v).replace(".", ","));
  const head = [
    t.match.rank,
    t.match.candidate,
    t.match.file,
    t.match.answered,
    t.match.closes,
    t.match.ofPriorities,
    t.match.points,
    t.match.fully,
    t.match.partly,
  ];
  const rows = match.candidates.map((cand) => [
    String(cand.rank),
    cand.name,
    cand.file,
    String(cand.answered),
    num(cand.share),
    num(cand.priorityShare),
    num(cand.points),
    cand.closes.full.map(x.title).join("; "),
    cand.closes.partial.map(x.title).join("; "),
  ]);
  const line = (fields: string[]) => fields.map((v) => csvCell(v, sep)).join(sep);
  return `\uFEFF${[head, ...rows].map(line).join("\r\n")}\r\n`;
};

export const renderMatchJson: MatchRenderer = (match) => `${JSON.stringify(match, null, 2)}\n`;

export const MATCH_RENDERERS = {
  table: renderMatchTable,
  json: renderMatchJson,
  markdown: renderMatchMarkdown,
  csv: renderMatchCsv,
  html: renderMatchHtml,
} satisfies Record<string, MatchRenderer>;
