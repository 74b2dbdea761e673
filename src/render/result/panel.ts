import type { ChalkInstance } from "chalk";
import { compactTable as frame } from "../compact-table.js";
import type { Messages } from "../../i18n/messages.js";
import type { Panel, Result } from "../../scoring/result.js";
import { escapeHtml as esc, escapeMarkdown as cell, markdownTable } from "../escape.js";
import { levelText } from "./focus.js";
import type { Formatter } from "../format.js";
import { scrollRegion } from "../html-parts.js";
import { levelBarsSvg } from "../charts/levels.js";
import { radarSvg } from "../charts/radar.js";

/*
 * The team sections of an aggregate result (docs/team.md) for every human format: who took part,
 * where people disagree, where groups differ. Only counts and medians: never a name or one answer.
 */

type PanelItem = Panel["items"][number];

const SPARK = " ▁▂▃▄▅▆▇█";

/** Level counts as a strip of bars, one character per level: "▁█▁█ "; "–" when too few gave a level to show them. */
export function spark(counts: Record<string, number>): string {
  const values = Object.values(counts);
  if (values.length === 0) return "–";
  const top = Math.max(1, ...values);
  return values.map((v) => (v === 0 ? "·" : SPARK[Math.max(1, Math.round((v / top) * 8))]!)).join("");
}

/** "1–3", or "–" when fewer than --min-group gave a level (the range would show their answers). */
function rangeText(item: PanelItem, f: Formatter): string {
  return item.min === null || item.max === null ? "–" : `${levelText(item.min, f)}–${levelText(item.max, f)}`;
}

export interface DisagreeRow {
  item: PanelItem;
  title: string;
}

export function disagreeRows(result: Result): DisagreeRow[] {
  const panel = result.panel!;
  const byId = new Map(panel.items.map((i) => [i.item, i]));
  const title = new Map(result.items.map((i) => [i.id, i.title]));
  return panel.disagreements.map((id) => ({ item: byId.get(id)!, title: title.get(id) ?? id }));
}

export interface GroupGapRow {
  title: string;
  medians: (number | null)[];
  difference: number;
  /** "marketing +2" (two groups), "marketing +2 over sales" (more): which group is higher, by how much. */
  higher: string;
}

export function groupGapRows(result: Result, t: Messages, f: Formatter): GroupGapRow[] {
  const panel = result.panel!;
  const title = new Map(result.items.map((i) => [i.id, i.title]));
  return panel.groupGaps.map((g) => {
    const shown = panel.groups.filter((gr) => g.medians[gr.id] !== undefined && g.medians[gr.id] !== null);
    const values = shown.map((gr) => g.medians[gr.id]!);
    const high = shown.filter((gr) => g.medians[gr.id] === Math.max(...values)).map((gr) => gr.id);
    const low = shown.filter((gr) => g.medians[gr.id] === Math.min(...values)).map((gr) => gr.id);
    const by = levelText(g.difference, f);
    return {
      title: title.get(g.item) ?? g.item,
      medians: panel.groups.map((gr) => g.medians[gr.id] ?? null),
      difference: g.difference,
      higher: panel.groups.length === 2 ? t.team.higher(high.join(", "), by) : t.team.higherThan(high.join(", "), by, low.join(", ")),
    };
  });
}

