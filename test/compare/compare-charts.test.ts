import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inspect } from "../helpers/chromium.js";
import { htmlOutput, type Lang, LANGS } from "../helpers/html-outputs.js";

/*
 * docs/reports.md#pages-to-trust for the comparison's charts, measured in Debian's headless
 * Chromium: every mark of the slope and series charts sits at its value on the gap axis and at its
 * date on the time axis (the example's dates are 30 and then 62 days apart); every line has its own
 * colour and is named at both ends, no label runs into another or out of the chart; lines that lie
 * on top of each other are drawn in alternating dashes of each colour; the phone versions' text is
 * at least 11 px at 360 and 390 px; the dimension table's change column is on screen on a phone, the
 * page never scrolls sideways. Screenshots are kept in $TMPDIR/gapcheck-compare for a person to look at.
 */
const shots = join(tmpdir(), "gapcheck-compare");
mkdirSync(shots, { recursive: true });

/** Everything measured on one load: the charts' geometry (from their attributes), text boxes, the table. */
const MEASURE = `
const num = (e, a) => Number(e.getAttribute(a));
const days = (d) => Date.parse(d + "T00:00:00Z") / 86400000;
const centre = (e) => {
  if (e.tagName === "circle") return [num(e, "cx"), num(e, "cy")];
  const m = /translate\\(([-\\d.]+),([-\\d.]+)\\)/.exec(e.getAttribute("transform") || "");
  return m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
};
const charts = [...document.querySelectorAll(".slope-section svg, .series-section svg")].map((svg) => {
  const view = svg.viewBox.baseVal;
  const bad = [];
  // The gap axis: a line through its ticks (value → y); each mark at the y of its value, in its own panel.
  const marks = [...svg.querySelectorAll("[data-id][data-value]")];
  for (const m of marks) {
    const scope = m.closest("[data-axis]");
    const ticks = [...scope.querySelectorAll("[data-tick]")].filter((t) => t.closest("[data-axis]") === scope);
    const [a, b] = [ticks[0], ticks[ticks.length - 1]];
    const slope = (num(b, "y1") - num(a, "y1")) / (num(b, "data-tick") - num(a, "data-tick"));
    for (const t of ticks) if (Math.abs(num(a, "y1") + slope * (num(t, "data-tick") - num(a, "data-tick")) - num(t, "y1")) > 0.05)
      bad.push(svg.id + " tick " + t.getAttribute("data-tick") + " off its axis");
    const want = num(a, "y1") + slope * (num(m, "data-value") - num(a, "data-tick"));
    const [x, y] = centre(m);
    if (!(Math.abs(y - want) <= 0.05))
      bad.push(svg.id + " " + m.dataset.id + " " + m.dataset.value + ": y " + y + ", not " + want);
    m._x = x;
  }
  // The time axis: a line through the first and last dates (day → x); every date line and mark on it.
  const dates = [...svg.querySelectorAll("line[data-date]")];
  const dateX = {};
  if (dates.length > 1) {
    const [a, b] = [dates[0], dates[dates.length - 1]];
    const slope = (num(b, "x1") - num(a, "x1")) / (days(b.dataset.date) - days(a.dataset.date));
    const at = (d) => num(a, "x1") + slope * (days(d) - days(a.dataset.date));
    for (const d of dates) {
      dateX[d.dataset.date] = num(d, "x1");
      if (Math.abs(at(d.dataset.date) - num(d, "x1")) > 0.05) bad.push(svg.id + " date " + d.dataset.date + " at x " + num(d, "x1"));
    }
    for (const m of marks)
      if (m.dataset.date && Math.abs(at(m.dataset.date) - m._x) > 0.05)
        bad.push(svg.id + " " + m.dataset.id + " " + m.dataset.date + ": x " + m._x);
  }
  // Inside the view box (nothing clipped), no label over another.
  const texts = [...svg.querySelectorAll("text")].map((t) => ({ t, b: t.getBBox() }));
  for (const { t, b } of texts)
    if (b.x < view.x - 0.5 || b.y < view.y - 0.5 ||
        b.x + b.width > view.x + view.width + 0.5 || b.y + b.height > view.y + view.height + 0.5)
      bad.push(svg.id + ' text "' + t.textContent + '" outside the view box');
  const labels = texts.filter(({ t }) => t.classList.contains("line-label"));
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
    const p = labels[i].b, q = labels[j].b;
    if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height - 1 && q.y < p.y + p.height - 1)
      bad.push(svg.id + ' "' + labels[i].t.textContent + '" over "' + labels[j].t.textContent + '"');
  }
  const box = svg.getBoundingClientRect();
  const scale = box.width / view.width;
  const lines = [...svg.querySelectorAll("[data-line]")].filter((g) => g.tagName === "g");
  return {
    id: svg.id, bad, shown: box.width > 0, marks: marks.length, dateX,
    smallest: Math.min(...texts.map(({ t }) => parseFloat(getComputedStyle(t).fontSize) * scale)),
    colours: lines.map((g) => (g.querySelector("polyline") || {}).getAttribute?.("stroke") || null),
    lines: lines.map((g) => g.dataset.line),
    labels: labels.map(({ t }) => [t.dataset.line, t.dataset.side, t.textContent]),
    shared: [...svg.querySelectorAll(".shared")].map((l) => l.getAttribute("stroke")),
  };
});
const scroll = document.querySelector(".dims-section .scroll").getBoundingClientRect();
return {
  charts,
  width: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth,
  deltaRight: Math.max(...[...document.querySelectorAll(".dims td.delta")].map((td) => td.getBoundingClientRect().right)),
  boxRight: scroll.right,
  sticky: getComputedStyle(document.querySelector(".dims tbody td")).position,
};`;

