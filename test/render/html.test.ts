import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { formatter } from "../../src/render/format.js";
import { renderHtml } from "../../src/render/result/html.js";
import { escapeHtml as esc } from "../../src/render/escape.js";
import { wrapLabel } from "../../src/render/charts/common.js";
import { ResultSchema, type Result } from "../../src/scoring/result.js";
import { run } from "../helpers/main.js";
import { inspect } from "../helpers/chromium.js";

const options = { color: new Chalk({ level: 0 }), width: 80 };
const XSS = "<script>alert(1)</script>";

/** The example's result, from `gapcheck assess` run in-process (the report is rendered from it here anyway). */
async function assess(...extra: string[]): Promise<Result> {
  const r = await run(["assess", "-a", "examples/answers.yaml", "--json", ...extra]);
  expect(r.status, r.stderr).toBe(0);
  return ResultSchema.parse(JSON.parse(r.stdout));
}

const clone = (r: Result): Result => structuredClone(r);

/** Like toContain, without printing the whole document when it fails. */
function has(text: string, part: string): void {
  expect(text.includes(part), `expected to find: ${part}`).toBe(true);
}
function hasNot(text: string, part: string): void {
  expect(text.includes(part), `expected not to find: ${part}`).toBe(false);
}

/** The markup of the element `<svg id="…">` (SVGs are not nested in the report). */
function svgById(html: string, id: string): string {
  const start = html.indexOf(`<svg id="${id}"`);
  if (start < 0) return "";
  return html.slice(start, html.indexOf("</svg>", start) + "</svg>".length);
}

let en: Result;
let sv: Result;
/** The two reports, rendered once: most tests read them, a test that changes a result renders a clone. */
let enHtml: string;
let svHtml: string;
beforeAll(async () => {
  en = await assess("--lang", "en");
  sv = await assess("--lang", "sv");
  enHtml = renderHtml(en, options);
  svHtml = renderHtml(sv, options);
});