/** The terminal sections: "Where people disagree" and "Where groups differ". */
export function panelTable(result: Result, t: Messages, f: Formatter, c: ChalkInstance, width: number): string[] {
  const panel = result.panel;
  if (!panel) return [];
  const out: string[] = [];

  const title = c.bold(t.team.disagreeTitle);
  if (panel.respondents < 2) out.push(`${title}\n${t.team.disagreeNeedsTwo}`);
  else {
    const rows = disagreeRows(result);
    if (rows.length === 0) out.push(`${title}\n${t.team.disagreeNone}`);
    else {
      const all = [t.team.n, t.team.median, t.team.range, "rwg", "AD_Md", t.team.levels];
      const allFixed = all.map((h, i) => Math.max([...h].length + 2, [5, 8, 7, 6, 7, 9][i]!));
      const room = (fixed: number[]) => width - fixed.reduce((a, b) => a + b, 0) - fixed.length - 2;
      // On a narrow terminal the level strip goes first: the item names keep room for whole words (docs/reports.md#the-formats).
      const withLevels = room(allFixed) >= 16;
      const heads = withLevels ? all : all.slice(0, -1);
      const fixed = withLevels ? allFixed : allFixed.slice(0, -1);
      const name = Math.max(16, room(fixed));
      const table = frame(
        [name, ...fixed],
        [t.table.item, ...heads].map((h) => c.bold(h)),
      );
      for (const { item, title: itemTitle } of rows) {
        const cells = [itemTitle, String(item.n), levelText(item.median, f), rangeText(item, f), f.num2(item.rwg), f.num2(item.adMedian)];
        table.push(withLevels ? [...cells, spark(item.counts)] : cells);
      }
      out.push(`${title} — ${t.team.disagreeLead}\n${table.toString()}\n${c.dim(t.team.explain)}`);
    }
  }

  if (panel.by !== undefined) {
    const gTitle = c.bold(t.team.groupsTitle);
    if (panel.groups.length < 2)
      out.push(`${gTitle}\n${panel.groups.length === 0 ? t.team.groupsNoneShown(panel.minGroup) : t.team.groupsNone}`);
    else {
      const lines = panel.groups.map(
        (g) =>
          `  ${t.team.groupLine(g.id, g.respondents)}:` +
          ` ${t.table.maturity} ${f.index(g.maturityIndex)} · ${t.table.gapIndex} ${f.index(g.gapIndex)}`,
      );
      const rows = groupGapRows(result, t, f);
      let body = t.team.groupsNone;
      if (rows.length > 0) {
        const cells = rows.map((r) => [...r.medians.map((m) => levelText(m, f)), r.higher]);
        const heads = [...panel.groups.map((g) => g.id), t.team.higherHead];
        // The last column is as wide as its widest "marketing +2" (up to a third of the width).
        const last = heads.length - 1;
        const fixed = heads.map((h, k) =>
          k < last
            ? Math.min(16, Math.max([...h].length + 2, 7))
            : Math.min(Math.floor(width / 3), Math.max(...[h, ...cells.map((r) => r[k]!)].map((s) => [...s].length + 2))),
        );
        const name = Math.max(16, width - fixed.reduce((a, b) => a + b, 0) - heads.length - 2);
        const table = frame(
          [name, ...fixed],
          [t.table.item, ...heads].map((h) => c.bold(h)),
        );
        rows.forEach((r, k) => {
          table.push([r.title, ...cells[k]!]);
        });
        body = table.toString();
      }
      out.push(`${gTitle}\n${lines.join("\n")}\n${body}`);
    }
  }

  const noted = panel.items.filter((i) => i.notes && i.notes.length > 0);
  if (noted.length > 0) {
    const title2 = new Map(result.items.map((i) => [i.id, i.title]));
    out.push(
      [c.bold(t.team.notes), ...noted.flatMap((i) => [`  ${title2.get(i.item) ?? i.item}`, ...i.notes!.map((n) => `    – ${n}`)])].join(
        "\n",
      ),
    );
  }
  return out;
}