interface Chart {
  id: string;
  bad: string[];
  shown: boolean;
  marks: number;
  dateX: Record<string, number>;
  smallest: number;
  colours: Array<string | null>;
  lines: string[];
  labels: Array<[string, string, string]>;
  shared: string[];
}
interface Measured {
  charts: Chart[];
  width: number;
  scrollWidth: number;
  deltaRight: number;
  boxRight: number;
  sticky: string;
}

const file = async (name: string, lang: Lang) => {
  const path = join(shots, `${name}.${lang}.html`);
  writeFileSync(path, await htmlOutput(name, lang));
  return `file://${path}`;
};

const measure = async (name: string, lang: Lang, size: string) =>
  (await inspect<[Measured]>(await file(name, lang), size, [MEASURE], join(shots, `${name}.${lang}.${size.split(",")[0]}.png`)))[0];

describe("the comparison's charts in headless Chromium (docs/reports.md#pages-to-trust)", () => {
  const cases = (["compare2", "compare3"] as const).flatMap((name) => LANGS.map((lang): [string, Lang] => [name, lang]));

  it.each(cases)(
    "%s in %s at 1280 px: every mark at its value and date, distinct lines named at both ends, nothing clipped",
    async (name, lang) => {
      const m = await measure(name, lang, "1280,800");
      const wide = m.charts.filter((c) => c.shown);
      expect(wide.map((c) => c.id)).toEqual(name === "compare3" ? ["slope", "series"] : ["slope"]);
      for (const c of m.charts) {
        expect(c.bad, `${name} ${lang} ${c.id}`).toEqual([]);
        // Eleven dimensions, a mark at each of their points.
        expect(c.marks, c.id).toBe(11 * (c.id.startsWith("series") ? 3 : 2));
      }
      for (const c of wide) {
        expect(new Set(c.colours).size, `${c.id}: one colour per line`).toBe(c.lines.length);
        for (const id of c.lines)
          for (const side of ["left", "right"])
            expect(
              c.labels.some(([l, s]) => l === id && s === side),
              `${c.id} ${id} ${side} label`,
            ).toBe(true);
        // Human-centric marketing and Resilience stay at 6 % from the first point to the last: drawn in each colour.
        expect(new Set(c.shared).size, `${c.id}: lines on top of each other`).toBeGreaterThanOrEqual(2);
      }
      const series = m.charts.find((c) => c.id === "series");
      if (series) {
        // 2026-11-22, 2026-12-22, 2027-02-22: 30 days, then 62 (hand-counted: 9 in Dec, 31 in Jan, 22 in Feb).
        const [a, b, c] = ["2026-11-22", "2026-12-22", "2027-02-22"].map((d) => series.dateX[d]!);
        expect((b! - a!) / (c! - b!)).toBeCloseTo(30 / 62, 2);
      }
    },
  );

  it.each(cases)(
    "%s in %s on phones: the small charts' text at 11 px or more, the change column on screen, no sideways scroll",
    async (name, lang) => {
      for (const size of ["360,740", "390,844"]) {
        const m = await measure(name, lang, size);
        const where = `${name} ${lang} ${size}`;
        const shown = m.charts.filter((c) => c.shown);
        expect(
          shown.map((c) => c.id),
          where,
        ).toEqual(name === "compare3" ? ["slope-compact", "series-compact"] : ["slope-compact"]);
        for (const c of shown) {
          expect(c.bad, `${where} ${c.id}`).toEqual([]);
          expect(c.smallest, `${where} ${c.id}: smallest text`).toBeGreaterThanOrEqual(11);
        }
        expect(m.scrollWidth, `${where}: page width`).toBeLessThanOrEqual(m.width);
        expect(m.deltaRight, `${where}: the change column`).toBeLessThanOrEqual(m.boxRight + 0.5);
        expect(m.sticky, `${where}: the first column stays`).toBe("sticky");
      }
    },
  );

  it("names the results by date, never by the files they came from", async () => {
    for (const lang of LANGS) {
      const html = await htmlOutput("compare3", lang);
      for (const path of ["examples/", "answers.yaml", "day30.yaml", "day92.yaml"]) expect(html, `${lang}: ${path}`).not.toContain(path);
      expect(html).toContain("2026-11-22");
    }
  });
});
