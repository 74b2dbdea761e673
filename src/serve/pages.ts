import { createHash } from "node:crypto";
import { renderSVG } from "uqr";
import { LANGS, messagesFor, type Messages } from "../i18n/messages.js";
import { itemTitle, textResolver, type Rubric } from "../model/rubric.js";
import type { ProfileFile } from "../model/schema.js";
import { escapeHtml as esc } from "../render/escape.js";
import { FACILITATOR_SCRIPT } from "./client-facilitator.js";
import { PARTICIPANT_SCRIPT } from "./client-participant.js";

/*
 * The workshop's pages, each one self-contained HTML document: no external resource, and a
 * Content-Security-Policy that allows only its own script and style, by hash (docs/workshop-server.md#security).
 */

export interface Page {
  html: string;
  csp: string;
}

export interface Pages {
  participant(): Page;
  facilitator(): Page;
  code(wrong: boolean): Page;
}

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const STYLE = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#4a5360;--line:#c4cad3;--accent:#0b5cad;--bg:#fff;--soft:#f2f5f9;--bad:#a4161a}
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
#app,.wrap{max-width:40rem;margin:0 auto;padding:0.75rem 1rem 6rem}
.top{display:flex;justify-content:space-between;align-items:center;gap:0.5rem;flex-wrap:wrap;border-bottom:1px solid var(--line);
padding-bottom:0.5rem}
.title{font-weight:600;margin:0}
.langs{display:flex;align-items:center;gap:0.4rem}
select,textarea,input[type=text]{font:inherit;border:1px solid var(--muted);border-radius:0.35rem;padding:0.4rem;background:#fff;
color:var(--ink)}
textarea{width:100%}
h1{font-size:1.35rem;line-height:1.3;margin:0.6rem 0}
h1:focus{outline:none}
fieldset{border:0;padding:0;margin:0.8rem 0}
legend{font-weight:600;margin-bottom:0.4rem}
legend .rule{display:block;font-weight:400;color:var(--muted)}
.rule{color:var(--muted)}
.choice{display:flex;gap:0.6rem;align-items:flex-start;border:1px solid var(--line);border-radius:0.5rem;padding:0.7rem;margin:0.4rem 0;
cursor:pointer;min-height:2.75rem}
.choice:has(input:checked){border-color:var(--accent);background:var(--soft)}
.choice input{margin-top:0.3rem;width:1.2rem;height:1.2rem;flex:none}
.choice .label{display:flex;flex-direction:column}
.anchor{color:var(--muted)}
.other{background:#fafafa}
.progress,.dimension{margin:0.4rem 0 0;color:var(--muted);font-size:0.95rem}
progress{width:100%;height:0.5rem}
.note-label{display:block;margin-top:0.6rem;font-weight:600}
.nav{display:flex;justify-content:space-between;gap:0.75rem;margin-top:1rem}
button{font:inherit;padding:0.65rem 1.1rem;border-radius:0.5rem;border:1px solid var(--accent);background:#fff;color:var(--accent);
min-height:2.75rem;cursor:pointer}
button.primary{background:var(--accent);color:#fff}
button:disabled{opacity:0.6;cursor:default}
button.link{border:0;text-decoration:underline;padding:0.3rem;min-height:auto}
:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.review{padding-left:1.4rem}
.review li{margin:0.45rem 0}
.review .item{display:block;font-weight:600}
.review .answer{color:var(--muted);margin-right:0.5rem}
.status{min-height:1.5rem;margin:0.75rem 0}
.alert{color:var(--bad);font-weight:600}
.muted{color:var(--muted)}
.board{max-width:70rem;margin:0 auto;padding:1rem}
.join{display:grid;grid-template-columns:minmax(12rem,22rem) 1fr;gap:1.5rem;align-items:center}
.join svg{width:100%;height:auto}
.code{font-size:clamp(2.5rem,8vw,5.5rem);font-weight:700;letter-spacing:0.15em;margin:0}
.address{font-size:1.3rem;word-break:break-all}
.count{font-size:2rem;font-weight:700;margin:0.5rem 0}
.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:1rem}
.card{border:2px solid var(--bad);border-radius:0.6rem;padding:0.8rem}
.card h3{margin:0 0 0.3rem;font-size:1.1rem}
.dist{list-style:none;padding:0;margin:0}
.dist li{display:grid;grid-template-columns:1.5rem 1fr 2rem;gap:0.4rem;align-items:center}
.track{background:var(--soft);height:1rem;border-radius:0.2rem}
.bar{display:block;height:1rem;background:var(--accent);border-radius:0.2rem}
.controls{display:flex;gap:0.75rem;flex-wrap:wrap;margin:1rem 0}
.downloads a{margin-right:1rem}
@media (max-width:40rem){.join{grid-template-columns:1fr}}
`;

function htmlDocument(lang: string, title: string, body: string, script: string | undefined, data: unknown, connect: boolean): Page {
  const json = data === undefined ? "" : JSON.stringify(data).replace(/</g, "\\u003c");
  const csp = [
    "default-src 'none'",
    script ? `script-src ${hash(script)}` : "",
    `style-src ${hash(STYLE)}`,
    connect ? "connect-src 'self'" : "",
    "img-src data:",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ]
    .filter(Boolean)
    .join("; ");
  const html =
    `<!doctype html>\n<html lang="${esc(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="referrer" content="no-referrer">\n` +
    `<title>${esc(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body}\n` +
    (data === undefined ? "" : `<script type="application/json" id="gapcheck-data">${json}</script>\n`) +
    (script ? `<script>${script}</script>\n` : "") +
    "</body>\n</html>\n";
  return { html, csp };
}

