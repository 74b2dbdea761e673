import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/render/result/html.js";
import { type Result, ResultSchema } from "../../src/scoring/result.js";
import { inspect } from "../helpers/chromium.js";
import { htmlOutput, LANGS } from "../helpers/html-outputs.js";
import { run } from "../helpers/main.js";
import { radarMisplaced, type Svg, svgs } from "../helpers/svg-marks.js";
import "../../src/i18n/all.js";

/*
 * The team report's charts (docs/team.md, docs/reports.md#pages-to-trust), `aggregate examples/team/
 * --by group`: every mark at its value — the group radar's points at their group's level, each
 * level bar as tall as its count, the median's triangle at its level; a dimension a group gave no
 * level to is missing from its line (no mark, never one at 0) and the chart says so; the group
 * table names the higher group; on a 360 px phone the charts' text is at least 11 px and wide
 * tables scroll in their card with the first column fixed.
 */

async function teamResult(): Promise<Result> {
  const r = await run(["aggregate", "examples/team/", "--by", "group", "-f", "json"]);
  expect(r.status, r.stderr).toBe(0);
  return ResultSchema.parse(JSON.parse(r.stdout));
}

const html = (result: Result) => renderHtml(result, { color: new Chalk({ level: 0 }), width: 80 });

/** The level bars that are not as tall as their count, or not on the baseline, and medians off their level. */
function barsMisplaced(svg: Svg, min: number): string[] {
  const unit = Number(svg.root["data-unit"]);
  const baseline = Number(svg.root["data-baseline"]);
  const slot = Number(svg.root["data-slot"]);
  const bad: string[] = [];
  for (const e of svg.els.filter((x) => x.attrs["data-id"] !== undefined)) {
    const id = e.attrs["data-id"]!;
    const value = Number(e.attrs["data-value"]);
    if (e.tag === "rect") {
      const y = Number(e.attrs.y);
      const h = Number(e.attrs.height);
      if (Math.abs(y + h - baseline) > 0.02) bad.push(`${id}: not on the baseline`);
      if (Math.abs(h - value * unit) > 0.02) bad.push(`${id}: ${h} px tall for ${value}, not ${value * unit}`);
    } else if (Math.abs(Number(e.attrs["data-x"]) - (value - min + 0.5) * slot) > 0.02) bad.push(`${id}: median not at ${value}`);
  }
  return bad;
}

