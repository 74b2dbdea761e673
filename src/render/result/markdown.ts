import { langOf, type Messages, messagesFor } from "../../i18n/messages.js";
import type { Result } from "../../scoring/result.js";
import { escapeMarkdown as cell, markdownTable } from "../escape.js";
import { allItemsHead, focusHeadline, focusSplit, levelText, notApplicableItems, planSections, pointsText, riskStatus } from "./focus.js";
import { type Formatter, formatter } from "../format.js";
import { panelMarkdown } from "./panel.js";
import type { Renderer } from "../types.js";

/** Markdown tables with the same content as the terminal report, to paste into a ticket or a wiki. */
export const renderMarkdown: Renderer = (result) => {
  const lang = langOf(result.locale);
  const t = messagesFor(lang);
  const f = formatter(lang);
  const out = [
    ...headline(result, t, f),
    ...risks(result, t, f),
    ...priorities(result, t, f),
    ...panelMarkdown(result, t, f),
    ...dimensions(result, t, f),
    ...unknowns(result, t, f),
    ...allItems(result, t, f),
    "",
    `_${t.report.footer(result.rubric.id, result.rubric.version)}_`,
  ];
  return `${out.join("\n")}\n`;
};

/** The title, who answered, and the three headline numbers. */
function headline(result: Result, t: Messages, f: Formatter): string[] {
  const s = result.summary;
  const out: string[] = [`# ${cell(result.rubric.title)} ${result.rubric.version}`, ""];

  const who = [`**${t.table.profile}:** ${cell(result.profile.title)}`];
  const r = result.respondent;
  if (r && (r.name || r.role || r.organisation))
    who.push(`**${t.table.respondent}:** ${cell([r.name, r.role, r.organisation].filter(Boolean).join(", "))}`);
  if (result.panel) who.push(`**${t.team.team}:** ${t.team.respondents(result.panel.respondents, result.panel.files)}`);
  if (result.date) who.push(`**${t.report.date}:** ${result.date.slice(0, 10)}`);
  out.push(who.join(" · "), "");
  out.push(
    ...markdownTable(
      [t.table.maturity, t.table.gapIndex, t.table.coverage],
      [
        [
          f.index(s.maturityIndex),
          `${f.index(s.gapIndex)} (${t.table.gapRange(f.index(s.gapIndexRange[0]), f.index(s.gapIndexRange[1]))})`,
          t.table.coverageValue(s.answered, s.items - s.notApplicable) +
            (s.notApplicable ? ` (${t.priorities.notApplicableCount(s.notApplicable)})` : ""),
        ],
      ],
    ),
  );

  return out;
}

/** The legal and ethical risks first, and a word when the numbers rest on little data. */
function risks(result: Result, t: Messages, f: Formatter): string[] {
  const out: string[] = [];
  const s = result.summary;
  if (result.risks.length) {
    out.push("", `## ⚠ ${t.priorities.risks}`, "");
    for (const r of result.risks)
      out.push(`- **${cell(r.title)}**: ${cell(riskStatus(r, t, f))}. ${cell(r.reason)}  `, `  ${t.report.action}: ${cell(r.action)}`);
  }

  // Under 60 % answered, the numbers above rest on little data: say so in the headline.
  if (s.coverage < 0.6) out.push("", `**${t.report.indicative(s.answered, s.items)}**`);

  return out;
}

/** The 80/20 list: the focus priorities in full, the rest as a table, then the plan. */
function priorities(result: Result, t: Messages, f: Formatter): string[] {
  const out: string[] = [];
  const s = result.summary;
  out.push("", `## ${t.table.priorities}`, "");
  const sentence = focusHeadline(result, t, f);
  if (sentence === null) out.push(s.answered === 0 ? t.report.nothingAnswered : t.table.noGaps);
  else {
    const { focus, rest } = focusSplit(result);
    out.push(sentence, "", `### ${t.priorities.focusHeading(focus.length)}`, "");
    for (const p of focus) {
      out.push(
        `${p.rank}. **${cell(p.title)}** (${levelText(p.current, f)} → ${levelText(p.target, f)},` +
          ` ${t.priorities.effortValue(p.effort)}): ${t.priorities.lowers(pointsText(p.points, f))}.  `,
        `   ${t.report.action}: ${cell(p.action)}`,
      );
    }
    if (rest.length) {
      out.push("", `### ${t.priorities.rest(rest.length)}`, "");
      out.push(
        ...markdownTable(
          [t.table.rank, t.table.item, t.table.nowTarget, t.priorities.points, t.table.effort],
          rest.map((p) => [
            String(p.rank),
            p.title,
            `${levelText(p.current, f)} → ${levelText(p.target, f)}`,
            pointsText(p.points, f),
            String(p.effort),
          ]),
        ),
      );
    }
    out.push("", `## ${t.priorities.plan}`);
    const rank = new Map(result.priorities.map((p) => [p.item, p.rank]));
    for (const section of planSections(result, t)) {
      out.push("", `### ${section.title}`, "");
      if (section.entries.length === 0) out.push(`_${t.priorities.nothing}_`);
      for (const e of section.entries)
        out.push(
          `- **${cell(e.title)}** ` +
            `(${rank.has(e.item) ? `#${rank.get(e.item)}, ` : ""}${t.priorities.pointsShort(pointsText(e.points, f))},` +
            ` ${t.priorities.effortValue(e.effort)}): ${cell(e.action)}`,
        );
    }
  }

  return out;
}