/** Everything the questionnaire shows, in every language (the page switches without a request). */
export function questionnaireData(
  rubric: Rubric,
  profile: ProfileFile,
  o: { session: string; title: string; groups: string[]; lang: string; mode: "serve" | "form" },
) {
  const excluded = new Set(profile.exclude ?? []);
  const { min, max, levels } = rubric.data.scale;
  const texts: Record<string, unknown> = {};
  const items: Record<string, unknown> = {};
  const scaleLabels: Record<string, Record<string, string>> = {};
  for (const lang of LANGS) {
    texts[lang] = messagesFor(lang).serve.page;
    const text = textResolver(rubric, lang);
    scaleLabels[lang] = {};
    for (let l = min; l <= max; l++) scaleLabels[lang]![String(l)] = text(levels[String(l)]);
    items[lang] = rubric.items
      .filter(({ item }) => !excluded.has(item.id))
      .map(({ item, dimension }) => {
        const guide = [];
        for (let l = max; l >= min; l--) guide.push({ level: l, label: text(levels[String(l)]), anchor: text(item.levels?.[String(l)]) });
        return { id: item.id, dimension: text(dimension.title), title: text(itemTitle(item)), question: text(item.text), levels: guide };
      });
  }
  return {
    mode: o.mode,
    session: o.session,
    title: o.title,
    groups: o.groups,
    defaultLang: (LANGS as readonly string[]).includes(o.lang) ? o.lang : "en",
    rubric: { id: rubric.data.id, version: rubric.data.version },
    profile: profile.id,
    scale: { min, max },
    scaleLabels,
    texts,
    items,
  };
}

export function questionnairePage(data: ReturnType<typeof questionnaireData>): Page {
  const t = messagesFor(data.defaultLang).serve.page;
  const body =
    `<div id="app"><noscript><p>${esc(t.noScript)}</p></noscript></div>\n` +
    `<div class="wrap"><p id="status" class="status" role="status" aria-live="polite"></p></div>`;
  return htmlDocument(data.defaultLang, data.title || t.title, body, PARTICIPANT_SCRIPT, data, data.mode === "serve");
}

export interface PagesSetup {
  rubric: Rubric;
  profile: ProfileFile;
  session: string;
  title: string;
  groups: string[];
  lang: string;
  code: string;
  /** The participant link (in the QR code) and the address where the code is typed. */
  participantUrl: string;
  codeUrl: string;
}

/** The three pages of a running workshop, built once (they do not change while it runs). */
export function workshopPages(s: PagesSetup): Pages {
  const participant = questionnairePage(
    questionnaireData(s.rubric, s.profile, { session: s.session, title: s.title, groups: s.groups, lang: s.lang, mode: "serve" }),
  );
  const facilitator = facilitatorPage(s);
  const codes = [codePage(s.lang, false), codePage(s.lang, true)] as const;
  return { participant: () => participant, facilitator: () => facilitator, code: (wrong) => codes[wrong ? 1 : 0] };
}

function facilitatorPage(s: PagesSetup): Page {
  const t: Messages["serve"]["board"] = messagesFor(s.lang).serve.board;
  const qr = renderSVG(s.participantUrl, { border: 2, ecc: "M" }).replace("<svg ", `<svg role="img" aria-label="${esc(t.qrLabel)}" `);
  const title = s.title || t.title;
  const downloads = ["json", "html", "md", "csv"]
    .map((ext) => `<a data-download="result.${ext}" href="#" download>result.${ext}</a>`)
    .join(" ");
  const body =
    `<div class="board">\n<header><h1>${esc(title)}</h1></header>\n<main>\n` +
    `<section class="join" aria-labelledby="h-join">${qr}<div><h2 id="h-join">${esc(t.join)}</h2>` +
    `<p class="address">${esc(s.codeUrl)}</p><p>${esc(t.codeLabel)}</p><p class="code">${esc(s.code)}</p></div></section>\n` +
    `<section aria-labelledby="h-count"><h2 id="h-count">${esc(t.progress)}</h2><p class="count" id="count" aria-live="polite"></p>` +
    `<ul id="groups"></ul></section>\n` +
    `<div class="controls"><button type="button" id="reveal" aria-pressed="false">${esc(t.reveal)}</button>` +
    `<button type="button" id="close">${esc(t.close)}</button><p id="note" role="status"></p></div>\n` +
    `<div id="live"></div>\n` +
    `<section class="downloads" aria-labelledby="h-dl"><h2 id="h-dl">${esc(t.downloads)}</h2><p>${downloads}</p></section>\n` +
    "</main>\n</div>";
  const { min, max } = s.rubric.data.scale;
  return htmlDocument(s.lang, title, body, FACILITATOR_SCRIPT, { texts: t, scale: { min, max } }, true);
}

function codePage(lang: string, wrong: boolean): Page {
  const t = messagesFor(lang).serve.codePage;
  const body =
    `<div class="wrap"><main><h1>${esc(t.title)}</h1>\n` +
    (wrong ? `<p class="alert" role="alert">${esc(t.wrong)}</p>\n` : "") +
    `<form method="post" action="/"><label for="code">${esc(t.label)}</label>\n` +
    `<p><input type="text" id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" ` +
    `maxlength="12" required></p>\n<p><button type="submit" class="primary">${esc(t.submit)}</button></p></form></main></div>`;
  return htmlDocument(lang, t.title, body, undefined, undefined, false);
}
