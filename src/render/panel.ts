import type { ChalkInstance } from "chalk";
import { compactTable as frame } from "./compact-table.js";
import type { Messages } from "../i18n/messages.js";
import type { Panel, Result } from "../scoring/result.js";
import { escapeHtml as esc, escapeMarkdown as cell } from "./escape.js";
import { levelText } from "./focus.js";
import type { Formatter } from "./format.js";
import { scrollRegion } from "./html-parts.js";

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

export function groupGapRows(result: Result): { title: string; medians: (number | null)[]; difference: number }[] {
  const panel = result.panel!;
  const title = new Map(result.items.map((i) => [i.id, i.title]));
  return panel.groupGaps.map((g) => ({
    title: title.get(g.item) ?? g.item,
    medians: panel.groups.map((gr) => g.medians[gr.id] ?? null),
    difference: g.difference,
  }));
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
      const rows = groupGapRows(result);
      let body = t.team.groupsNone;
      if (rows.length > 0) {
        const heads = [...panel.groups.map((g) => g.id), t.team.difference];
        const fixed = heads.map((h) => Math.min(16, Math.max([...h].length + 2, 7)));
        const name = Math.max(16, width - fixed.reduce((a, b) => a + b, 0) - heads.length - 2);
        const table = frame(
          [name, ...fixed],
          [t.table.item, ...heads].map((h) => c.bold(h)),
        );
        for (const r of rows) table.push([r.title, ...r.medians.map((m) => levelText(m, f)), levelText(r.difference, f)]);
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

function mdTable(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.map(cell).join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
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
        ...mdTable(
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
        ...mdTable(
          [t.team.groupIndexes, t.table.maturity, t.table.gapIndex],
          panel.groups.map((g) => [t.team.groupLine(g.id, g.respondents), f.index(g.maturityIndex), f.index(g.gapIndex)]),
        ),
        "",
      );
      const rows = groupGapRows(result);
      if (rows.length === 0) out.push(t.team.groupsNone);
      else
        out.push(
          ...mdTable(
            [t.table.item, ...panel.groups.map((g) => g.id), t.team.difference],
            rows.map((r) => [r.title, ...r.medians.map((m) => levelText(m, f)), levelText(r.difference, f)]),
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
// HTML: a level-distribution strip per item (disagreement marked), the group differences, and a
// radar with one line per shown group.

const GROUP_COLOURS = ["#1f5b8e", "#c0562b", "#2f7d4f", "#7a4fa3", "#a86a09", "#3b8c99"];

export function panelHtml(result: Result, t: Messages, f: Formatter): string[] {
  const panel = result.panel;
  if (!panel) return [];
  const sections: string[] = [];
  const title = new Map(result.items.map((i) => [i.id, i.title]));
  const { min: lo, max: hi } = result.rubric.scale ?? { min: 0, max: 4 };

  // Disagreements first, then the distribution of every item.
  const disagree =
    panel.respondents < 2
      ? `<p class="muted">${esc(t.team.disagreeNeedsTwo)}</p>`
      : panel.disagreements.length === 0
        ? `<p class="muted">${esc(t.team.disagreeNone)}</p>`
        : `<p>${esc(t.team.disagreeLead)}</p><ol class="disagree-list">${disagreeRows(result)
            .map(
              ({ item, title: name }) =>
                `<li><b>${esc(name)}</b> <span class="muted">` +
                `n ${item.n} · ${esc(t.team.median)} ${esc(levelText(item.median, f))} · ` +
                `${esc(t.team.range)} ${esc(rangeText(item, f))} · ` +
                `rwg ${esc(f.num2(item.rwg))} · AD_Md ${esc(f.num2(item.adMedian))}</span></li>`,
            )
            .join("")}</ol><p class="kpi-note">${esc(t.team.explain)}</p>`;
  sections.push(`<section class="panel-disagree">\n<h2>${esc(t.team.disagreeTitle)}</h2>\n${disagree}\n</section>`);

  if (panel.by !== undefined) sections.push(groupsHtml(result, t, f));

  const rows = panel.items.map((i) => {
    const top = Math.max(1, ...Object.values(i.counts));
    const bars = Object.entries(i.counts)
      .map(
        ([level, n]) =>
          `<span class="lv" title="${esc(level)}: ${n}"><i style="height:${Math.round((n / top) * 100)}%"></i>` +
          `<em>${esc(level)}</em></span>`,
      )
      .join("");
    const median =
      i.median === null
        ? ""
        : `<b class="med" style="left:${(((i.median - lo + 0.5) / (hi - lo + 1)) * 100).toFixed(2)}%" aria-hidden="true">●</b>`;
    const flag = i.disagreement ? `<span class="flag" title="${esc(t.team.disagreement)}">⚠</span>` : "";
    const notes = i.notes?.length ? `<ul class="panel-notes">${i.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>` : "";
    return (
      `<tr class="${i.disagreement ? "split" : ""}">` +
      `<td class="item-title">${flag}${esc(title.get(i.item) ?? i.item)}${notes}</td><td>` +
      `<span class="strip">${bars}${median}</span></td><td class="num">${i.n}</td>` +
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
  const legend = panel.groups
    .map(
      (g, k) =>
        `<span><i class="sw" style="background:${GROUP_COLOURS[k % GROUP_COLOURS.length]}"></i>` +
        `${esc(t.team.groupLine(g.id, g.respondents))} · ${esc(t.table.maturity)} ${esc(f.index(g.maturityIndex))} · ` +
        `${esc(t.table.gapIndex)} ${esc(f.index(g.gapIndex))}</span>`,
    )
    .join("");
  const rows = groupGapRows(result);
  const table =
    rows.length === 0
      ? `<p class="muted">${esc(t.team.groupsNone)}</p>`
      : `<table class="group-gaps"><thead><tr>` +
        `<th scope="col">${esc(t.table.item)}</th>` +
        `${panel.groups.map((g) => `<th scope="col" class="num">${esc(g.id)}</th>`).join("")}` +
        `<th scope="col" class="num">${esc(t.team.difference)}</th></tr></thead><tbody>${rows
          .map(
            (r) =>
              `<tr><td class="item-title">${esc(r.title)}</td>` +
              `${r.medians.map((m) => `<td class="num">${esc(levelText(m, f))}</td>`).join("")}` +
              `<td class="num"><b>${esc(levelText(r.difference, f))}</b></td></tr>`,
          )
          .join("")}</tbody></table>`;
  const chart = groupRadar(result, t);
  const key = `<ol class="dim-key">${result.dimensions.map((d) => `<li>${esc(d.title)}</li>`).join("")}</ol>`;
  return (
    `<section class="panel-groups">\n<h2>${esc(t.team.groupsTitle)}</h2>\n<div class="panel-grid">` +
    `<figure class="chart-box">${chart}<p class="legend">${legend}</p>${key}</figure>` +
    `${scrollRegion(t.team.groupsTitle, table, esc)}</div>\n</section>`
  );
}

/** One closed line per shown group over the dimensions' current levels. */
function groupRadar(result: Result, t: Messages): string {
  const panel = result.panel!;
  const dims = result.dimensions;
  const n = dims.length;
  const max = result.rubric.scale?.max ?? 4;
  const R = 130;
  const c = (v: number) => String(Math.round(v * 100) / 100 || 0);
  const at = (i: number, v: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    const r = (R * Math.max(0, Math.min(max, v))) / max;
    return `${c(r * Math.cos(a))},${c(r * Math.sin(a))}`;
  };
  const out: string[] = [];
  for (let level = 1; level <= max; level++)
    out.push(`<polygon points="${dims.map((_, i) => at(i, level)).join(" ")}" fill="none" stroke="#e1e5eb"/>`);
  dims.forEach((d, i) => {
    out.push(`<line x1="0" y1="0" x2="${at(i, max).split(",")[0]}" y2="${at(i, max).split(",")[1]}" stroke="#e1e5eb"/>`);
    const [x, y] = at(i, max + 0.45)
      .split(",")
      .map(Number) as [number, number];
    out.push(
      `<text x="${c(x)}" y="${c(y)}" font-size="12" text-anchor="middle" dominant-baseline="middle" ` +
        `fill="#5d6878">${i + 1}<title>${esc(d.title)}</title></text>`,
    );
  });
  panel.groups.forEach((g, k) => {
    const colour = GROUP_COLOURS[k % GROUP_COLOURS.length];
    const current = new Map(g.dimensions.map((d) => [d.id, d.current ?? 0]));
    out.push(
      `<polygon points="${dims.map((d, i) => at(i, current.get(d.id) ?? 0)).join(" ")}" fill="none" ` +
        `stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"><title>${esc(g.id)}</title>` +
        `</polygon>`,
    );
  });
  const size = R + 40;
  return (
    `<svg class="group-radar" viewBox="${-size} ${-size} ${2 * size} ${2 * size}" role="img" ` +
    `aria-label="${esc(t.team.groupRadar)}" width="100%" ` +
    `style="max-width:380px">${out.join("")}</svg>`
  );
}

export const PANEL_CSS = `
.panel-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:28px;align-items:start}
@media (max-width:760px){.panel-grid{grid-template-columns:minmax(0,1fr)}}
.group-radar{display:block;margin:0 auto}
.group-gaps{font-size:13px}.group-gaps th,.group-gaps td{padding:6px 8px;border-bottom:1px solid var(--line)}
.dim-key{columns:2;font-size:12px;color:var(--muted);margin:8px 0 0;padding-left:22px}
.disagree-list{margin:0 0 8px;padding-left:22px}.disagree-list li{margin:0 0 4px}
.panel-items td{vertical-align:middle}
.strip{position:relative;display:inline-flex;gap:3px;align-items:flex-end;height:34px;padding-bottom:14px}
.lv{position:relative;display:inline-flex;align-items:flex-end;width:16px;height:20px;background:var(--soft);border-radius:2px}
.lv i{display:block;width:100%;background:var(--accent-mid);border-radius:2px}
.lv em{position:absolute;bottom:-14px;left:0;right:0;text-align:center;font-size:10px;font-style:normal;color:var(--faint)}
.split .lv i{background:var(--high)}
.med{position:absolute;top:-10px;font-size:9px;color:var(--ink);transform:translateX(-50%)}
.flag{color:var(--high);margin-right:6px}
.panel-notes{margin:4px 0 0;padding-left:18px;color:var(--muted);font-size:12.5px}
`;
