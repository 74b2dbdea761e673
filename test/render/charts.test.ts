import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { valueAxis } from "../../src/render/charts/common.js";
import { renderHtml } from "../../src/render/result/html.js";
import { ResultSchema } from "../../src/scoring/result.js";
import { htmlOutput, type Lang } from "../helpers/html-outputs.js";
import { run } from "../helpers/main.js";
import { type El, radarMisplaced, type Svg, svgs } from "../helpers/svg-marks.js";
import "../../src/i18n/all.js";

/*
 * docs/reports.md#pages-to-trust "Honest charts": a mark's position on its value axis is its value. This test reads the
 * SVG of the reports as a reader's browser gets it: every mark carries data-id and data-value, every
 * axis tick (a grid line or ring) data-tick; the ticks give the axis (where 0 and where the top
 * are), and each mark must sit where its value falls on it, to the two decimals the coordinates
 * have. Nothing may be moved along its value axis to look tidy.
 */

const num = (s: string | undefined) => Number(s);
const TOLERANCE = 0.05;

/** Where each mark's value puts it on the axis its ticks define, and where it is drawn (radars: helpers/svg-marks.ts). */
function misplaced(svg: Svg): string[] {
  const { els, id } = svg;
  const kind = svg.cls.replace("chart ", "");
  if (kind.startsWith("radar")) return radarMisplaced(svg);
  const ticks = els.filter((e) => e.attrs["data-tick"] !== undefined);
  const marks = els
    .map((e, k) => ({ e, k }))
    .filter(({ e }) => e.attrs["data-value"] !== undefined && e.attrs["data-value"] !== "" && e.attrs["data-id"] !== undefined);
  const bad: string[] = [];
  // A linear axis: position = a + b × value, from the first and last tick; every tick agrees.
  const horizontal = kind.startsWith("pareto");
  const pos = (e: El) => num(horizontal ? e.attrs.x1 : e.attrs.y1);
  const first = ticks[0]!;
  const last = ticks[ticks.length - 1]!;
  const b = (pos(last) - pos(first)) / (num(last.attrs["data-tick"]) - num(first.attrs["data-tick"]));
  const a = pos(first) - b * num(first.attrs["data-tick"]);
  for (const t of ticks)
    expect(Math.abs(a + b * num(t.attrs["data-tick"]) - pos(t)), `${id}: tick ${t.attrs["data-tick"]}`).toBeLessThan(TOLERANCE);
  for (const { e, k } of marks) {
    const want = a + b * num(e.attrs["data-value"]);
    let at: number;
    if (horizontal) {
      if (e.tag !== "rect") continue; // the running-share column is a text, not a mark on this axis
      at = num(e.attrs.x) + num(e.attrs.width);
    } else {
      const circle = e.tag === "circle" ? e : els.slice(k + 1).find((x) => x.tag === "circle")!;
      at = num(circle.attrs.cy);
    }
    if (Math.abs(at - want) > TOLERANCE) bad.push(`${id} ${e.attrs["data-id"]} (${e.attrs["data-value"]}): at ${at}, not ${want}`);
  }
  return bad;
}

