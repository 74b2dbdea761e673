import { escapeHtml as esc } from "./escape.js";

/*
 * Inline SVG charts for the HTML report: a radar (now and target by dimension) and a Pareto chart
 * (candidate gaps by impact with the cumulative share). Pure string builders, no DOM: the same
 * input gives the same bytes. Every text is escaped; coordinates are rounded to two decimals.
 */

/** A coordinate with at most two decimals, never "-0". */
function c(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** Rough width of a text in a sans-serif font: enough to keep labels apart and inside the view box. */
function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}

/**
 * Word-wraps a label into at most `maxLines` lines of about `maxChars` characters. A word a little
 * longer than a line keeps its own line; a very long one is broken; overflow ends with "…".
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  // Pieces to join: words, split after their own hyphens; `glue` is what goes before a piece.
  const pieces: Array<{ text: string; glue: string }> = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    word.split(/(?<=-)(?=.)/).forEach((part, k) => {
      let rest = [...part];
      let glue = k === 0 ? " " : "";
      while (rest.length > maxChars + 4) {
        pieces.push({ text: `${rest.slice(0, maxChars - 1).join("")}-`, glue });
        rest = rest.slice(maxChars - 1);
        glue = "";
      }
      pieces.push({ text: rest.join(""), glue });
    });
  }
  const lines: string[] = [];
  let current = "";
  for (const { text: piece, glue } of pieces) {
    if (current && [...current].length + glue.length + [...piece].length > maxChars) {
      lines.push(current);
      current = piece;
    } else current = current ? `${current}${glue}${piece}` : piece;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!];
  kept[maxLines - 1] = `${last
    .slice(0, Math.max(1, Math.min(last.length, maxChars - 1)))
    .join("")
    .replace(/[\s,.;:-]+$/, "")}…`;
  return kept;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function grow(box: Box, other: Box): void {
  box.x0 = Math.min(box.x0, other.x0);
  box.y0 = Math.min(box.y0, other.y0);
  box.x1 = Math.max(box.x1, other.x1);
  box.y1 = Math.max(box.y1, other.y1);
}

// ---------------------------------------------------------------------------------------------
// Radar

export interface RadarSpoke {
  /** The dimension title. */
  label: string;
  current: number | null;
  target: number;
}

export interface RadarInput {
  id: string;
  /** Accessible name of the chart. */
  title: string;
  /** Top of the scale; the centre is 0. */
  max: number;
  spokes: RadarSpoke[];
  /** "numbers": spokes labelled 1..n (a compact chart with a key beside it); "titles": wrapped titles. */
  labels: "titles" | "numbers";
  /** Marks a spoke whose dimension has no answer (its current is drawn at 0). */
  unansweredMark: string;
  /** Series names, for the accessible description. */
  currentName: string;
  targetName: string;
  /** Formats a level for the scale ticks and the description. */
  num: (v: number) => string;
}

interface Label {
  lines: string[];
  /** The spoke's number, shown before the title (it matches the dimension table). */
  num?: number;
  /** Smaller trailing line (the unanswered mark). */
  note?: string;
  anchor: "start" | "middle" | "end";
  x: number;
  y0: number;
  w: number;
  h: number;
  muted: boolean;
  full: string;
}

