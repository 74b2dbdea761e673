import Table from "cli-table3";
import type { FormatName } from "../../formats.js";
import type { Match } from "../../match/schema.js";
import { csvCell, escapeMarkdown as md, terminalSafe } from "../escape.js";
import { renderMatchHtml } from "./html.js";
import { matchText, type MatchRenderer, type MatchText } from "./text.js";

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
    const heads = [t.match.closesShare, t.match.ofPrioritiesShare, t.match.points];
    // A header wraps at its spaces (never inside a word), so the candidate column keeps its room at 60 columns.
    const fixed = heads.map((h) => Math.max(...h.split(" ").map((w) => [...w].length + 2), 8));
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

/** The match renderers, one for each of FORMATS (or no compile); `renderMatch` in render/render.ts picks from it. */
export const MATCH_RENDERERS = {
  table: renderMatchTable,
  json: renderMatchJson,
  markdown: renderMatchMarkdown,
  csv: renderMatchCsv,
  html: renderMatchHtml,
} satisfies Record<FormatName, MatchRenderer>;
