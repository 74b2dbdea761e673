import { escapeHtml as esc } from "../escape.js";
import { c, dataValue, valueAxis } from "./common.js";

/*
 * The impact/effort matrix (docs/scoring.md#quadrants-and-the-plan; honest per docs/reports.md): effort across (1–5, split after 2),
 * points of the gap index up (split at the 80/20 cut). A dot's height is its points, exactly: dots
 * that would overlap move sideways within their effort column, and where the column is full they
 * stack on the nearest dot, which then shows how many it holds ("+2"). Listed gaps are numbered
 * dots named in the key beside the chart; the others are small grey dots.
 */

export interface MatrixDot {
  id: string;
  /** Rank in the 80/20 list (drawn in the dot), or undefined for a gap outside it. */
  rank?: number;
  title: string;
  points: number;
  effort: number;
}

export interface MatrixInput {
  id: string;
  title: string;
  dots: MatrixDot[];
  /** Points between the last listed gap and the first one outside the list: the horizontal divider. */
  cut: number;
  width: number;
  fontSize: number;
  /** Radius of a numbered dot; smaller on a phone so that more fit side by side. */
  dot: number;
  texts: {
    points: string;
    effort: string;
    /** The label of the horizontal split, e.g. "80/20 cut". */
    cut: string;
    quadrants: { topLeft: string; topRight: string; bottomLeft: string; bottomRight: string };
  };
  num: (v: number) => string;
}

interface Placed {
  x: number;
  y: number;
  r: number;
  /** Dots stacked on this one. */
  held: number;
}

export function matrixSvg(input: MatrixInput): string {
  const g = frameOf(input);
  return (
    `<svg id="${esc(input.id)}" class="chart matrix" viewBox="0 0 ${c(input.width)} ${c(g.H)}" width="100%" ` +
    `font-size="${c(input.fontSize)}" role="img" aria-labelledby="${esc(input.id)}-title">` +
    `<title id="${esc(input.id)}-title">${esc(input.title)}</title>` +
    frameSvg(input, g).join("") +
    dotsSvg(input, g).join("") +
    `</svg>`
  );
}

type Frame = ReturnType<typeof frameOf>;

/** Where things go: the plot area, the value axis (0 to just above the largest) and the 80/20 split. */
function frameOf(input: MatrixInput) {
  const { width: W, fontSize: fs, dots } = input;
  const left = fs * 4;
  const right = fs * 1;
  const top = fs * 2.2;
  const bottom = fs * 3.6;
  const plotW = W - left - right;
  const plotH = Math.round(W * (W < 600 ? 0.78 : 0.46));
  const H = top + plotH + bottom;
  const big = input.dot;
  const small = Math.max(4, big * 0.45);
  const strip = fs * 1.6;
  const axis = valueAxis(Math.max(...dots.map((d) => d.points), 0));
  const yMax = axis.top;
  // Values live between the two strips that hold the quadrant names: yZero is 0 points, yTop the axis's top.
  const yTop = top + strip + big;
  const yZero = top + plotH - strip - big;
  const y = (p: number) => yZero - ((yZero - yTop) * Math.max(0, p)) / yMax;
  const colW = plotW / 5;
  const xCol = (e: number) => left + colW * (Math.max(1, Math.min(5, e)) - 0.5);
  const splitX = left + colW * 2;
  const splitY = Math.max(yTop, Math.min(yZero, y(input.cut)));
  return { left, top, plotW, plotH, H, big, small, axis, yMax, colW, xCol, y, splitX, splitY };
}

/** The quadrants, their names, the split lines and the axes. */
function frameSvg(input: MatrixInput, g: Frame): string[] {
  const { fontSize: fs } = input;
  const { left, top, plotW, plotH, H, axis, yMax, xCol, y, splitX, splitY } = g;
  const out: string[] = [];

  // Quadrant backgrounds and dividers.
  const rect = (x0: number, y0: number, x1: number, y1: number, cls: string) =>
    out.push(`<rect x="${c(x0)}" y="${c(y0)}" width="${c(x1 - x0)}" height="${c(y1 - y0)}" class="q ${cls}"/>`);
  rect(left, top, splitX, splitY, "q-quick");
  rect(splitX, top, left + plotW, splitY, "q-major");
  rect(left, splitY, splitX, top + plotH, "q-fill");
  rect(splitX, splitY, left + plotW, top + plotH, "q-notnow");
  out.push(`<line x1="${c(splitX)}" y1="${c(top)}" x2="${c(splitX)}" y2="${c(top + plotH)}" class="divider"/>`);
  out.push(`<line x1="${c(left)}" y1="${c(splitY)}" x2="${c(left + plotW)}" y2="${c(splitY)}" class="divider"/>`);
  out.push(`<line x1="${c(left)}" y1="${c(top + plotH)}" x2="${c(left + plotW)}" y2="${c(top + plotH)}" class="axis"/>`);
  out.push(`<line x1="${c(left)}" y1="${c(top)}" x2="${c(left)}" y2="${c(top + plotH)}" class="axis"/>`);
  // The horizontal split is labelled on the value axis with its value (the legend names it), where no dot goes.
  out.push(
    `<text x="${c(left - fs * 0.4)}" y="${c(splitY + fs * 0.35)}" text-anchor="end" class="split-label">` +
      `${esc(input.num(input.cut))}</text>`,
  );

  // Quadrant names in their strips: top ones at the top, bottom ones at the bottom.
  const q = input.texts.quadrants;
  const pad = fs * 0.5;
  const name = (text: string, x: number, yy: number, anchor: string) =>
    out.push(`<text x="${c(x)}" y="${c(yy)}" text-anchor="${anchor}" class="q-name">${esc(text)}</text>`);
  name(q.topLeft, left + pad, top + fs * 1.15, "start");
  name(q.topRight, left + plotW - pad, top + fs * 1.15, "end");
  name(q.bottomLeft, left + pad, top + plotH - fs * 0.5, "start");
  name(q.bottomRight, left + plotW - pad, top + plotH - fs * 0.5, "end");

  // Axes: points up the left (0 to just above the largest), effort 1–5 along the bottom.
  for (let v = 0; v <= yMax + 1e-9; v += axis.step) {
    if (Math.abs(y(v) - splitY) > fs * 1.1)
      out.push(`<text x="${c(left - fs * 0.4)}" y="${c(y(v) + fs * 0.35)}" text-anchor="end" class="tick">${esc(input.num(v))}</text>`);
    out.push(
      `<line x1="${c(left - fs * 0.25)}" y1="${c(y(v))}" x2="${c(left)}" y2="${c(y(v))}" class="axis" data-tick="${dataValue(v)}"/>`,
    );
  }
  for (let e = 1; e <= 5; e++)
    out.push(`<text x="${c(xCol(e))}" y="${c(top + plotH + fs * 1.3)}" text-anchor="middle" class="tick">${e}</text>`);
  out.push(
    `<text x="${c(left + plotW / 2)}" y="${c(H - fs * 0.5)}" text-anchor="middle" class="axis-title">${esc(input.texts.effort)}</text>`,
  );
  out.push(
    `<text transform="translate(${c(fs * 1.1)} ${c(top + plotH / 2)}) rotate(-90)" ` +
      `text-anchor="middle" class="axis-title">${esc(input.texts.points)}</text>`,
  );

  return out;
}

