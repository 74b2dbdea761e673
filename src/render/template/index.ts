import { META_ROWS } from "../../answers/csv.js";
import { isLang, messagesFor, type Lang } from "../../i18n/messages.js";
import { itemTitle, textResolver, type Rubric } from "../../model/rubric.js";
import type { TemplateFormat } from "../../formats.js";
import { PRINT_CSS } from "../css/index.js";
import { csvCell, escapeHtml as esc, escapeMarkdown as md } from "../escape.js";
import { templateGforms } from "./gforms.js";

/*
 * The blank questionnaire of `gapcheck template` (docs/collecting-answers.md), in one language: a CSV sheet that
 * `assess --answers` and `aggregate` read back, and Markdown and printable HTML for interviews.
 */

export type { TemplateFormat } from "../../formats.js";

/** Level anchors of an item: its own where it has them, else the scale's labels. */
function guide(rubric: Rubric, lang: string, itemId: string): { level: number; label: string; anchor: string }[] {
  const text = textResolver(rubric, lang);
  const item = rubric.itemById.get(itemId)!.item;
  const { min, max, levels } = rubric.data.scale;
  const out = [];
  for (let level = min; level <= max; level++)
    out.push({ level, label: text(levels[String(level)]), anchor: text(item.levels?.[String(level)]) });
  return out;
}

function langOf(rubric: Rubric, lang: string): Lang {
  return isLang(lang) ? lang : isLang(rubric.defaultLocale) ? rubric.defaultLocale : "en";
}

/** The template formats rendered here; `form`, the workshop's offline page, is serve/form.ts's. */
export type SheetFormat = Exclude<TemplateFormat, "form">;

/** The template's renderers by format: a format added to TEMPLATE_FORMATS without one here (or in serve/) does not compile. */
const TEMPLATE_RENDERERS = {
  csv: templateCsv,
  markdown: templateMarkdown,
  html: templateHtml,
  gforms: (rubric, locale) => templateGforms(rubric, langOf(rubric, locale), locale),
} satisfies Record<SheetFormat, (rubric: Rubric, locale: string) => string>;

/** The blank questionnaire of a rubric in one language and format (`gapcheck template`). Pure. */
export function renderTemplate(rubric: Rubric, locale: string, format: SheetFormat): string {
  return TEMPLATE_RENDERERS[format](rubric, locale);
}

/** One row per item (after the rubric and optional respondent rows); `;` in sv and nb, as Excel there expects. */
function templateCsv(rubric: Rubric, locale: string): string {
  const lang = langOf(rubric, locale);
  const t = messagesFor(lang);
  const text = textResolver(rubric, locale);
  const sep = lang === "en" ? "," : ";";
  const head = ["id", t.template.itemTitle, t.template.question, t.template.guide, t.template.answer, t.template.note];
  const meta: Record<(typeof META_ROWS)[number], [string, string]> = {
    rubric: [t.template.rubricRow, rubric.data.id],
    "respondent.name": [t.template.name, ""],
    "respondent.role": [t.template.role, ""],
    "respondent.group": [t.template.group, ""],
  };
  const rows: string[][] = META_ROWS.map((id) => [id, meta[id][0], id === "rubric" ? t.template.csvIntro : "", "", meta[id][1], ""]);
  for (const { item } of rubric.items) {
    const lines = guide(rubric, locale, item.id).map((g) => `${g.level} = ${g.label}${g.anchor ? `: ${g.anchor}` : ""}`);
    rows.push([item.id, text(itemTitle(item)), text(item.text), lines.join("\n"), "", ""]);
  }
  return `\uFEFF${[head, ...rows].map((r) => r.map((v) => csvCell(v, sep)).join(sep)).join("\r\n")}\r\n`;
}

function templateMarkdown(rubric: Rubric, locale: string): string {
  const t = messagesFor(langOf(rubric, locale));
  const text = textResolver(rubric, locale);
  const { min, max } = rubric.data.scale;
  const out = [
    `# ${md(text(rubric.data.title))} — ${md(t.template.title)}`,
    "",
    `**${md(t.questionnaire.pickHighest)}**`,
    "",
    md(t.template.intro(text(rubric.data.title), min, max)),
    "",
  ];
  out.push(`## ${md(t.template.respondent)}`, "", `- ${md(t.template.role)}: ________`, `- ${md(t.template.group)}: ________`, "");
  let n = 0;
  for (const d of rubric.data.dimensions) {
    out.push(`## ${md(text(d.title))}`, "");
    for (const item of d.items) {
      n++;
      out.push(`### ${n}. ${md(text(itemTitle(item)))} \`${item.id}\``, "", md(text(item.text)), "");
      for (const g of guide(rubric, locale, item.id))
        out.push(`- [ ] **${g.level} · ${md(g.label)}**${g.anchor ? ` — ${md(g.anchor)}` : ""}`);
      out.push(`- [ ] ${md(t.template.dontKnow)}`, `- [ ] ${md(t.template.notApplicable)}`, "", `${md(t.template.note)}: ________`, "");
    }
  }
  return `${out.join("\n")}\n`;
}

