import { escapeHtml as esc } from "../escape.js";
import { c, dataValue, valueAxis, wrapLabel } from "./common.js";

/*
 * Where the weighted gap lies (a Pareto chart, on its side so that every bar carries its item's
 * name): one row per candidate gap, largest first, a bar as long as its points, its points at the
 * end, and the running share of the weighted gap in a column on the right. After the last listed
 * gap a row of its own holds the 80/20 cut and its label. Every candidate is drawn, so the running
 * share ends at 100 %.
 */

export interface ParetoBar {
  id: string;
  title: string;
  /** Points of the gap index. */
  points: number;
  /** Cumulative share of the weighted gap after this bar, 0..1. */
  cumulative: number;
  /** In the 80/20 list. */
  selected: boolean;
}

export interface ParetoInput {
  id: string;
  title: string;
  bars: ParetoBar[];
  /** Width of the view box: a wide chart and a compact one for phones (drawn at about its own size). */
  width: number;
  fontSize: number;
  texts: { points: string; cumulative: string; cut: string };
  num: (v: number) => string;
  percent: (share: number) => string;
  /** Part of a longer chart (the printed one, in pieces): the rank of its first bar less one, and the largest bar of all. */
  part?: { first: number; largest: number };
}

export function paretoSvg(input: ParetoInput): string {
  const { bars, width: W, fontSize: fs } = input;
  const rowH = Math.round(fs * 1.9);
  const nameW = Math.round(W * (W < 600 ? 0.42 : 0.36));
  const cumW = fs * 4.2;
  const valueW = fs * 3;
  const top = fs * 3.8;
  const left = nameW + fs * 0.6;
  const plotW = W - left - cumW - valueW;
  const cutAfter = bars.filter((b) => b.selected).length;
  const first = input.part?.first ?? 0;
  const hasCut = cutAfter > 0 && cutAfter < bars.length;
  const rows = bars.length + (hasCut ? 1 : 0);
  const rowTop = (i: number) => top + rowH * (i + (hasCut && i >= cutAfter ? 1 : 0));
  const H = top + rowH * rows + fs;
  const axis = valueAxis(input.part?.largest ?? Math.max(...bars.map((b) => b.points), 0));
  const x = (v: number) => left + (plotW * Math.max(0, v)) / axis.top;
  const out: string[] = [];
  const maxChars = Math.floor(nameW / (fs * 0.6));

  // The value axis on top: ticks from 0 to just above the largest, a grid line at each.
  for (let v = 0; v <= axis.top + 1e-9; v += axis.step) {
    out.push(
      `<line x1="${c(x(v))}" y1="${c(top - fs * 0.3)}" x2="${c(x(v))}" y2="${c(top + rowH * rows)}" class="grid" ` +
        `data-tick="${dataValue(v)}"/>`,
    );
    out.push(`<text x="${c(x(v))}" y="${c(top - fs * 0.6)}" text-anchor="middle" class="tick">`);
    out.push(`${esc(input.num(v))}</text>`);
  }
  out.push(`<text x="${c(left)}" y="${c(top - fs * 2.3)}" class="axis-title">${esc(input.texts.points)}</text>`);
  out.push(`<text x="${c(W)}" y="${c(top - fs * 2.3)}" text-anchor="end" class="axis-title">${esc(input.texts.cumulative)}</text>`);

  const barH = rowH * 0.62;
  bars.forEach((b, i) => {
    const mid = rowTop(i) + rowH / 2;
    const name = wrapLabel(`${first + i + 1}. ${b.title}`, maxChars, 1)[0] ?? "";
    out.push(
      `<text x="${c(left - fs * 0.6)}" y="${c(mid + fs * 0.35)}" text-anchor="end" class="bar-name${b.selected ? " selected" : ""}">` +
        `${esc(name)}${name.endsWith("…") ? `<title>${esc(b.title)}</title>` : ""}</text>`,
    );
    out.push(
      `<rect x="${c(left)}" y="${c(mid - barH / 2)}" width="${c(x(b.points) - left)}" height="${c(barH)}" ` +
        `class="${b.selected ? "bar selected" : "bar"}" data-id="${esc(b.id)}" data-value="${dataValue(b.points)}">` +
        `<title>${esc(`${first + i + 1}. ${b.title}: ${input.num(b.points)}`)}</title></rect>`,
    );
    out.push(`<text x="${c(x(b.points) + fs * 0.4)}" y="${c(mid + fs * 0.35)}" class="bar-value">${esc(input.num(b.points))}</text>`);
    out.push(
      `<text x="${c(W)}" y="${c(mid + fs * 0.35)}" text-anchor="end" class="cum" data-id="${esc(b.id)}" ` +
        `data-value="${dataValue(b.cumulative)}">${esc(input.percent(b.cumulative))}</text>`,
    );
  });
  out.push(`<line x1="${c(left)}" y1="${c(top)}" x2="${c(left)}" y2="${c(top + rowH * rows)}" class="axis"/>`);

  // The cut: a dashed line through its own row, its label on the left.
  if (hasCut) {
    const yc = top + rowH * (cutAfter + 0.5);
    out.push(`<line x1="${c(left)}" y1="${c(yc)}" x2="${c(W)}" y2="${c(yc)}" class="cut"/>`);
    out.push(`<text x="${c(left - fs * 0.6)}" y="${c(yc + fs * 0.35)}" text-anchor="end" class="cut-label">${esc(input.texts.cut)}</text>`);
  }

  return (
    `<svg id="${esc(input.id)}" class="chart pareto" viewBox="0 0 ${c(W)} ${c(H)}" width="100%" ` +
    `font-size="${c(fs)}" role="img" aria-labelledby="${esc(input.id)}-title">` +
    `<title id="${esc(input.id)}-title">${esc(input.title)}</title>` +
    out.join("") +
    `</svg>`
  );
}

/** Bars a printed piece of the chart holds: about a third of an A4 page at the report's print width. */
const PRINT_ROWS = 12;

/**
 * The chart for paper, in pieces of about PRINT_ROWS bars on one shared axis, each with the axis on
 * top: a drawing is never cut by a page break, so a chart taller than what is left of a page would
 * leave that page half empty; pieces fill it and go on over the next. The 80/20 cut falls inside a
 * piece, never between two.
 */
export function paretoPrintSvgs(input: ParetoInput): string[] {
  const { bars } = input;
  const largest = Math.max(...bars.map((b) => b.points), 0);
  const cutAfter = bars.filter((b) => b.selected).length;
  const starts: number[] = [];
  for (let at = 0; at < bars.length; ) {
    starts.push(at);
    let next = at + PRINT_ROWS;
    if (next === cutAfter) next++; // keep the cut row with the bars above it
    if (bars.length - next < 4) next = bars.length; // no piece of one to three bars
    at = next;
  }
  return starts.map((from, k) => {
    const to = starts[k + 1] ?? bars.length;
    const title = `${input.title} (${from + 1}–${to})`;
    return paretoSvg({ ...input, id: `${input.id}-${k + 1}`, title, bars: bars.slice(from, to), part: { first: from, largest } });
  });
}
