import { escapeHtml as esc } from "../escape.js";
import { c, wrapLabel } from "./common.js";

/*
 * Charts of a comparison: a slope chart of dimension gaps (before on the left, after on the right)
 * and, for a series, one line per dimension over time. Pure string builders like ../svg.ts: the
 * same input gives the same bytes; every text is escaped; coordinates have at most two decimals.
 */

export interface Line {
  label: string;
  /** One value per point (a gap as a share 0..1), null where there is none. */
  values: Array<number | null>;
}

export interface LineChartInput {
  id: string;
  title: string;
  /** Names of the points along the x axis (before/after, or dates). */
  points: string[];
  lines: Line[];
  percent: (share: number) => string;
  /** "slope": coloured by direction (down is better); "series": one colour per line. */
  kind: "slope" | "series";
}

/** Colours for the series, distinguishable and dark enough on white. */
const PALETTE = ["#1f5b8e", "#d2691e", "#2f7d4f", "#8e3b8e", "#b83a2e", "#5d6878", "#0f8a8a", "#a86a09", "#4a4fc4", "#7a5230"];

/** Labels at the right end, pushed apart so that no two overlap. */
function spread(ys: number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = new Array<number>(ys.length);
  let last = -Infinity;
  for (const o of order) {
    const y = Math.max(o.y, last + gap, top);
    out[o.i] = y;
    last = y;
  }
  // If the stack ran off the bottom, shift it up.
  const overflow = last - bottom;
  if (overflow > 0) for (let i = 0; i < out.length; i++) out[i] = Math.max(top, out[i]! - overflow);
  return out;
}

/** Lines over a 0..100 % gap axis, each labelled at its last value. */
export function lineChartSvg(input: LineChartInput): string {
  const { points, lines } = input;
  const fs = 12;
  const W = 760;
  const left = 48;
  const labelW = 230;
  const top = 28;
  const plotH = Math.max(220, lines.length * (fs * 1.35) + 20);
  const bottom = 36;
  const H = top + plotH + bottom;
  const plotW = W - left - labelW - 20;
  const n = points.length;
  const x = (k: number) => left + (n <= 1 ? plotW / 2 : (plotW * k) / (n - 1));
  // The gap axis: round steps of 5, 10, 20 or 25 %, at most five of them, never beyond 100 %.
  const highest = Math.max(0.05, ...lines.flatMap((l) => l.values.filter((v): v is number => v !== null)));
  const step = [0.05, 0.1, 0.2, 0.25].find((st) => Math.ceil(highest / st - 1e-9) <= 5) ?? 0.25;
  const steps = Math.max(1, Math.ceil(highest / step - 1e-9));
  const yMax = Math.min(1, step * steps);
  const y = (v: number) => top + plotH - (plotH * Math.max(0, Math.min(yMax, v))) / yMax;
  const out: string[] = [];

  for (let k = 0; k <= steps; k++) {
    const v = Math.min(yMax, step * k);
    out.push(`<line x1="${c(left)}" y1="${c(y(v))}" x2="${c(left + plotW)}" y2="${c(y(v))}" class="${k === 0 ? "axis" : "grid"}"/>`);
    out.push(`<text x="${c(left - 6)}" y="${c(y(v) + fs * 0.35)}" text-anchor="end" class="tick">${esc(input.percent(v))}</text>`);
  }
  points.forEach((p, k) => {
    out.push(`<line x1="${c(x(k))}" y1="${c(top)}" x2="${c(x(k))}" y2="${c(top + plotH)}" class="axis"/>`);
    const anchor = n > 1 && k === 0 ? "start" : n > 1 && k === n - 1 ? "end" : "middle";
    out.push(`<text x="${c(x(k))}" y="${c(top + plotH + fs * 1.6)}" text-anchor="${anchor}" class="point-name">${esc(p)}</text>`);
  });

  const ends: number[] = [];
  lines.forEach((line) => {
    const lastK = line.values.reduce<number>((acc, v, k) => (v === null ? acc : k), -1);
    ends.push(lastK < 0 ? top + plotH : y(line.values[lastK]!));
  });
  const labelY = spread(ends, fs * 1.3, top + fs * 0.4, top + plotH + fs * 0.4);

  lines.forEach((line, i) => {
    const known = line.values.map((v, k) => ({ v, k })).filter((p): p is { v: number; k: number } => p.v !== null);
    if (known.length === 0) return;
    const first = known[0]!.v;
    const last = known[known.length - 1]!.v;
    const dir = last < first - 1e-9 ? "down" : last > first + 1e-9 ? "up" : "flat";
    const cls = input.kind === "slope" ? `line ${dir}` : "line";
    const stroke = input.kind === "series" ? ` stroke="${PALETTE[i % PALETTE.length]}"` : "";
    const fill = input.kind === "series" ? ` fill="${PALETTE[i % PALETTE.length]}"` : "";
    const desc = `${line.label}: ${known.map((p) => `${points[p.k]} ${input.percent(p.v)}`).join(", ")}`;
    out.push(`<g class="${cls}"><title>${esc(desc)}</title>`);
    if (known.length > 1) out.push(`<polyline points="${known.map((p) => `${c(x(p.k))},${c(y(p.v))}`).join(" ")}"${stroke}/>`);
    for (const p of known) out.push(`<circle cx="${c(x(p.k))}" cy="${c(y(p.v))}" r="3.5"${fill}/>`);
    const lastK = known[known.length - 1]!.k;
    const text = wrapLabel(line.label, 34, 1)[0] ?? "";
    const lx = x(n - 1) + 10;
    if (lastK === n - 1 && Math.abs(labelY[i]! - ends[i]!) > 2)
      out.push(`<line x1="${c(x(n - 1) + 4)}" y1="${c(ends[i]!)}" x2="${c(lx - 2)}" y2="${c(labelY[i]!)}" class="leader"${stroke}/>`);
    out.push(
      `<text x="${c(lx)}" y="${c(labelY[i]! + fs * 0.35)}" class="line-label"${fill}>${esc(`${text} ${input.percent(last)}`)}</text>`,
    );
    out.push("</g>");
  });

  return (
    `<svg id="${esc(input.id)}" class="chart lines ${input.kind}" viewBox="0 0 ${W} ${c(H)}" ` +
    `width="100%" font-size="${fs}" role="img" aria-labelledby="${esc(input.id)}-title">` +
    `<title id="${esc(input.id)}-title">${esc(input.title)}</title>` +
    out.join("") +
    `</svg>`
  );
}