/*
 * The printable questionnaire (docs/collecting-answers.md, docs/reports.md#pages-to-trust): the
 * terminal's rule first ("the highest level whose description fully holds"), then one card per
 * item. A level's label never wraps and every description starts at the same x: the level rows of
 * all items share one grid (the labels are the scale's, the same for every item). On paper: A4,
 * page numbers, each item whole on one page, a heading kept with its first item, a compact layout
 * that fits several items a page.
 */
function templateHtml(rubric: Rubric, locale: string): string {
  const t = messagesFor(langOf(rubric, locale));
  const text = textResolver(rubric, locale);
  const { min, max } = rubric.data.scale;
  const body: string[] = [];
  let n = 0;
  for (const d of rubric.data.dimensions) {
    body.push(`<section><h2>${esc(text(d.title))}</h2>`);
    d.items.forEach((item, k) => {
      n++;
      const options = guide(rubric, locale, item.id)
        .map(
          (g) =>
            `<li><span class="box"></span><b>${g.level} · ${esc(g.label)}</b>` +
            `<span class="anchor">${g.anchor ? esc(g.anchor) : ""}</span></li>`,
        )
        .join("");
      const extra =
        `<p class="extra"><span><span class="box"></span>${esc(t.template.dontKnow)}</span>` +
        `<span><span class="box"></span>${esc(t.template.notApplicable)}</span>` +
        `<span class="note">${esc(t.template.note)}:</span></p>`;
      const card =
        `<article class="item"><h3>${n}. ${esc(text(itemTitle(item)))} <code>${esc(item.id)}</code></h3>` +
        `<p class="q">${esc(text(item.text))}</p><ul class="levels">${options}</ul>${extra}</article>`;
      // The heading and the first item print as one block: a heading never ends a page alone.
      body.push(k === 0 ? `<div class="opening">${card}</div>` : card);
    });
    body.push("</section>");
  }
  const title = `${text(rubric.data.title)} — ${t.template.title}`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${esc(locale)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title><style>${CSS}${PRINT_CSS}</style></head>`,
    '<body><main class="page">',
    `<header><h1>${esc(title)}</h1><p class="rule">${esc(t.questionnaire.pickHighest)}</p>` +
      `<p>${esc(t.template.intro(text(rubric.data.title), min, max))}</p>`,
    `<dl class="who"><div><dt>${esc(t.template.role)}</dt><dd></dd></div><div>` +
      `<dt>${esc(t.template.group)}</dt><dd></dd></div></dl></header>`,
    ...body,
    "</main></body></html>",
    "",
  ].join("\n");
}

const CSS = `body{margin:0;color:#1c2430;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.page{max-width:860px;margin:0 auto;padding:32px 28px}
h1{font-size:24px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #1f5b8e;padding-bottom:4px}
h3{font-size:15px;margin:0 0 4px}code{font-size:11px;color:#5d6878;font-weight:400}
.rule{font-weight:600;border-left:4px solid #1f5b8e;padding:2px 0 2px 10px}
.who{display:flex;gap:32px;margin:16px 0 0}.who div{flex:1}.who dt{font-size:12px;color:#5d6878}.who dd{margin:4px 0 0;\
border-bottom:1px solid #5d6878;height:22px}
.item{break-inside:avoid;border:1px solid #d5dbe3;border-radius:8px;padding:12px 14px;margin:0 0 12px}
.q{margin:0 0 8px}
.levels{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:13px max-content minmax(0,1fr);column-gap:8px;row-gap:5px}
.levels li{display:grid;grid-column:1/-1;grid-template-columns:subgrid;align-items:baseline}
.box{display:inline-block;flex:none;width:13px;height:13px;border:1.5px solid #1c2430;border-radius:3px;box-sizing:border-box;\
position:relative;top:2px}
.levels b{white-space:nowrap}.anchor{color:#4a5565;min-width:0;overflow-wrap:anywhere}
.extra{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 22px;margin:8px 0 0;color:#4a5565;font-style:italic}
.extra>span{display:inline-flex;gap:8px;align-items:baseline}
.extra .note{flex:1 1 12em;font-style:normal;font-size:12px;border-bottom:1px solid #5d6878;padding-bottom:2px}
@media screen and (max-width:600px){.page{padding:20px 16px}.item{padding:10px 12px}
.levels{grid-template-columns:13px minmax(0,1fr);row-gap:8px}.levels li{grid-template-columns:subgrid}
.levels b{grid-column:2}.levels .anchor{grid-column:2}}
@media print{body{font-size:9pt;line-height:1.35}.page{padding:0;max-width:none}h1{font-size:16pt}
h2{font-size:12pt;margin:14px 0 6px}h3{font-size:10pt}.rule,header p{margin:4px 0}.who{margin-top:8px}
.item{border:0;border-top:1px solid #bbb;border-radius:0;padding:6px 0 4px;margin:0 0 6px}
.q{margin:0 0 4px}.levels{row-gap:2px}.box{width:10px;height:10px;top:1px;border-width:1.2px}
.levels{grid-template-columns:10px max-content minmax(0,1fr)}.extra{margin-top:4px}
.opening{break-inside:avoid}}`;