/** Listed dots first (by rank), then the others; each at its own height, moved only sideways. */
function dotsSvg(input: MatrixInput, g: Frame): string[] {
  const { fontSize: fs, dots } = input;
  const { big, small, colW, xCol, y } = g;
  const placed: Placed[] = [];
  const clear = (x: number, yy: number, r: number) => placed.every((p) => (p.x - x) ** 2 + (p.y - yy) ** 2 >= (p.r + r + 1.5) ** 2);
  const order = [...dots].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.points - a.points);
  const marks: string[] = [];
  const stackedOn = new Map<Placed, string[]>();
  for (const d of order) {
    const r = d.rank !== undefined ? big : small;
    const cx = xCol(d.effort);
    const cy = y(d.points);
    const half = colW / 2 - r - 2;
    let x: number | undefined;
    for (let k = 0; x === undefined && k < 40; k++) {
      const dx = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (r + 1);
      if (Math.abs(dx) > half) continue;
      if (clear(cx + dx, cy, r)) x = cx + dx;
    }
    const attrs = `data-id="${esc(d.id)}" data-value="${dataValue(d.points)}" data-effort="${d.effort}"`;
    const rank = d.rank !== undefined ? `${d.rank}. ` : "";
    const tip = `<title>${esc(`${rank}${d.title}: ${input.num(d.points)} · ${input.texts.effort.split(" ")[0]} ${d.effort}`)}</title>`;
    if (x === undefined) {
      // The column is full at this height: the dot stacks on the nearest one, which counts it.
      const host = placed.reduce((a, b) => (Math.hypot(b.x - cx, b.y - cy) < Math.hypot(a.x - cx, a.y - cy) ? b : a));
      host.held++;
      const list = stackedOn.get(host) ?? [];
      list.push(
        `<g class="dot stacked ${d.rank !== undefined ? "listed" : "other"}" ${attrs}>${tip}` +
          `<circle cx="${c(host.x)}" cy="${c(cy)}" r="${c(r)}"/></g>`,
      );
      stackedOn.set(host, list);
      continue;
    }
    const p: Placed = { x, y: cy, r, held: 0 };
    placed.push(p);
    if (d.rank !== undefined) {
      marks.push(
        `<g class="dot listed" ${attrs}>${tip}<circle cx="${c(x)}" cy="${c(cy)}" r="${c(r)}"/>` +
          `<text x="${c(x)}" y="${c(cy + big * 0.33)}" text-anchor="middle" ` +
          `font-size="${c(Math.max(11.5, d.rank >= 10 ? big * 0.85 : big * 0.95))}" class="dot-num">${d.rank}</text></g>`,
      );
    } else marks.push(`<g class="dot other" ${attrs}>${tip}<circle cx="${c(x)}" cy="${c(cy)}" r="${c(r)}"/></g>`);
  }
  for (const [host, list] of stackedOn) {
    marks.unshift(...list);
    // The count goes beside its dot, on the first side where it covers no other dot.
    const w = fs * 0.6 * (String(host.held).length + 1);
    const spots = [
      [host.x + host.r + 2 + w / 2, host.y],
      [host.x - host.r - 2 - w / 2, host.y],
      [host.x, host.y - host.r - fs * 0.6],
      [host.x, host.y + host.r + fs * 0.6],
    ] as const;
    const free = (x: number, yy: number) =>
      placed.every((p) => p === host || Math.abs(p.x - x) > p.r + w / 2 || Math.abs(p.y - yy) > p.r + fs * 0.5);
    const [sx, sy] = spots.find(([x, yy]) => free(x, yy)) ?? spots[0];
    marks.push(`<text x="${c(sx)}" y="${c(sy + fs * 0.35)}" text-anchor="middle" class="stack-count">+${host.held}</text>`);
  }
  return marks;
}