function labelBox(l: Label): Box {
  const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - l.w : l.x - l.w / 2;
  return { x0, y0: l.y0, x1: x0 + l.w, y1: l.y0 + l.h };
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

/** A radar chart: one spoke per dimension, rings per level, target (dashed) and now (filled). */
export function radarSvg(input: RadarInput): string {
  const { spokes, max } = input;
  const n = spokes.length;
  const numbers = input.labels === "numbers";
  const R = numbers ? 130 : 150;
  const fs = numbers ? 17 : 13;
  const lineH = fs * 1.2;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
  const at = (i: number, v: number): [number, number] => {
    const r = (R * Math.max(0, Math.min(max, v))) / max;
    return [r * Math.cos(angle(i)), r * Math.sin(angle(i))];
  };
  const pts = (values: number[]) => values.map((v, i) => at(i, v).map(c).join(",")).join(" ");

  const box: Box = { x0: -R, y0: -R, x1: R, y1: R };
  const out: string[] = [];

  // Rings and spokes.
  for (let level = 1; level <= max; level++) {
    const ring = n >= 3 ? `<polygon points="${pts(spokes.map(() => level))}"` : `<circle cx="0" cy="0" r="${c((R * level) / max)}"`;
    out.push(`${ring} class="grid${level === max ? " grid-outer" : ""}"/>`);
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = at(i, max);
    out.push(`<line x1="0" y1="0" x2="${c(x)}" y2="${c(y)}" class="grid"/>`);
  }
  // Level numbers up the first spoke, just beside it.
  for (let level = 1; level <= max; level++) {
    out.push(
      `<text x="${c(4)}" y="${c(-(R * level) / max - 3)}" class="tick" font-size="${numbers ? 13 : 11}">${esc(input.num(level))}</text>`,
    );
  }

  // Target, then now on top.
  if (n > 0) {
    const target = spokes.map((s) => s.target);
    const current = spokes.map((s) => s.current ?? 0);
    if (n >= 3) {
      out.push(`<polygon points="${pts(target)}" class="target"/>`);
      out.push(`<polygon points="${pts(current)}" class="current"/>`);
    } else {
      out.push(`<polyline points="${pts(target)}" class="target"/>`);
      out.push(`<polyline points="${pts(current)}" class="current"/>`);
    }
    spokes.forEach((s, i) => {
      const [tx, ty] = at(i, s.target);
      out.push(`<rect x="${c(tx - 3)}" y="${c(ty - 3)}" width="6" height="6" class="target-pt"/>`);
      const [x, y] = at(i, s.current ?? 0);
      out.push(`<circle cx="${c(x)}" cy="${c(y)}" r="4" class="${s.current === null ? "current-pt unanswered" : "current-pt"}"/>`);
    });
  }

  // Labels: placed outside the outer ring, then pushed apart where they would overlap.
  const labels: Label[] = spokes.map((s, i) => {
    const a = angle(i);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const lines = numbers ? [String(i + 1)] : wrapLabel(s.label, n > 12 ? 14 : 17, 3);
    const note = s.current === null ? input.unansweredMark : undefined;
    const noteSize = fs * 0.85;
    const prefix = numbers ? "" : `${i + 1} `;
    const w =
      Math.max(...lines.map((l, k) => textWidth(k === 0 ? prefix + l : l, fs)), note ? textWidth(numbers ? "?" : note, noteSize) : 0) +
      (numbers ? fs * 0.6 : 0);
    const h = (lines.length + (note && !numbers ? 1 : 0)) * lineH;
    const r = R + (numbers ? 18 : 12);
    const anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
    const x = r * cos;
    const y = r * sin;
    const y0 = y - h / 2 + (sin * h) / 2;
    return {
      lines: numbers && note ? [`${i + 1}?`] : lines,
      ...(numbers ? {} : { num: i + 1 }),
      ...(note && !numbers ? { note } : {}),
      anchor,
      x,
      y0,
      w,
      h,
      muted: s.current === null,
      full: s.label,
    };
  });
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.y0 - labels[b]!.y0 || a - b);
  for (let pass = 0; pass < 20; pass++) {
    let moved = false;
    for (let oi = 0; oi < order.length; oi++) {
      for (let oj = oi + 1; oj < order.length; oj++) {
        const a = labels[order[oi]!]!;
        const b = labels[order[oj]!]!;
        if (overlaps(labelBox(a), labelBox(b), 2)) {
          b.y0 = a.y0 + a.h + 3;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  for (const l of labels) {
    grow(box, labelBox(l));
    const first = l.y0 + fs * 0.95;
    const tspans = l.lines.map((line, k) => {
      const num = k === 0 && l.num !== undefined ? `<tspan class="spoke-num">${l.num}</tspan> ` : "";
      return `<tspan x="${c(l.x)}" y="${c(first + k * lineH)}">${num}${esc(line)}</tspan>`;
    });
    if (l.note)
      tspans.push(
        `<tspan x="${c(l.x)}" y="${c(first + l.lines.length * lineH)}" class="note" font-size="${c(fs * 0.85)}">${esc(l.note)}</tspan>`,
      );
    const cls = l.muted ? "label muted" : "label";
    out.push(`<text text-anchor="${l.anchor}" font-size="${fs}" class="${cls}"><title>${esc(l.full)}</title>${tspans.join("")}</text>`);
  }

  const pad = 8;
  const vb = [box.x0 - pad, box.y0 - pad, box.x1 - box.x0 + 2 * pad, box.y1 - box.y0 + 2 * pad].map(c).join(" ");
  const desc = spokes
    .map(
      (s) =>
        `${s.label}: ${input.currentName} ${s.current === null ? "–" : input.num(s.current)}, ${input.targetName} ${input.num(s.target)}`,
    )
    .join("; ");
  return (
    `<svg id="${esc(input.id)}" class="chart radar" viewBox="${vb}" width="100%" role="img" aria-labelledby="${esc(input.id)}-title">` +
    `<title id="${esc(input.id)}-title">${esc(input.title)}</title><desc>${esc(desc)}</desc>` +
    out.join("") +
    `</svg>`
  );
}

// ---------------------------------------------------------------------------------------------
// Pareto

export interface ParetoBar {
  title: string;
  impact: number;
  /** Cumulative share of the weighted gap after this bar, 0..1. */
  cumulative: number;
  /** In the 80/20 list. */
  selected: boolean;
}

export interface ParetoInput {
  id: string;
  title: string;
  bars: ParetoBar[];
  threshold: number;
  /** Width of the view box and the font size in its units: a wide chart and a compact one for phones. */
  width: number;
  fontSize: number;
  texts: { impact: string; cumulative: string; rank: string; cut: string };
  num: (v: number) => string;
  percent: (share: number) => string;
}

/** The step of 1, 2, 2.5 or 5 × 10^k at or above `raw`. */
function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw - 1e-12) return m * p;
  return 10 * p;
}

/** Bars by impact, the cumulative-share line with points, and the cut at the threshold. */
export function paretoSvg(input: ParetoInput): string {
  const { bars, width: W, fontSize: fs } = input;
  const n = bars.length;
  const left = fs * 4;
  const right = fs * 4.8;
  const top = fs * 2.4;
  const bottom = fs * 3.6;
  const plotH = Math.round(W * (W < 600 ? 0.5 : 0.34));
  const H = top + plotH + bottom;
  const plotW = W - left - right;
  const step = niceStep(Math.max(...bars.map((b) => b.impact), 0) / 4);
  const yMax = step * 4;
  const band = plotW / Math.max(1, n);
  const barW = Math.min(band * 0.7, fs * 3);
  const yImpact = (v: number) => top + plotH - (plotH * v) / yMax;
  const yShare = (s: number) => top + plotH - plotH * Math.max(0, Math.min(1, s));
  const xMid = (i: number) => left + band * (i + 0.5);
  const out: string[] = [];

  // Grid at quarters: the same lines serve both axes (impact on the left, share on the right).
  const cutY = yShare(input.threshold);
  for (let k = 0; k <= 4; k++) {
    const y = top + plotH - (plotH * k) / 4;
    out.push(`<line x1="${c(left)}" y1="${c(y)}" x2="${c(left + plotW)}" y2="${c(y)}" class="${k === 0 ? "axis" : "grid"}"/>`);
    out.push(`<text x="${c(left - fs * 0.5)}" y="${c(y + fs * 0.35)}" text-anchor="end" class="tick">${esc(input.num(step * k))}</text>`);
    if (Math.abs(y - cutY) > fs * 1.1)
      out.push(`<text x="${c(left + plotW + fs * 0.5)}" y="${c(y + fs * 0.35)}" class="tick">${esc(input.percent(k / 4))}</text>`);
  }
  // Axis titles.
  const midY = top + plotH / 2;
  out.push(
    `<text transform="translate(${c(fs * 1.1)} ${c(midY)}) rotate(-90)" text-anchor="middle" ` +
      `class="axis-title">${esc(input.texts.impact)}</text>`,
  );
  out.push(
    `<text transform="translate(${c(W - fs * 0.6)} ${c(midY)}) rotate(90)" text-anchor="middle" ` +
      `class="axis-title">${esc(input.texts.cumulative)}</text>`,
  );
  out.push(
    `<text x="${c(left + plotW / 2)}" y="${c(H - fs * 0.4)}" text-anchor="middle" class="axis-title">${esc(input.texts.rank)}</text>`,
  );

  // Bars, with rank numbers below (thinned out when they would not fit).
  const every = Math.max(1, Math.ceil((fs * 1.5) / band));
  bars.forEach((b, i) => {
    const y = yImpact(b.impact);
    const x = xMid(i) - barW / 2;
    out.push(
      `<rect x="${c(x)}" y="${c(y)}" width="${c(barW)}" height="${c(top + plotH - y)}" ` +
        `class="${b.selected ? "bar selected" : "bar"}">` +
        `<title>${esc(`${i + 1}. ${b.title}: ${input.texts.impact} ${input.num(b.impact)}`)}</title>` +
        `</rect>`,
    );
    if (i % every === 0 || (i === n - 1 && i % every >= every / 2))
      out.push(`<text x="${c(xMid(i))}" y="${c(top + plotH + fs * 1.3)}" text-anchor="middle" class="tick rank">${i + 1}</text>`);
  });

  // The cut: a dashed line at the threshold, a divider after the last selected bar, a label.
  out.push(`<line x1="${c(left)}" y1="${c(cutY)}" x2="${c(left + plotW)}" y2="${c(cutY)}" class="cut"/>`);
  out.push(
    `<text x="${c(left + plotW + fs * 0.5)}" y="${c(cutY + fs * 0.35)}" class="tick ` +
      `cut-tick">${esc(input.percent(input.threshold))}</text>`,
  );
  const selected = bars.filter((b) => b.selected).length;
  if (selected > 0) {
    const dx = left + band * selected;
    if (selected < n) out.push(`<line x1="${c(dx)}" y1="${c(top - fs * 0.6)}" x2="${c(dx)}" y2="${c(top + plotH)}" class="divider"/>`);
    const label = input.texts.cut;
    const wl = textWidth(label, fs);
    const lx = Math.max(left + wl, Math.min(dx, left + plotW));
    out.push(
      `<text x="${c(lx - (selected < n ? fs * 0.3 : 0))}" y="${c(top - fs * 0.9)}" text-anchor="end" ` +
        `class="cut-label">${esc(label)}</text>`,
    );
  }

  // Cumulative share: a line with points.
  if (n > 0) {
    out.push(`<polyline points="${bars.map((b, i) => `${c(xMid(i))},${c(yShare(b.cumulative))}`).join(" ")}" class="cum"/>`);
    bars.forEach((b, i) => {
      out.push(
        `<circle cx="${c(xMid(i))}" cy="${c(yShare(b.cumulative))}" r="${c(fs * 0.28)}" class="cum-pt">` +
          `<title>${esc(`${i + 1}. ${input.texts.cumulative} ${input.percent(b.cumulative)}`)}</title>` +
          `</circle>`,
      );
    });
  }

  return (
    `<svg id="${esc(input.id)}" class="chart pareto" viewBox="0 0 ${c(W)} ${c(H)}" width="100%" ` +
    `font-size="${c(fs)}" role="img" aria-labelledby="${esc(input.id)}-title">` +
    `<title id="${esc(input.id)}-title">${esc(input.title)}</title>` +
    out.join("") +
    `</svg>`
  );
}

// ---------------------------------------------------------------------------------------------
// Impact/effort matrix (SPEC 5, 1.1)

export interface MatrixDot {
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
  texts: { points: string; effort: string; quadrants: { topLeft: string; topRight: string; bottomLeft: string; bottomRight: string } };
  num: (v: number) => string;
}

/**
 * A 2×2 scatter of the candidate gaps: effort across (1–5, split after 2), points of the gap index
 * up (split at the 80/20 cut). Listed gaps are numbered dots; the others small grey dots. Dots are
 * placed without overlapping (a deterministic beeswarm within their effort column), and the
 * quadrant names sit in strips no dot enters, so no text overlaps another.
 */
export function matrixSvg(input: MatrixInput): string {
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
  const yMax = niceStep(Math.max(...dots.map((d) => d.points), 0.1) / 4) * 4;
  // Dots live between the two label strips.
  const yTop = top + strip + big;
  const yBottom = top + plotH - strip - big;
  const y = (p: number) => yBottom - ((yBottom - yTop) * Math.max(0, p)) / yMax;
  const colW = plotW / 5;
  const xCol = (e: number) => left + colW * (Math.max(1, Math.min(5, e)) - 0.5);
  const out: string[] = [];

  // Quadrant backgrounds and dividers.
  const splitX = left + colW * 2;
  const splitY = Math.max(yTop, Math.min(yBottom, y(input.cut)));
  out.push(`<rect x="${c(left)}" y="${c(top)}" width="${c(splitX - left)}" height="${c(splitY - top)}" class="q q-quick"/>`);
  out.push(`<rect x="${c(splitX)}" y="${c(top)}" width="${c(left + plotW - splitX)}" height="${c(splitY - top)}" class="q q-major"/>`);
  out.push(`<rect x="${c(left)}" y="${c(splitY)}" width="${c(splitX - left)}" height="${c(top + plotH - splitY)}" class="q q-fill"/>`);
  out.push(
    `<rect x="${c(splitX)}" y="${c(splitY)}" width="${c(left + plotW - splitX)}" height="${c(top + plotH - splitY)}" class="q q-notnow"/>`,
  );
  out.push(`<line x1="${c(splitX)}" y1="${c(top)}" x2="${c(splitX)}" y2="${c(top + plotH)}" class="divider"/>`);
  out.push(`<line x1="${c(left)}" y1="${c(splitY)}" x2="${c(left + plotW)}" y2="${c(splitY)}" class="divider"/>`);
  out.push(`<line x1="${c(left)}" y1="${c(top + plotH)}" x2="${c(left + plotW)}" y2="${c(top + plotH)}" class="axis"/>`);
  out.push(`<line x1="${c(left)}" y1="${c(top)}" x2="${c(left)}" y2="${c(top + plotH)}" class="axis"/>`);

  // Quadrant names in their strips: top ones at the top, bottom ones at the bottom.
  const q = input.texts.quadrants;
  const pad = fs * 0.5;
  const name = (text: string, x: number, yy: number, anchor: string) =>
    out.push(`<text x="${c(x)}" y="${c(yy)}" text-anchor="${anchor}" class="q-name">${esc(text)}</text>`);
  name(q.topLeft, left + pad, top + fs * 1.15, "start");
  name(q.topRight, left + plotW - pad, top + fs * 1.15, "end");
  name(q.bottomLeft, left + pad, top + plotH - fs * 0.5, "start");
  name(q.bottomRight, left + plotW - pad, top + plotH - fs * 0.5, "end");

  // Axes: points up the left (at quarters of yMax), effort 1–5 along the bottom.
  for (let k = 0; k <= 4; k++) {
    const v = (yMax * k) / 4;
    out.push(`<text x="${c(left - fs * 0.4)}" y="${c(y(v) + fs * 0.35)}" text-anchor="end" class="tick">${esc(input.num(v))}</text>`);
    out.push(`<line x1="${c(left - fs * 0.25)}" y1="${c(y(v))}" x2="${c(left)}" y2="${c(y(v))}" class="axis"/>`);
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

  // Beeswarm: listed dots first (by rank), then the others; each at the first free spot near its place.
  const placed: Array<{ x: number; y: number; r: number }> = [];
  const free = (x: number, yy: number, r: number) => placed.every((p) => (p.x - x) ** 2 + (p.y - yy) ** 2 >= (p.r + r + 1.5) ** 2);
  const order = [...dots].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const marks: string[] = [];
  for (const d of order) {
    const r = d.rank !== undefined ? big : small;
    const cx = xCol(d.effort);
    const cy = y(d.points);
    const half = colW / 2 - r - 2;
    let spot: { x: number; y: number } | undefined;
    // Across the column first (nine places), then a row further from the divider: listed gaps move
    // up and the others down, so each stays on its side of the 80/20 cut; the other way only when full.
    const away = d.rank !== undefined ? -1 : 1;
    for (const dir of [away, -away]) {
      for (let ring = 0; ring < 900 && !spot; ring++) {
        const row = Math.floor(ring / 9);
        const k = ring % 9;
        const dx = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (r * 2 + 2);
        const x = cx + dx;
        const yy = cy + dir * row * (r * 2 + 2);
        if (Math.abs(dx) > half || yy < yTop || yy > yBottom) continue;
        if (free(x, yy, r)) spot = { x, y: yy };
      }
    }
    const at = spot ?? { x: cx, y: cy };
    placed.push({ ...at, r });
    const rank = d.rank !== undefined ? `${d.rank}. ` : "";
    const tip = `<title>${esc(`${rank}${d.title}: ${input.num(d.points)} · ${input.texts.effort.split(" ")[0]} ${d.effort}`)}</title>`;
    if (d.rank !== undefined) {
      marks.push(
        `<g class="dot listed">${tip}<circle cx="${c(at.x)}" cy="${c(at.y)}" r="${c(r)}"/>` +
          `<text x="${c(at.x)}" y="${c(at.y + big * 0.33)}" text-anchor="middle" ` +
          `font-size="${c(d.rank >= 10 ? big * 0.85 : big * 0.95)}" class="dot-num">${d.rank}</text></g>`,
      );
    } else marks.push(`<g class="dot other">${tip}<circle cx="${c(at.x)}" cy="${c(at.y)}" r="${c(r)}"/></g>`);
  }
  out.push(...marks);

  return (
    `<svg id="${esc(input.id)}" class="chart matrix" viewBox="0 0 ${c(W)} ${c(H)}" width="100%" ` +
    `font-size="${c(fs)}" role="img" aria-labelledby="${esc(input.id)}-title">` +
    `<title id="${esc(input.id)}-title">${esc(input.title)}</title>` +
    out.join("") +
    `</svg>`
  );
}