export function panelMarkdown(result: Result, t: Messages, f: Formatter): string[] {
  const panel = result.panel;
  if (!panel) return [];
  const out: string[] = ["", `## ${t.team.disagreeTitle}`, ""];
  if (panel.respondents < 2) out.push(t.team.disagreeNeedsTwo);
  else {
    const rows = disagreeRows(result);
    if (rows.length === 0) out.push(t.team.disagreeNone);
    else {
      out.push(t.team.disagreeLead, "");
      out.push(
        ...markdownTable(
          [t.table.item, t.team.n, t.team.median, t.team.range, "rwg", "AD_Md", t.team.levels],
          rows.map(({ item, title }) => [
            title,
            String(item.n),
            levelText(item.median, f),
            rangeText(item, f),
            f.num2(item.rwg),
            f.num2(item.adMedian),
            spark(item.counts),
          ]),
        ),
        "",
        `_${t.team.explain}_`,
      );
    }
  }
  if (panel.by !== undefined) {
    out.push("", `## ${t.team.groupsTitle}`, "");
    if (panel.groups.length < 2) out.push(panel.groups.length === 0 ? t.team.groupsNoneShown(panel.minGroup) : t.team.groupsNone);
    else {
      out.push(
        ...markdownTable(
          [t.team.groupIndexes, t.table.maturity, t.table.gapIndex],
          panel.groups.map((g) => [t.team.groupLine(g.id, g.respondents), f.index(g.maturityIndex), f.index(g.gapIndex)]),
        ),
        "",
      );
      const rows = groupGapRows(result, t, f);
      if (rows.length === 0) out.push(t.team.groupsNone);
      else
        out.push(
          ...markdownTable(
            [t.table.item, ...panel.groups.map((g) => g.id), t.team.higherHead],
            rows.map((r) => [r.title, ...r.medians.map((m) => levelText(m, f)), r.higher]),
          ),
        );
    }
  }
  const noted = panel.items.filter((i) => i.notes && i.notes.length > 0);
  if (noted.length > 0) {
    const title = new Map(result.items.map((i) => [i.id, i.title]));
    out.push("", `## ${t.team.notes}`, "");
    for (const i of noted) out.push(`**${cell(title.get(i.item) ?? i.item)}**`, "", ...i.notes!.map((n) => `- ${cell(n)}`), "");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTML (docs/team.md): the items that split the room, each with its distribution beside it; the
// groups compared (a radar with one line per shown group, the target and a scale, and the items
// where groups differ, naming the higher group); every item's distribution.

/** The groups' lines: apart from each other and from the target's grey dashes, each ≥ 3:1 on white. */
const GROUP_COLOURS = ["#1f5b8e", "#c0562b", "#2f7d4f", "#7a4fa3", "#8a5a00", "#2b7a87"];

/** An item's bars, or "–" where too few gave a level to show them (docs/team.md#anonymity). */
function levelBars(item: PanelItem, name: string, t: Messages, f: Formatter, min: number): string {
  const counts = Object.entries(item.counts)
    .map(([level, n]) => `${level}: ${n}`)
    .join(", ");
  const label = `${name} — ${t.team.levels} ${counts}; ${t.team.median} ${levelText(item.median, f)}`;
  const svg = levelBarsSvg({ item: item.item, counts: item.counts, median: item.median, min, split: item.disagreement, label });
  return svg || `<span class="muted">–</span>`;
}

export function panelHtml(result: Result, t: Messages, f: Formatter): string[] {
  const panel = result.panel;
  if (!panel) return [];
  const sections: string[] = [];
  const title = new Map(result.items.map((i) => [i.id, i.title]));
  const min = result.rubric.scale?.min ?? 0;

  // Disagreements first, each beside its distribution; then the groups; then every item.
  const disagree =
    panel.respondents < 2
      ? `<p class="muted">${esc(t.team.disagreeNeedsTwo)}</p>`
      : panel.disagreements.length === 0
        ? `<p class="muted">${esc(t.team.disagreeNone)}</p>`
        : `<p>${esc(t.team.disagreeLead)}</p><ol class="split-list">${disagreeRows(result)
            .map(
              ({ item, title: name }) =>
                `<li><div class="split-text"><b>${esc(name)}</b><span class="muted">` +
                `n ${item.n} · ${esc(t.team.median)} ${esc(levelText(item.median, f))} · ` +
                `${esc(t.team.range)} ${esc(rangeText(item, f))} · ` +
                `rwg ${esc(f.num2(item.rwg))} · AD_Md ${esc(f.num2(item.adMedian))}</span></div>` +
                `${levelBars(item, name, t, f, min)}</li>`,
            )
            .join("")}</ol><p class="kpi-note">${esc(t.team.explain)}</p>`;
  sections.push(`<section class="panel-disagree">\n<h2>${esc(t.team.disagreeTitle)}</h2>\n${disagree}\n</section>`);

  if (panel.by !== undefined) sections.push(groupsHtml(result, t, f));

  const rows = panel.items.map((i) => {
    const name = title.get(i.item) ?? i.item;
    const flag = i.disagreement ? `<span class="flag" title="${esc(t.team.disagreement)}">⚠</span>` : "";
    const notes = i.notes?.length ? `<ul class="panel-notes">${i.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>` : "";
    return (
      `<tr${i.disagreement ? ' class="split"' : ""}>` +
      `<td class="item-title">${flag}${esc(name)}${notes}</td><td class="lv-cell">${levelBars(i, name, t, f, min)}</td>` +
      `<td class="num">${i.n}</td>` +
      `<td class="num">${esc(levelText(i.median, f))}</td><td class="num">${esc(f.num2(i.rwg))}</td>` +
      `<td class="num">${esc(f.num2(i.adMedian))}</td><td class="num">${i.dontKnow}</td>` +
      `<td class="num">${i.notApplicable}</td></tr>`
    );
  });
  const head = [t.table.item, t.team.levels, t.team.n, t.team.median, "rwg", "AD_Md", t.team.dontKnow, "n/a"]
    .map((h, k) => `<th scope="col"${k >= 2 ? ' class="num"' : ""}>${esc(h)}</th>`)
    .join("");
  sections.push(
    `<section class="panel-dist">\n<h2>${esc(t.team.distribution)}</h2>\n` +
      `<p class="muted">${esc(t.team.distributionLead)}</p>` +
      scrollRegion(
        t.team.distribution,
        `<table class="items panel-items"><thead><tr>${head}</tr></thead><tbody>${rows.join("\n")}</tbody></table>`,
        esc,
      ) +
      "\n</section>",
  );
  return sections;
}

function groupsHtml(result: Result, t: Messages, f: Formatter): string {
  const panel = result.panel!;
  if (panel.groups.length < 2) {
    const why = panel.groups.length === 0 ? t.team.groupsNoneShown(panel.minGroup) : t.team.groupsNone;
    return `<section class="panel-groups">\n<h2>${esc(t.team.groupsTitle)}</h2>\n<p class="muted">${esc(why)}</p>\n</section>`;
  }
  const colour = (k: number) => GROUP_COLOURS[k % GROUP_COLOURS.length]!;
  const dims = result.dimensions;
  const groups = panel.groups.map((g, k) => {
    const current = new Map(g.dimensions.map((d) => [d.id, d.current]));
    return { id: g.id, colour: colour(k), values: dims.map((d) => current.get(d.id) ?? null) };
  });
  const max = result.rubric.scale?.max ?? 4;
  const common = {
    title: t.team.groupRadar,
    max,
    spokes: dims.map((d) => ({ id: d.id, label: d.title, current: null, target: d.target })),
    unansweredMark: t.prompt.dontKnow,
    currentName: t.table.current,
    targetName: t.table.target,
    num: (v: number) => (Number.isInteger(v) ? String(v) : f.num1(v)),
    groups,
    groupsMissing: (names: string[]) => t.team.radarMissing(names.join(", ")),
  };
  const wide = radarSvg({ ...common, id: "group-radar", size: "wide" });
  const compact = radarSvg({ ...common, id: "group-radar-compact", size: "compact" });
  const anyMissing = groups.some((g) => g.values.includes(null));
  const legend =
    `<ul class="group-legend">${panel.groups
      .map(
        (g, k) =>
          `<li><i class="sw sw-line" style="background:${colour(k)}"></i><b>${esc(t.team.groupLine(g.id, g.respondents))}</b> ` +
          `<span class="muted">${esc(t.table.maturity)} ${esc(f.index(g.maturityIndex))} · ` +
          `${esc(t.table.gapIndex)} ${esc(f.index(g.gapIndex))}</span></li>`,
      )
      .join("")}` +
    `<li><i class="sw sw-target"></i>${esc(t.table.target)}</li>` +
    `<li class="legend-scale">${esc(t.team.radarScale(String(result.rubric.scale?.min ?? 0), String(max)))}</li>` +
    `${anyMissing ? `<li class="legend-note">${esc(t.team.radarGap)}</li>` : ""}</ul>`;
  const rows = groupGapRows(result, t, f);
  const table =
    rows.length === 0
      ? `<p class="muted">${esc(t.team.groupsNone)}</p>`
      : scrollRegion(
          t.team.groupsTitle,
          `<table class="group-gaps"><thead><tr>` +
            `<th scope="col">${esc(t.table.item)}</th>` +
            `${panel.groups.map((g) => `<th scope="col" class="num">${esc(g.id)}</th>`).join("")}` +
            `<th scope="col">${esc(t.team.higherHead)}</th></tr></thead><tbody>${rows
              .map(
                (r) =>
                  `<tr><td class="item-title">${esc(r.title)}</td>` +
                  `${r.medians.map((m) => `<td class="num">${esc(levelText(m, f))}</td>`).join("")}` +
                  `<td class="higher"><b>${esc(r.higher)}</b></td></tr>`,
              )
              .join("")}</tbody></table>`,
          esc,
        );
  return (
    `<section class="panel-groups">\n<h2>${esc(t.team.groupsTitle)}</h2>\n<div class="radar-grid">` +
    `<figure class="chart-box"><div class="wide">${wide}</div><div class="compact">${compact}</div>${legend}</figure>` +
    `<div class="group-gaps-box">${table}</div></div>\n</section>`
  );
}