describe("renderHtml", () => {
  it("renders one self-contained document in the result's language", () => {
    const html = enHtml;
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(html.match(/<!DOCTYPE html>/gi)).toHaveLength(1);
    expect(html.match(/<html[\s>]/g)).toHaveLength(1);
    expect(html.match(/<\/html>/g)).toHaveLength(1);
    expect(html.match(/<body[\s>]/g)).toHaveLength(1);
    has(html, '<html lang="en">');
    has(html, '<meta charset="utf-8">');
    has(html, 'name="viewport"');
    // Inline CSS only, printable on A4.
    expect(
      /<style>[\s\S]*@page\{size:A4;margin:[^}]+\}[\s\S]*<\/style>/.test(html),
      String(/<style>[\s\S]*@page\{size:A4;margin:[^}]+\}[\s\S]*<\/style>/),
    ).toBe(true);
    has(html, "break-inside:avoid");
    // No script, no external resource of any kind.
    expect(/<script/i.test(html), "no <script").toBe(false);
    expect(/https?:\/\//i.test(html), String(/https?:\/\//i)).toBe(false);
    expect(/javascript:/i.test(html), String(/javascript:/i)).toBe(false);
    // Links only within the page (the first screen's risks and focus lead to their rows).
    expect(/\s(src|xlink:href)=|\shref="(?!#)/i.test(html), String(/\s(src|xlink:href)=|\shref="(?!#)/i)).toBe(false);
    expect(/url\(|@import|<link|<iframe|<object|<embed|<img/i.test(html), String(/url\(|@import|<link|<iframe|<object|<embed|<img/i)).toBe(
      false,
    );
  });

  it("draws the radar and the Pareto chart as inline SVG with a view box", () => {
    const html = enHtml;
    const radar = svgById(html, "radar");
    const pareto = svgById(html, "pareto");
    expect(
      /^<svg id="radar"[^>]* viewBox="[-\d. ]+" width="100%"/.test(radar),
      String(/^<svg id="radar"[^>]* viewBox="[-\d. ]+" width="100%"/),
    ).toBe(true);
    expect(
      /^<svg id="pareto"[^>]* viewBox="[-\d. ]+" width="100%"/.test(pareto),
      String(/^<svg id="pareto"[^>]* viewBox="[-\d. ]+" width="100%"/),
    ).toBe(true);
    // One label per dimension, a polygon for now and one for the target.
    expect(radar.match(/<text text-anchor="[a-z]+" font-size="\d+" class="label/g)).toHaveLength(en.dimensions.length);
    for (const d of en.dimensions) has(radar, `<title>${esc(d.title)}</title>`);
    has(radar, 'class="target"');
    has(radar, 'class="current"');
    // A named bar per candidate gap (every one: docs/reports.md#pages-to-trust), the selected ones highlighted; the running share; the cut.
    const candidates = en.items.filter((i) => (i.impact ?? 0) > 0).length;
    expect(en.summary.pareto.candidates).toBe(candidates);
    expect(pareto.match(/class="bar( selected)?"/g)).toHaveLength(candidates);
    expect(pareto.match(/class="bar selected"/g)).toHaveLength(en.priorities.length);
    expect(pareto.match(/class="cum"/g)).toHaveLength(candidates);
    expect(pareto.match(/class="bar-name( selected)?"/g)).toHaveLength(candidates);
    has(pareto, 'class="cut"');
    const t = messagesFor("en");
    has(pareto, esc(t.report.cut("80 %")));
    // (1.1) The Pareto axis is in points of the gap index, not raw impact.
    has(pareto, `>${esc(t.priorities.matrixPoints)}<`);
    has(pareto, `>${esc(t.report.cumulativeShare)}<`);
  });

  it("holds the sections in the order of the issue, with the 80/20 list and every item", () => {
    const html = enHtml;
    const t = messagesFor("en");
    const f = formatter("en");
    const s = en.summary;
    const order = [
      ...[
        en.rubric.title,
        en.rubric.version,
        en.profile.title,
        en.respondent?.name,
        en.respondent?.role,
        en.respondent?.organisation,
        en.date?.slice(0, 10),
      ],
      f.index(s.maturityIndex),
      f.index(s.gapIndex),
      t.table.gapRange(f.index(s.gapIndexRange[0]), f.index(s.gapIndexRange[1])),
      t.table.coverageValue(s.answered, s.items - s.notApplicable),
    ]
      .filter((x): x is string => x !== undefined)
      .map(esc);
    // The decision first (docs/reports.md#pages-to-trust): at a glance, the KPIs, the 80/20 list and the plan; then the evidence.
    order.splice(
      7,
      0,
      `aria-label="${esc(t.priorities.glance)}"`,
      `<h2>⚠ ${esc(t.priorities.risks)}</h2>`,
      `<h2>${esc(t.priorities.focusHeading(s.pareto.focus))}</h2>`,
      `<h2>${esc(t.priorities.first30)}</h2>`,
    );
    order.push(
      `<h2>${esc(t.table.priorities)}</h2>`,
      esc(
        t.priorities.spread(
          s.pareto.selected,
          s.pareto.candidates,
          f.percent(s.pareto.threshold),
          s.pareto.focus,
          f.percent(s.pareto.focusShare),
        ),
      ),
      `<h2>${esc(t.priorities.plan)}</h2>`,
      '<svg id="radar"',
      '<svg id="pareto"',
      '<svg id="matrix"',
      `<h2>${esc(t.report.axis)}</h2>`,
      `<h2>${esc(t.report.tags)}</h2>`,
      `<h2>${esc(t.table.unknowns)}</h2>`,
      `<h2>${esc(t.report.allItems)}</h2>`,
      esc(t.report.footer(en.rubric.id, en.rubric.version)),
    );
    let at = -1;
    for (const text of order) {
      const next = html.indexOf(text, at + 1);
      expect(next, `"${text}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
    // The 80/20 list: the first F priorities in full (action and points), the rest one row each.
    const list = html.slice(html.indexOf(`<h2>${esc(t.table.priorities)}</h2>`), html.indexOf(`<h2>${esc(t.priorities.plan)}</h2>`));
    let last = -1;
    for (const p of en.priorities) {
      const full = p.rank <= s.pareto.focus;
      const row = list.indexOf(`<span class="rank-badge${full ? "" : " small"}">${p.rank}</span>`, last + 1);
      expect(row, `rank ${p.rank}`).toBeGreaterThan(last);
      last = row;
      const cells = list.slice(row, list.indexOf("</tr>", row));
      has(cells, esc(p.title));
      has(cells, `${p.current} → ${p.target}`);
      has(cells, `>${f.num1(p.points)}<`);
      expect(cells.includes(esc(p.action)), `action of rank ${p.rank}`).toBe(full);
      if (full) {
        has(cells, esc(t.priorities.lowers(f.num1(p.points))).replace(/^c/, "C"));
        has(cells, f.percent(p.share));
        expect(cells.includes(esc(t.table.quickWin))).toBe(p.quickWin);
      }
    }
    expect(s.pareto.focus).toBe(5);
    // The axis: a marker at the group's maturity index between its two poles.
    const group = s.groups.find((g) => g.poles)!;
    has(html, esc(group.poles!.low));
    has(html, esc(group.poles!.high));
    has(html, `class="pole-marker" style="left:${group.maturityIndex}%"`);
    // Gap patterns by share, largest first.
    const tags = html.slice(html.indexOf(`<h2>${esc(t.report.tags)}</h2>`), html.indexOf(`<h2>${esc(t.table.unknowns)}</h2>`));
    const positions = [...en.tags].sort((a, b) => b.share - a.share).map((g) => tags.indexOf(`>${esc(g.title)}<`));
    expect(positions.every((p, i) => p > 0 && (i === 0 || p > positions[i - 1]!))).toBe(true);
    // Unknowns in their order.
    const unknowns = html.slice(html.indexOf(`<h2>${esc(t.table.unknowns)}</h2>`), html.indexOf(`<h2>${esc(t.report.allItems)}</h2>`));
    const u = en.unanswered.map((x) => unknowns.indexOf(esc(x.title)));
    expect(u.every((p, i) => p > 0 && (i === 0 || p > u[i - 1]!))).toBe(true);
    // The item table: one row per item, "don't know" for unanswered, notes, priority ranks.
    const items = html.slice(html.indexOf(`<h2>${esc(t.report.allItems)}</h2>`));
    expect(items.match(/<tr[ >]/g)).toHaveLength(en.items.length + 1);
    expect(items.split(esc(t.prompt.dontKnow)).length - 1).toBe(en.items.filter((i) => i.answer === null).length);
    for (const i of en.items) has(items, `<td class="item-title">${esc(i.title)}</td>`);
    for (const i of en.items) if (i.note) has(items, `<td class="note">${esc(i.note)}</td>`);
    expect(items.match(/class="rank-badge small"/g)).toHaveLength(en.priorities.length);
  });

  it("gives the same HTML for the same result at any width (across processes and clocks: test/cli/determinism.test.ts)", () => {
    const a = enHtml;
    const b = renderHtml(clone(en), { ...options, width: 200 });
    expect(b).toBe(a);
    // no rendering time stamp (the result's date is shown as a day)
    expect(/\b20\d\d-\d\d-\d\dT/.test(a), String(/\b20\d\d-\d\d-\d\dT/)).toBe(false);
  });

  it("escapes every text from the result, in HTML and inside SVG", () => {
    const r = clone(en);
    r.respondent = { name: XSS, role: `"role" & 'co'`, organisation: "<b>Org</b>" };
    r.items[0]!.note = XSS;
    r.dimensions[0]!.title = `Q&A "x" <y> 'z'`;
    r.priorities[0]!.title = `${XSS} title`;
    r.priorities[0]!.action = `${XSS} action`;
    r.rubric.title = `<i>${XSS}</i>`;
    r.summary.groups.find((g) => g.poles)!.poles!.low = XSS;
    r.tags[0]!.title = XSS;
    r.unanswered[0]!.title = XSS;
    const html = renderHtml(r, options);
    expect(/<script/i.test(html), "no <script").toBe(false);
    hasNot(html, "<b>Org</b>");
    hasNot(html, "<i>");
    has(html, "&lt;script&gt;alert(1)&lt;/script&gt;");
    has(html, "&quot;role&quot; &amp; &#39;co&#39;");
    has(svgById(html, "radar"), "Q&amp;A &quot;x&quot; &lt;y&gt; &#39;z&#39;");
    // The note shows as text in the item table.
    const items = html.slice(html.indexOf('<table class="items">'));
    has(items, '<td class="note">&lt;script&gt;alert(1)&lt;/script&gt;</td>');
  });

  it("uses Swedish labels and a decimal comma for a Swedish result", () => {
    expect(sv.locale).toBe("sv");
    const html = svHtml;
    const t = messagesFor("sv");
    const f = formatter("sv");
    const s = sv.summary;
    has(html, '<html lang="sv">');
    for (const text of [
      t.report.title,
      t.report.radar,
      t.report.pareto,
      t.report.tags,
      t.report.allItems,
      t.report.axis,
      t.table.priorities,
      t.table.unknowns,
      t.table.maturity,
      t.prompt.dontKnow,
      t.report.footer(sv.rubric.id, sv.rubric.version),
      t.priorities.spread(
        s.pareto.selected,
        s.pareto.candidates,
        f.percent(s.pareto.threshold),
        s.pareto.focus,
        f.percent(s.pareto.focusShare),
      ),
    ]) {
      has(html, esc(text));
    }
    expect(f.index(s.gapIndex)).toMatch(/^\d+,\d$/);
    has(html, `>${f.index(s.gapIndex)}<`);
    has(html, `>${f.index(s.maturityIndex)}<`);
    has(html, esc(t.table.gapRange(f.index(s.gapIndexRange[0]), f.index(s.gapIndexRange[1]))));
    expect(/\d+ %/.test(html), String(/\d+ %/)).toBe(true);
    // No English labels and no decimal point in the texts people read.
    const en_ = messagesFor("en");
    for (const text of [en_.report.radar, en_.table.priorities, en_.report.allItems, en_.table.maturity]) hasNot(html, text);
    let visible = html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]*>/g, " ");
    // Texts that are not numbers (the version, "Industri 5.0", legal citations such as "art. 50.4") may hold a point.
    const notNumbers = [sv.rubric.version, t.report.axis, ...s.groups.flatMap((g) => [g.title, g.poles?.low ?? "", g.poles?.high ?? ""])];
    for (const text of [...notNumbers, ...sv.risks.map((r) => r.reason)]) {
      visible = visible.replaceAll(esc(text), "");
    }
    expect(/\d\.\d/.test(visible), String(/\d\.\d/)).toBe(false);
    // The Pareto chart's axis ticks also use the comma.
    expect(svgById(html, "pareto")).toMatch(/class="tick">\d+,\d</);
    expect(svgById(html, "matrix")).toMatch(/class="tick">\d+,\d</);
  });

  it("falls back to English for a locale without a catalogue, keeping lang", () => {
    const r = clone(en);
    r.locale = "de";
    const html = renderHtml(r, options);
    has(html, '<html lang="de">');
    has(html, esc(messagesFor("en").report.radar));
  });

  it("copes with no gaps, no unknowns, no respondent and an unanswered dimension", () => {
    const r = clone(en);
    r.priorities = [];
    r.items = r.items.map((i) => ({ ...i, impact: i.impact === null ? null : 0, gap: i.gap === null ? null : 0 }));
    r.summary.pareto = { ...r.summary.pareto, selected: 0, candidates: 0, impactShare: 0 };
    r.unanswered = [];
    r.tags = [];
    delete r.respondent;
    delete r.date;
    r.dimensions[0] = { ...r.dimensions[0]!, current: null, gap: null, answered: 0 };
    r.summary.groups = r.summary.groups.map((g) => ({ ...g, maturityIndex: null }));
    const html = renderHtml(r, options);
    const t = messagesFor("en");
    has(html, esc(t.table.noGaps));
    expect(svgById(html, "pareto")).toBe("");
    has(svgById(html, "radar"), esc(t.prompt.dontKnow));
    // Don't know is drawn as missing (docs/reports.md#pages-to-trust): no "now" mark for that dimension, the shape broken there.
    hasNot(svgById(html, "radar"), `data-id="${r.dimensions[0]!.id}" data-value="" data-series="current"`);
    expect(svgById(html, "radar").match(/data-series="current"/g)).toHaveLength(r.dimensions.length - 1);
    has(svgById(html, "radar"), 'class="current broken"');
    hasNot(html, `<h2>${esc(t.table.unknowns)}</h2>`);
    hasNot(html, `>${esc(t.table.respondent)}<`);
    hasNot(html, `class="pole-marker"`);
  });

  it("keeps a long candidate list readable: every bar drawn and named, the running share to 100 %", () => {
    const r = clone(en);
    const extra = Array.from({ length: 40 }, (_, k) => ({
      id: `extra-${k}`,
      dimension: "growth",
      title: `An extra item with a rather long title number ${k}`,
      answer: 1,
      target: 4,
      gap: 0.75,
      weight: 1,
      impact: 0.1,
      points: 0.1,
      effort: 3,
    }));
    r.items = [...r.items, ...extra];
    const html = renderHtml(r, options);
    const pareto = svgById(html, "pareto");
    expect(pareto.match(/class="bar( selected)?"/g)).toHaveLength(en.summary.pareto.candidates + extra.length);
    // long names are shortened where drawn, whole in the tooltip
    has(pareto, "<title>An extra item with a rather long title number 39</title>");
    has(pareto, ">100 %<");
  });

  it("wraps and shortens long labels", () => {
    expect(wrapLabel("Growth and performance marketing", 17, 3)).toEqual(["Growth and", "performance", "marketing"]);
    expect(wrapLabel("one two three four five six seven eight nine ten", 10, 2)).toEqual(["one two", "three fou…"]);
    expect(wrapLabel("Marknadsautomationsplattformsleverantör", 12, 3).every((l) => [...l].length <= 16)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// In a real browser: headless Chromium renders it, with charts of non-zero size, at desktop and
// phone width. CI installs Chromium; a missing one is a failure, not a skip.

interface SvgSize {
  id: string;
  w: number;
  h: number;
  shapes: number;
  minFont: number;
}
interface Sizes {
  svgs: SvgSize[];
  scrollWidth: number;
  innerWidth: number;
}
/** (1.1) Every text of an SVG with its box on the page. */
interface TextBoxes {
  w: number;
  h: number;
  dots: number;
  listed: number;
  boxes: Array<{ t: string; x0: number; y0: number; x1: number; y1: number }>;
}

/** Measures every SVG (and the page width). */
const SIZES =
  "const sizes = [...document.querySelectorAll('svg')].map(s => { const r = s.getBoundingClientRect();" +
  " const scale = r.width / (s.viewBox.baseVal.width || r.width || 1);" +
  // The smallest text as drawn: its font size times the chart's scale (docs/reports.md#pages-to-trust: phone charts ≥ 11 px).
  " const fonts = [...s.querySelectorAll('text, tspan')].filter(t => t.textContent.trim() && t.getBoundingClientRect().width > 0)" +
  "   .map(t => parseFloat(getComputedStyle(t).fontSize) * scale);" +
  " return { id: s.id, w: r.width, h: r.height, minFont: fonts.length ? Math.min(...fonts) : 0," +
  " shapes: s.querySelectorAll('path,rect,circle,polygon,polyline,line').length }; });" +
  " return { svgs: sizes, scrollWidth: document.documentElement.scrollWidth, innerWidth: document.documentElement.clientWidth };";

/** (1.1) Measures every text of the SVG `id`. */
const textBoxes = (id: string) =>
  `const svg = document.getElementById(${JSON.stringify(id)}); const r = svg.getBoundingClientRect();` +
  " const boxes = [...svg.querySelectorAll('text')].map(t => { const b = t.getBoundingClientRect();" +
  " return { t: t.textContent, x0: b.left, y0: b.top, x1: b.right, y1: b.bottom }; });" +
  " return { w: r.width, h: r.height, dots: svg.querySelectorAll('circle').length," +
  " listed: svg.querySelectorAll('.listed').length, boxes };";

/** The phone's radar: how wide its outer ring is drawn, what its spokes say, and whether the key under it shows. */
const RADAR_PHONE =
  `const svg = document.getElementById("radar-compact"); const key = document.querySelector(".radar-key");` +
  ` return { ring: svg.querySelector(".grid-outer").getBoundingClientRect().width,` +
  ` numbers: [...svg.querySelectorAll("text.label")].map((l) => l.textContent.replace(l.querySelector("title").textContent, "").trim()),` +
  ` names: [...svg.querySelectorAll("text.label > title")].map((t) => t.textContent),` +
  ` key: key ? key.innerText : "", keyShown: key ? key.getBoundingClientRect().height > 0 : false };`;
interface RadarPhone {
  ring: number;
  numbers: string[];
  names: string[];
  key: string;
  keyShown: boolean;
}

describe("the HTML report in headless Chromium", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "gapcheck-html-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * A report loaded once at one size, on first use: what the scripts measured and, with `shot`, its
   * screenshot. The tests below read the three pages they need (English at desktop and phone width,
   * Swedish at phone width) from these, so each page loads once, whichever of the tests run.
   */
  function page<T extends unknown[]>(html: () => string, name: string, size: string, scripts: string[], shot = false) {
    let loaded: Promise<{ measured: T; png: string }> | undefined;
    return () =>
      (loaded ??= (async () => {
        const file = join(dir, `${name}.html`);
        const png = join(dir, `${name}.png`);
        writeFileSync(file, html());
        return { measured: await inspect<T>(`file://${file}`, size, scripts, shot ? png : undefined), png };
      })());
  }
  const desktopEn = page<[Sizes, TextBoxes]>(() => enHtml, "desktop-en", "1200,4000", [SIZES, textBoxes("matrix")], true);
  const phoneSv = page<[Sizes, TextBoxes, RadarPhone]>(
    () => svHtml,
    "phone-sv",
    "390,844",
    [SIZES, textBoxes("matrix-compact"), RADAR_PHONE],
    true,
  );
  const phoneEn = page<[Sizes]>(() => enHtml, "phone-en", "390,844", [SIZES]);

  it("renders a non-empty screenshot at desktop and phone width", async () => {
    for (const { png } of [await desktopEn(), await phoneSv()]) {
      expect(existsSync(png), `${png} was not written`).toBe(true);
      expect(statSync(png).size).toBeGreaterThan(10_000);
      expect(readFileSync(png).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    }
  });

  it("draws the radar and Pareto charts with a non-zero size and shapes (desktop)", async () => {
    const [{ svgs }] = (await desktopEn()).measured;
    for (const id of ["radar", "pareto"]) {
      const svg = svgs.find((s) => s.id === id);
      expect(svg, `svg#${id}`).toBeDefined();
      expect(svg!.w).toBeGreaterThan(200);
      expect(svg!.h).toBeGreaterThan(100);
      expect(svg!.shapes).toBeGreaterThan(10);
    }
  });

  it("(1.1) draws the impact/effort matrix with every candidate and no overlapping labels, at 1200 and 390 px", async () => {
    const candidates = en.items.filter((i) => i.quadrant !== undefined).length;
    for (const [id, m, result] of [
      ["matrix", (await desktopEn()).measured[1], en],
      ["matrix-compact", (await phoneSv()).measured[1], sv],
    ] as const) {
      expect(m.w, id).toBeGreaterThan(300);
      expect(m.h, id).toBeGreaterThan(200);
      expect(m.dots, id).toBe(candidates);
      expect(m.listed, id).toBe(result.priorities.length);
      const visible = m.boxes.filter((b) => b.x1 > b.x0 && b.y1 > b.y0);
      expect(visible.length, id).toBeGreaterThan(result.priorities.length + 8);
      for (let i = 0; i < visible.length; i++) {
        for (let j = i + 1; j < visible.length; j++) {
          const a = visible[i]!;
          const b = visible[j]!;
          const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
          expect(overlap, `${id}: "${a.t}" overlaps "${b.t}"`).toBe(false);
        }
      }
    }
  });

  it("on a phone the radar's spokes carry their numbers, the table below names them, and the plot gets the width", async () => {
    const radar = (await phoneSv()).measured[2];
    // Eleven names around it left the plot about 140 px across at 390 px.
    expect(radar.ring).toBeGreaterThan(250);
    expect(radar.numbers).toEqual(sv.dimensions.map((_, i) => String(i + 1)));
    // Each spoke's name stays with it for screen readers, and the key says where to read it.
    expect(radar.names).toEqual(sv.dimensions.map((d) => d.title));
    expect([radar.key, radar.keyShown]).toEqual([messagesFor("sv").report.radarKey, true]);
  });

  it("fits a phone: compact charts shown, nothing wider than the screen, in English and Swedish", async () => {
    for (const [lang, m] of [
      ["en", (await phoneEn()).measured[0]],
      ["sv", (await phoneSv()).measured[0]],
    ] as const) {
      for (const id of ["radar-compact", "pareto-compact", "matrix-compact"]) {
        const svg = m.svgs.find((s) => s.id === id);
        expect(svg, `${lang} svg#${id}`).toBeDefined();
        expect(svg!.w).toBeGreaterThan(200);
        expect(svg!.w).toBeLessThanOrEqual(m.innerWidth);
        expect(svg!.h).toBeGreaterThan(100);
        expect(svg!.shapes).toBeGreaterThan(10);
        expect(svg!.minFont, `${lang} svg#${id}: the smallest text on a phone, in px`).toBeGreaterThanOrEqual(11);
      }
      expect(m.innerWidth, lang).toBe(390);
      expect(m.scrollWidth, `${lang}: the page is wider than the phone`).toBeLessThanOrEqual(m.innerWidth);
    }
  });
});