/** Each dimension, the group poles and the gap patterns (tags). */
function dimensions(result: Result, t: Messages, f: Formatter): string[] {
  const out: string[] = [];
  const s = result.summary;
  out.push("", `## ${t.report.dimensions}`, "");
  const groupTitle = new Map(s.groups.map((g) => [g.id, g.title]));
  out.push(
    ...markdownTable(
      [t.table.dimension, t.table.current, t.table.target, t.table.gapOfScale, t.table.shareOfGap],
      result.dimensions.map((d) => [
        `${d.title} (${groupTitle.get(d.group) ?? d.group})`,
        f.num1(d.current),
        f.num1(d.target),
        f.percent(d.gap),
        f.percent(d.share),
      ]),
    ),
  );

  for (const g of s.groups.filter((x) => x.poles)) {
    out.push(
      "",
      `## ${t.table.poles(g.title)}`,
      "",
      `${cell(g.poles!.low)} ← **${f.index(g.maturityIndex)}** / 100 → ${cell(g.poles!.high)}`,
    );
  }

  if (result.tags.length) {
    out.push("", `## ${t.report.tags}`, "");
    const tags = [...result.tags].sort((a, b) => b.share - a.share);
    out.push(
      ...markdownTable(
        [t.report.tag, t.table.gapIndex, t.table.share],
        tags.map((g) => [g.title, f.index(g.gapIndex), f.percent(g.share)]),
      ),
    );
  }

  return out;
}

/** What "don't know" could hide, and what does not apply. */
function unknowns(result: Result, t: Messages, f: Formatter): string[] {
  const out: string[] = [];
  if (result.unanswered.length) {
    const dimTitle = new Map(result.dimensions.map((d) => [d.id, d.title]));
    out.push(
      "",
      `## ${t.table.unknowns}`,
      "",
      ...result.unanswered.map(
        (u) =>
          `- ${cell(u.title)} ` +
          `(${cell(dimTitle.get(u.dimension) ?? u.dimension)}):` +
          ` ${t.priorities.potentialPoints(pointsText(u.potentialPoints, f))}`,
      ),
    );
  }
  const na = notApplicableItems(result);
  if (na.length) {
    const dimTitle = new Map(result.dimensions.map((d) => [d.id, d.title]));
    out.push(
      "",
      `## ${t.priorities.notApplicableList}`,
      "",
      ...na.map((i) => `- ${cell(i.title)} (${cell(dimTitle.get(i.dimension) ?? i.dimension)})`),
    );
  }

  return out;
}

/** Every item with its answer, target, gap and rank. */
function allItems(result: Result, t: Messages, f: Formatter): string[] {
  const out: string[] = [];
  out.push("", `## ${t.report.allItems}`, "");
  const rank = new Map(result.priorities.map((p) => [p.item, p.rank]));
  const dimTitle = new Map(result.dimensions.map((d) => [d.id, d.title]));
  out.push(
    ...markdownTable(
      allItemsHead(t),
      result.items.map((i) => [
        dimTitle.get(i.dimension) ?? i.dimension,
        i.title,
        i.answer === null ? t.prompt.dontKnow : i.answer === "na" ? t.priorities.notApplicable : levelText(i.answer, f),
        String(i.target),
        f.percent(i.gap),
        i.points === null ? "–" : pointsText(i.points, f),
        rank.has(i.id) ? String(rank.get(i.id)) : "",
        i.note ?? "",
      ]),
    ),
  );
  return out;
}