describe("the team report's charts: every mark at its value", () => {
  it.each(LANGS)("in %s: the group radar (wide and phone) and every item's level bars", async (lang) => {
    const result = await teamResult();
    const panel = result.panel!;
    const charts = svgs(await htmlOutput("aggregate", lang));
    for (const id of ["group-radar", "group-radar-compact"]) {
      const radar = charts.find((s) => s.id === id)!;
      expect(radarMisplaced(radar), id).toEqual([]);
      // One mark per group and dimension (no group gave "don't know" to a whole dimension here) and
      // one per target, each carrying its group's level as the JSON has it.
      for (const g of panel.groups)
        for (const d of g.dimensions) {
          const marks = radar.els.filter((e) => e.attrs["data-series"] === g.id && e.attrs["data-id"] === d.id);
          expect(
            marks.map((m) => Number(m.attrs["data-value"])),
            `${g.id} ${d.id}`,
          ).toEqual([d.current]);
        }
      expect(radar.els.filter((e) => e.attrs["data-series"] === "target")).toHaveLength(result.dimensions.length);
    }
    const bars = charts.filter((s) => s.cls.split(" ").includes("levels"));
    // The distribution table shows every item whose counts are shown (n ≥ 3); the split list repeats its 5.
    const shown = panel.items.filter((i) => Object.keys(i.counts).length > 0);
    expect(bars).toHaveLength(shown.length + panel.disagreements.length);
    for (const svg of bars) expect(barsMisplaced(svg, 0)).toEqual([]);
    // Counts as the JSON has them: Cross-functional teams, the widest split (hand-checked: 3, 2, 0, 2, 3).
    const cross = bars.find((s) => s.els.some((e) => e.attrs["data-id"]?.startsWith("journey-teams:")))!;
    const counts = cross.els.filter((e) => e.tag === "text" && e.attrs.class?.startsWith("lv-count")).map((e) => Number(e.text));
    expect(counts).toEqual([3, 2, 0, 2, 3]);
    expect(cross.els.filter((e) => e.tag === "rect").map((e) => e.attrs["data-value"])).toEqual(["3", "2", "2", "3"]);
  });

  it("a dimension one group gave no level to: a break in that group's line, no mark at 0, said on the chart", async () => {
    const result = await teamResult();
    const sales = result.panel!.groups.find((g) => g.id === "sales")!;
    const dim = sales.dimensions.find((d) => d.id === "content")!;
    dim.current = null;
    dim.gap = null;
    const out = html(result);
    const radar = svgs(out).find((s) => s.id === "group-radar")!;
    expect(radarMisplaced(radar)).toEqual([]);
    const salesMarks = radar.els.filter((e) => e.attrs["data-series"] === "sales").map((e) => e.attrs["data-id"]);
    expect(salesMarks).toHaveLength(result.dimensions.length - 1);
    expect(salesMarks).not.toContain("content");
    // The sales line is no closed shape now: the edges between known neighbours, n − 2 of them.
    const salesColour = radar.els.find((e) => e.attrs["data-series"] === "sales")!.attrs.fill;
    const salesLines = radar.els.filter((e) => e.attrs.stroke === salesColour);
    expect(salesLines.every((e) => e.tag === "line")).toBe(true);
    expect(salesLines).toHaveLength(result.dimensions.length - 2);
    // Marketing's line is whole.
    const marketingColour = radar.els.find((e) => e.attrs["data-series"] === "marketing")!.attrs.fill;
    expect(radar.els.filter((e) => e.attrs.stroke === marketingColour).map((e) => e.tag)).toEqual(["polygon"]);
    // The spoke says whose level is missing, and the legend why the line breaks.
    expect(radar.els.some((e) => e.tag === "tspan" && e.text === "no level from sales")).toBe(true);
    expect(out).toContain("A break in a group&#39;s line");
  });

  it("the group table says which group is higher, and by how much", async () => {
    const out = await htmlOutput("aggregate", "en");
    const table = out.slice(out.indexOf('<table class="group-gaps">'), out.indexOf("</table>", out.indexOf('<table class="group-gaps">')));
    const rows = [...table.matchAll(/<tr><td class="item-title">([^<]+)<\/td>.*?<td class="higher"><b>([^<]+)<\/b>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    // docs/team.md: marketing 2, sales 0 for measurement; marketing 1, sales 2 for AI governance.
    expect(rows[0]).toEqual(["Measurement and attribution", "marketing +2"]);
    expect(rows.at(-1)).toEqual(["AI governance", "sales +1"]);
    // Three groups: the higher and the lower are both named (a third group, hand-made: leadership 0 on AI governance).
    const result = await teamResult();
    const panel = result.panel!;
    panel.groups.push({ ...panel.groups[0]!, id: "leadership" });
    const governance = panel.groupGaps.find((g) => g.item === "ai-governance")!;
    governance.medians.leadership = 0;
    governance.difference = 2;
    expect(html(result)).toContain('<td class="higher"><b>sales +2 over leadership</b>');
    const r = await run(["aggregate", "examples/team/", "--by", "group", "--lang", "sv"], { env: { COLUMNS: "80" } });
    expect(r.stdout).toMatch(/│ Styrning av AI +│ 1 +│ 2 +│ sales \+1 +│/);
  });
});

const dir = mkdtempSync(join(tmpdir(), "gapcheck-aggregate-charts-"));

/** At the page's size: the smallest rendered text of the charts a reader sees, the page's and the wide tables' widths. */
const PHONE = `
const visible = (e) => e.getBoundingClientRect().width > 0;
const sizes = [...document.querySelectorAll("svg text, svg tspan")].filter((t) => visible(t) && t.textContent.trim())
  .map((t) => ({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * t.closest("svg").getScreenCTM().a }));
const small = sizes.filter((s) => s.px < 11).map((s) => s.text + " " + s.px.toFixed(1) + " px");
const first = (table) => getComputedStyle(table.querySelector("tbody td")).position;
const tables = [...document.querySelectorAll(".panel-groups .scroll, .panel-dist .scroll")].map((s) => ({
  label: s.getAttribute("aria-label"), sticky: first(s.querySelector("table")), inside: s.getBoundingClientRect().right <= innerWidth + 0.5,
}));
return { small, count: sizes.length, scroll: document.documentElement.scrollWidth, width: innerWidth, tables,
  radar: document.querySelector("#group-radar-compact").getBoundingClientRect().width };`;

describe("the team report on a phone", () => {
  it.each(LANGS)(
    "in %s: chart text ≥ 11 px at 390 px; no sideways page scroll at 360 px, wide tables scroll in their card",
    async (lang) => {
      const file = join(dir, `aggregate.${lang}.html`);
      writeFileSync(file, await htmlOutput("aggregate", lang));
      type Phone = {
        small: string[];
        count: number;
        scroll: number;
        width: number;
        tables: Array<{ label: string; sticky: string; inside: boolean }>;
        radar: number;
      };
      // docs/reports.md#pages-to-trust measures phone charts at 390 px (html.test.ts does so for assess) and sideways scroll at 360.
      const [at390] = await inspect<[Phone]>(`file://${file}`, "390,844", [PHONE]);
      expect(at390.count).toBeGreaterThan(100);
      expect(at390.small).toEqual([]);
      expect(at390.radar).toBeGreaterThan(330);
      const [at360] = await inspect<[Phone]>(`file://${file}`, "360,740", [PHONE]);
      expect(at360.scroll).toBeLessThanOrEqual(at360.width);
      expect(at360.tables).toHaveLength(2);
      for (const t of at360.tables) {
        expect(t.sticky, t.label).toBe("sticky");
        expect(t.inside, t.label).toBe(true);
      }
    },
  );
});