describe("honest charts (docs/reports.md#pages-to-trust): every mark at its value", () => {
  const cases: Array<[string, Lang]> = [
    ["assess-cmo", "en"],
    ["assess-marketing-manager", "sv"],
    ["assess-interim", "nb"],
  ];
  it.each(cases)("%s in %s: radar, Pareto and matrix, wide and compact", async (name, lang) => {
    const charts = svgs(await htmlOutput(name, lang));
    const kinds = charts.map((s) => s.id);
    for (const id of ["radar", "radar-compact", "pareto", "pareto-compact", "matrix", "matrix-compact"]) expect(kinds).toContain(id);
    for (const svg of charts.filter((s) => /^(radar|pareto|matrix)/.test(s.id))) {
      const marks = svg.els.filter((e) => e.attrs["data-id"] !== undefined);
      expect(marks.length, `${svg.id}: marks with data-id`).toBeGreaterThan(5);
      for (const m of marks) expect(m.attrs["data-value"], `${svg.id} ${m.attrs["data-id"]}: data-value`).toMatch(/^-?\d+(\.\d+)?$|^$/);
      expect(misplaced(svg)).toEqual([]);
    }
  });

  it("the matrix draws every candidate gap once, and the value axis ends at the first round step above the largest", async () => {
    const html = await htmlOutput("assess-cmo", "en");
    const matrix = svgs(html).find((s) => s.id === "matrix")!;
    const dots = matrix.els.filter((e) => e.tag === "g" && e.attrs["data-id"] !== undefined);
    const ids = dots.map((d) => d.attrs["data-id"]);
    expect(new Set(ids).size).toBe(ids.length);
    const largest = Math.max(...dots.map((d) => num(d.attrs["data-value"])));
    const ticks = matrix.els.filter((e) => e.attrs["data-tick"] !== undefined).map((e) => num(e.attrs["data-tick"]));
    expect(ticks[0]).toBe(0);
    // Hand-computed: the CMO's largest gaps (AI workflows 4.5 × (3 − 1)/4, and four more of 2.25) hold
    // 100 × 2.25 / 88.75 = 2.54 points (88.75: the CMO's weights over the 56 answered items); steps of
    // 1 (2.54 / 5 rounds up to 1), so the axis ends at 3 (not 5).
    expect(largest).toBeCloseTo(2.54, 2);
    expect(ticks[ticks.length - 1]).toBe(3);
    expect(valueAxis(2.54)).toEqual({ top: 3, step: 1 });
    expect(valueAxis(4.2)).toEqual({ top: 5, step: 1 });
    expect(valueAxis(0.9)).toEqual({ top: 1, step: 0.2 });
    expect(valueAxis(2.1)).toEqual({ top: 2.5, step: 0.5 });
  });

  it("the Pareto chart names every bar and its running share ends at 100 %", async () => {
    const html = await htmlOutput("assess-cmo", "en");
    const pareto = svgs(html).find((s) => s.id === "pareto")!;
    const bars = pareto.els.filter((e) => e.tag === "rect" && e.attrs["data-id"] !== undefined);
    const shares = pareto.els.filter((e) => e.tag === "text" && e.attrs.class === "cum").map((e) => num(e.attrs["data-value"]));
    expect(bars.length).toBe(shares.length);
    expect(shares[shares.length - 1]).toBe(1);
    const markup = html.slice(html.indexOf('<svg id="pareto"'), html.indexOf("</svg>", html.indexOf('<svg id="pareto"')));
    const names = [...markup.matchAll(/class="bar-name[^"]*">([^<]+)/g)].length;
    expect(names).toBe(bars.length);
  });

  it("a dimension nobody could rate has no 'now' mark on the radar: the line breaks there, it does not dip to 0", async () => {
    const r = await run(["assess", "-a", "examples/answers.yaml", "--json"]);
    const result = ResultSchema.parse(JSON.parse(r.stdout));
    const unknown = result.dimensions[2]!;
    unknown.current = null;
    unknown.gap = null;
    const radar = svgs(renderHtml(result, { color: new Chalk({ level: 0 }), width: 80 })).find((s) => s.id === "radar")!;
    const now = radar.els.filter((e) => e.attrs["data-series"] === "current").map((e) => e.attrs["data-id"]);
    expect(now).toHaveLength(result.dimensions.length - 1);
    expect(now).not.toContain(unknown.id);
    expect(radar.els.some((e) => e.tag === "polygon" && e.attrs.class === "current")).toBe(false);
    // n spokes, one unknown: the n − 2 edges between known neighbours.
    expect(radar.els.filter((e) => e.attrs.class === "current broken")).toHaveLength(result.dimensions.length - 2);
    expect(misplaced(radar)).toEqual([]);
  });
});
