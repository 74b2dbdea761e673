import { escapeHtml as esc } from "../escape.js";
import { c, dataValue, textWidth, valueAxis, wrapLabel } from "./common.js";

/*
 * Charts of a comparison: a slope chart of dimension gaps (before on the left, after on the right)
 * and, for a series, one line per dimension over time (docs/reports.md#pages-to-trust). Honest:
 * a mark sits at its value on the gap axis, and at its date on the time axis when every point has
 * one (30 and 62 days apart are spaced 30 : 62). Each line has its own colour and marker shape and
 * is named at both ends; labels that would overlap are moved apart, their marks never are (a leader
 * joins the two). Where lines lie on top of each other, the shared stretch is drawn again in
 * alternating dashes of each colour, so every one of them shows. A phone gets small multiples: one
 * small panel per line, text at 12 px in a view box as wide as a 360 px phone's content.
 *
 * Every mark carries data-id (the line's id), data-value (its share) and, on a time axis, data-date;
 * every value grid line data-tick, every time axis line data-date; the scope of the ticks is the
 * nearest element with data-axis. Pure string builders: the same input gives the same bytes.
 */

export interface Line {
  /** The dimension id, for data-id. */
  id: string;
  label: string;
  /** One value per point (a gap as a share 0..1), null where there is none (a break in the line). */
  values: Array<number | null>;
}

export interface LineChartInput {
  id: string;
  title: string;
  /** Names of the points along the x axis (before/after, or dates). */
  points: string[];
  /** Each point's date (YYYY-MM-DD) when every point has one: the points are then spaced by it. */
  dates?: string[];
  lines: Line[];
  percent: (share: number) => string;
  /** "slope": two points, before and after; "series": every point in time. */
  kind: "slope" | "series";
}

/** Dark enough for text on white (≥ 4.5:1) and told apart from their neighbours in the list. */
export const PALETTE = [
  "#1f5b8e",
  "#b34700",
  "#2a7047",
  "#c2185b",
  "#5d6878",
  "#8a5a00",
  "#4a4fc4",
  "#0f6e6e",
  "#b83a2e",
  "#6d4c41",
  "#8e3b8e",
  "#1c2430",
];
const SHAPES = ["circle", "square", "diamond", "triangle", "triangle-down"] as const;

export const lineColour = (i: number) => PALETTE[i % PALETTE.length]!;

/** A marker of line i at (x, y): its shape tells the line apart where colours are hard to tell. */
function marker(i: number, x: number, y: number, r: number, colour: string, attrs: string): string {
  const shape = SHAPES[i % SHAPES.length]!;
  const fill = ` fill="${colour}" stroke="#fff" stroke-width="1"`;
  const at = `transform="translate(${c(x)},${c(y)})"`;
  let d: string;
  if (shape === "circle") return `<circle cx="${c(x)}" cy="${c(y)}" r="${c(r)}"${fill} ${attrs}/>`;
  const s = r * 1.15;
  if (shape === "square") d = `M${c(-s * 0.85)},${c(-s * 0.85)}h${c(s * 1.7)}v${c(s * 1.7)}h${c(-s * 1.7)}z`;
  else if (shape === "diamond") d = `M0,${c(-s * 1.15)}L${c(s * 1.15)},0L0,${c(s * 1.15)}L${c(-s * 1.15)},0z`;
  else if (shape === "triangle") d = `M0,${c(-s * 1.2)}L${c(s * 1.1)},${c(s * 0.8)}L${c(-s * 1.1)},${c(s * 0.8)}z`;
  else d = `M0,${c(s * 1.2)}L${c(s * 1.1)},${c(-s * 0.8)}L${c(-s * 1.1)},${c(-s * 0.8)}z`;
  return `<path d="${d}" ${at}${fill} ${attrs}/>`;
}

/** Labels are semibold: wider than textWidth's estimate for regular text. */
const labelWidth = (text: string, fs: number) => textWidth(text, fs) * 1.15;

/** Whole days from the first date; null unless every point has a date and they strictly increase. */
export function dayOffsets(dates: string[] | undefined, n: number): number[] | null {
  if (!dates || dates.length !== n || n < 2) return null;
  const ms = dates.map((d) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`));
  if (ms.some((m) => Number.isNaN(m))) return null;
  for (let k = 1; k < n; k++) if (!(ms[k]! > ms[k - 1]!)) return null;
  return ms.map((m) => Math.round((m - ms[0]!) / 86_400_000));
}

/** Where each point sits across `width` from `x0`: by its date when every point has one, else evenly; one point in the middle. */
function pointXs(n: number, days: number[] | null, x0: number, width: number): number[] {
  return Array.from({ length: n }, (_, k) =>
    n <= 1 ? x0 + width / 2 : days ? x0 + (width * days[k]!) / days[n - 1]! : x0 + (width * k) / (n - 1),
  );
}

/**
 * Label centres as near their marks as they can be without overlapping: labels are taken in the
 * order of their marks and packed in blocks, each block centred on its marks (least squares), so
 * no leader crosses another. `sizes` are the labels' heights; the result stays within [top, bottom].
 */
export function spread(want: number[], sizes: number[], gap: number, top: number, bottom: number): number[] {
  const order = want.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  interface Block {
    items: number[];
    start: number;
    height: number;
  }
  const blocks: Block[] = [];
  const offsets = (b: Block) => {
    let run = 0;
    return b.items.map((i) => {
      const o = run + sizes[i]! / 2;
      run += sizes[i]! + gap;
      return o;
    });
  };
  const place = (b: Block) => {
    const off = offsets(b);
    const ideal = b.items.reduce((s, i, k) => s + want[i]! - off[k]!, 0) / b.items.length;
    b.start = Math.min(Math.max(ideal, top), bottom - b.height);
  };
  for (const { i } of order) {
    const b: Block = { items: [i], start: 0, height: sizes[i]! };
    place(b);
    blocks.push(b);
    while (blocks.length > 1) {
      const cur = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2]!;
      if (prev.start + prev.height + gap <= cur.start + 1e-9) break;
      blocks.pop();
      prev.items.push(...cur.items);
      prev.height += gap + cur.height;
      place(prev);
    }
  }
  const out = new Array<number>(want.length);
  for (const b of blocks) {
    const off = offsets(b);
    b.items.forEach((i, k) => {
      out[i] = b.start + off[k]!;
    });
  }
  return out;
}

interface Axis {
  top: number;
  step: number;
}

/** The gap axis from 0 to the first round step at or above the largest gap shown (docs/reports.md#pages-to-trust). */
function gapAxis(lines: Line[]): Axis {
  const highest = Math.max(0, ...lines.flatMap((l) => l.values.filter((v): v is number => v !== null)));
  // In percent, so the steps are round percentages (10 %, not 0.1 of a share); at least 5 %.
  const { top, step } = valueAxis(Math.max(highest * 100, 5));
  return { top: Math.min(100, top) / 100, step: step / 100 };
}

function ticksOf(axis: Axis): number[] {
  const out: number[] = [];
  for (let k = 0; k * axis.step <= axis.top + 1e-9; k++) out.push(Math.round(k * axis.step * 10000) / 10000);
  return out;
}

/** The known points of a line, in order. */
function known(line: Line): Array<{ v: number; k: number }> {
  return line.values.map((v, k) => ({ v, k })).filter((p): p is { v: number; k: number } => p.v !== null);
}

/** Runs of consecutive known points: a missing value breaks the line (don't know is never 0). */
function runs(line: Line): Array<Array<{ v: number; k: number }>> {
  const out: Array<Array<{ v: number; k: number }>> = [];
  let cur: Array<{ v: number; k: number }> = [];
  line.values.forEach((v, k) => {
    if (v === null) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push({ v, k });
  });
  if (cur.length) out.push(cur);
  return out;
}

function markAttrs(input: LineChartInput, line: Line, k: number, v: number): string {
  const date = input.dates?.[k];
  return `class="mark" data-id="${esc(line.id)}" data-value="${dataValue(v)}"${date ? ` data-date="${esc(date.slice(0, 10))}"` : ""}`;
}

/** The same stretch drawn by several lines, again in alternating dashes of each line's colour. */
function sharedStretches(lines: Line[], xy: (k: number, v: number) => [number, number]): string[] {
  const seen = new Map<string, number[]>();
  lines.forEach((line, i) => {
    for (const run of runs(line))
      for (let s = 1; s < run.length; s++) {
        const [x0, y0] = xy(run[s - 1]!.k, run[s - 1]!.v);
        const [x1, y1] = xy(run[s]!.k, run[s]!.v);
        const key = [x0, y0, x1, y1].map((n) => Math.round(n)).join(",");
        seen.set(key, [...(seen.get(key) ?? []), i]);
      }
  });
  const out: string[] = [];
  for (const [key, members] of seen) {
    if (members.length < 2) continue;
    const [x0, y0, x1, y1] = key.split(",");
    const dash = 7;
    members.forEach((i, j) => {
      out.push(
        `<line x1="${x0}" y1="${y0}" x2="${x1}" y2="${y1}" class="shared" stroke="${lineColour(i)}" ` +
          `stroke-dasharray="${dash} ${dash * (members.length - 1)}" stroke-dashoffset="${-dash * j}"/>`,
      );
    });
  }
  return out;
}

/** Date names along the time axis; a name that would run into the one before goes a row lower. */
function pointNames(input: LineChartInput, xs: number[], y: number, fs: number, left: number, right: number): string[] {
  const out: string[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  let row = 0;
  input.points.forEach((p, k) => {
    const w = labelWidth(p, fs);
    // Centred on its axis line, kept inside the chart.
    const x0 = Math.min(Math.max(xs[k]! - w / 2, left), right - w);
    row = x0 < lastEnd + 8 ? row + 1 : 0;
    lastEnd = x0 + w;
    out.push(`<text x="${c(x0)}" y="${c(y + row * fs * 1.25)}" class="point-name">${esc(p)}</text>`);
  });
  return out;
}

/** Height of a label of `count` lines: the first line's font size, then a line height for each further line. */
const labelHeight = (count: number, lh: number, fs: number) => count * lh - (lh - fs);

/** A line's name and value at one end: its text lines, value and point index. */
interface SideLabel {
  text: string[];
  v: number;
  k: number;
}

/** A label beside each line at one side, moved apart in blocks centred on their marks, with a leader when apart. */
function sideLabels(
  lines: Line[],
  labels: Array<SideLabel | undefined>,
  where: "left" | "right",
  space: { x0: number; plotW: number; leader: number; lh: number; fs: number; bottom: number },
  xy: (k: number, v: number) => [number, number],
): string[] {
  const { x0, plotW, leader, lh, fs } = space;
  const out: string[] = [];
  const present = labels.map((l, i) => ({ l, i })).filter((x): x is { l: NonNullable<typeof x.l>; i: number } => Boolean(x.l));
  const centres = spread(
    present.map(({ l }) => xy(l.k, l.v)[1]),
    present.map(({ l }) => labelHeight(l.text.length, lh, fs)),
    3,
    2,
    space.bottom,
  );
  present.forEach(({ l, i }, j) => {
    const colour = lineColour(i);
    const [mx, my] = xy(l.k, l.v);
    const edge = where === "left" ? x0 : x0 + plotW;
    const dir = where === "left" ? -1 : 1;
    const lx = edge + dir * leader;
    const cy = centres[j]!;
    // A leader from the mark (or from the line's end at the edge) to its label, when they are apart.
    if (Math.abs(cy - my) > 1 || Math.abs(mx - edge) > 1)
      out.push(
        `<polyline points="${c(mx)},${c(my)} ${c(edge + dir * 4)},${c(my)} ${c(lx - dir * 3)},${c(cy)}" ` +
          `class="leader" stroke="${colour}"/>`,
      );
    const height = labelHeight(l.text.length, lh, fs);
    l.text.forEach((t, r) => {
      const ty = cy - height / 2 + fs * 0.85 + r * lh;
      out.push(
        `<text x="${c(lx)}" y="${c(ty)}"${where === "left" ? ' text-anchor="end"' : ""} class="line-label" ` +
          `data-line="${esc(lines[i]!.id)}" data-side="${where}" fill="${colour}">${esc(t)}</text>`,
      );
    });
  });
  return out;
}

/** The gap axis (0 to just above the largest gap) with its ticks, and one vertical line per point in time. */
function axesSvg(
  input: LineChartInput,
  { x0, plotW, top, plotH, fs, W }: { x0: number; plotW: number; top: number; plotH: number; fs: number; W: number },
  axis: ReturnType<typeof gapAxis>,
  xs: number[],
  days: number[] | null,
  y: (v: number) => number,
): string[] {
  const { points } = input;
  const n = points.length;
  const out: string[] = [];
  let tickX = x0 + plotW / 2;
  for (let k = 1, widest = 0; k < n; k++)
    if (xs[k]! - xs[k - 1]! > widest) {
      widest = xs[k]! - xs[k - 1]!;
      tickX = (xs[k]! + xs[k - 1]!) / 2;
    }
  // The gap axis, from 0 to just above the largest gap.
  for (const t of ticksOf(axis)) {
    out.push(
      `<line x1="${c(x0)}" y1="${c(y(t))}" x2="${c(x0 + plotW)}" y2="${c(y(t))}" class="${t === 0 ? "axis" : "grid"}" data-tick="${t}"/>`,
    );
    // In the widest stretch between two points (the columns beside the plot hold the labels), on a white halo.
    out.push(`<text x="${c(tickX)}" y="${c(y(t) - 3)}" text-anchor="middle" class="tick halo">${esc(input.percent(t))}</text>`);
  }
  points.forEach((_, k) => {
    const date = input.dates?.[k];
    out.push(
      `<line x1="${c(xs[k]!)}" y1="${c(top)}" x2="${c(xs[k]!)}" y2="${c(top + plotH)}" class="axis"` +
        `${date && days ? ` data-date="${esc(date.slice(0, 10))}"` : ""}/>`,
    );
  });
  out.push(...pointNames(input, xs, top + plotH + fs * 1.6, fs, 0, W));
  return out;
}

/**
 * How wide the chart is drawn: the plot's width and the characters of a label line. On a screen the
 * chart has room; on A4 (about 700 px) the same chart shrank its 12 px text to 6.5 pt, so paper
 * gets a narrower plot and labels wrapped shorter, and prints its text at about 9 pt.
 */
export interface LineChartLayout {
  plotWidth: number;
  labelChars: number;
  /** Lines a label may take before it is cut short with "…". */
  labelLines: number;
}

const SCREEN: Record<LineChartInput["kind"], LineChartLayout> = {
  slope: { plotWidth: 300, labelChars: 38, labelLines: 2 },
  series: { plotWidth: 420, labelChars: 38, labelLines: 2 },
};
export const PAPER: Record<LineChartInput["kind"], LineChartLayout> = {
  slope: { plotWidth: 150, labelChars: 22, labelLines: 3 },
  series: { plotWidth: 220, labelChars: 22, labelLines: 3 },
};

/** The chart for a wide screen (or, with PAPER's layout, for A4): lines over the gap axis, each named at both ends. */
export function lineChartSvg(input: LineChartInput, layout: LineChartLayout = SCREEN[input.kind]): string {
  const { points, lines } = input;
  const fs = 12;
  const lh = fs * 1.3;
  const n = points.length;
  const axis = gapAxis(lines);
  // Label columns as wide as the longest label ("name 45 %"), at most labelChars characters a line.
  const labelText = (line: Line, v: number) =>
    wrapLabel(line.label, layout.labelChars, layout.labelLines).map((t, k, all) => (k === all.length - 1 ? `${t} ${input.percent(v)}` : t));
  const labelsAt = (k: "first" | "last") =>
    lines.map((line) => {
      const pts = known(line);
      const p = k === "first" ? pts[0] : pts[pts.length - 1];
      return p ? { text: labelText(line, p.v), v: p.v, k: p.k } : undefined;
    });
  const firsts = labelsAt("first");
  const lasts = labelsAt("last");
  const widest = (ls: typeof firsts) => Math.max(40, ...ls.flatMap((l) => (l ? l.text.map((t) => labelWidth(t, fs)) : [])));
  const leader = 18;
  const leftW = widest(firsts) + leader + 6;
  const rightW = widest(lasts) + leader + 6;
  const plotW = layout.plotWidth;
  const top = 16;
  // Tall enough for every label of a side stacked (labels of one or two lines, 3 apart).
  const stack = (ls: typeof firsts) => ls.reduce((sum, l) => sum + (l ? labelHeight(l.text.length, lh, fs) + 3 : 0), 0);
  const plotH = Math.max(240, stack(firsts) + 8, stack(lasts) + 8);
  const dateRows = 2;
  const H = top + plotH + fs * (1.8 + 1.25 * (dateRows - 1)) + 6;
  const x0 = leftW;
  const W = leftW + plotW + rightW;
  const days = dayOffsets(input.dates, n);
  const xs = pointXs(n, days, x0, plotW);
  const y = (v: number) => top + plotH - (plotH * Math.max(0, Math.min(axis.top, v))) / axis.top;
  const xy = (k: number, v: number): [number, number] => [xs[k]!, y(v)];
  const out: string[] = [];

  out.push(...axesSvg(input, { x0, plotW, top, plotH, fs, W }, axis, xs, days, y));

  // Lines first, then the shared stretches, then the marks on top, then the labels.
  lines.forEach((line, i) => {
    const desc = `${line.label}: ${known(line)
      .map((p) => `${points[p.k]} ${input.percent(p.v)}`)
      .join(", ")}`;
    out.push(`<g class="line" data-line="${esc(line.id)}"><title>${esc(desc)}</title>`);
    for (const run of runs(line))
      if (run.length > 1)
        out.push(`<polyline points="${run.map((p) => xy(p.k, p.v).map(c).join(",")).join(" ")}" stroke="${lineColour(i)}"/>`);
    out.push("</g>");
  });
  out.push(...sharedStretches(lines, xy));
  lines.forEach((line, i) => {
    for (const p of known(line)) out.push(marker(i, ...xy(p.k, p.v), 4, lineColour(i), markAttrs(input, line, p.k, p.v)));
  });

  const labelSpace = { x0, plotW, leader, lh, fs, bottom: top + plotH + fs * 0.8 };
  out.push(...sideLabels(lines, firsts, "left", labelSpace, xy));
  out.push(...sideLabels(lines, lasts, "right", labelSpace, xy));

  return (
    `<svg id="${esc(input.id)}" class="chart lines ${input.kind}" viewBox="0 0 ${c(W)} ${c(H)}" ` +
    `width="100%" font-size="${fs}" role="img" aria-labelledby="${esc(input.id)}-title" data-axis="gap">` +
    `<title id="${esc(input.id)}-title">${esc(input.title)}</title>` +
    out.join("") +
    `</svg>`
  );
}

/**
 * The phone version: one small panel per line (its name, its first and last value, its line over
 * the same time and gap axes), 328 units wide, so at 360 px its 12 px text stays at 12 px.
 */
export function lineChartCompactSvg(input: LineChartInput): string {
  const { points, lines } = input;
  const fs = 12;
  const lh = fs * 1.3;
  const W = 328;
  const n = points.length;
  const axis = gapAxis(lines);
  const left = 38;
  const right = W - 10;
  const panelH = 46;
  const days = dayOffsets(input.dates, n);
  const xs = pointXs(n, days, left, right - left);
  const out: string[] = [];
  let top = 4;
  lines.forEach((line, i) => {
    const pts = known(line);
    const colour = lineColour(i);
    const ends = pts.length ? `${input.percent(pts[0]!.v)} → ${input.percent(pts[pts.length - 1]!.v)}` : "–";
    const endsW = labelWidth(ends, fs);
    const name = wrapLabel(line.label, Math.max(12, Math.floor((W - endsW - 12) / (fs * 0.6 * 1.15))), 2);
    out.push(`<g class="row" data-axis="gap" data-line="${esc(line.id)}">`);
    name.forEach((t, r) => {
      out.push(`<text x="0" y="${c(top + fs + r * lh)}" class="row-name" fill="${colour}">${esc(t)}</text>`);
    });
    out.push(`<text x="${W}" y="${c(top + fs)}" text-anchor="end" class="row-ends">${esc(ends)}</text>`);
    const p0 = top + name.length * lh + 9;
    const y = (v: number) => p0 + panelH - (panelH * Math.max(0, Math.min(axis.top, v))) / axis.top;
    for (const t of [0, axis.top]) {
      out.push(
        `<line x1="${c(left)}" y1="${c(y(t))}" x2="${c(right)}" y2="${c(y(t))}" ` +
          `class="${t === 0 ? "axis" : "grid"}" data-tick="${dataValue(t)}"/>`,
      );
      out.push(`<text x="${c(left - 4)}" y="${c(y(t) + fs * 0.35)}" text-anchor="end" class="tick">${esc(input.percent(t))}</text>`);
    }
    for (const run of runs(line))
      if (run.length > 1) out.push(`<polyline points="${run.map((p) => `${c(xs[p.k]!)},${c(y(p.v))}`).join(" ")}" stroke="${colour}"/>`);
    for (const p of pts) out.push(marker(i, xs[p.k]!, y(p.v), 3.5, colour, markAttrs(input, line, p.k, p.v)));
    out.push("</g>");
    top = p0 + panelH + 14;
  });
  // The time axis once, under the panels, and its lines through all of them.
  const bottom = top - 10;
  points.forEach((_, k) => {
    const date = input.dates?.[k];
    out.unshift(
      `<line x1="${c(xs[k]!)}" y1="4" x2="${c(xs[k]!)}" y2="${c(bottom)}" class="time"` +
        `${date && days ? ` data-date="${esc(date.slice(0, 10))}"` : ""}/>`,
    );
  });
  out.push(...pointNames(input, xs, bottom + fs * 1.3, fs, 0, W));
  const H = bottom + fs * 1.3 + 2 * fs * 1.25;
  return (
    `<svg id="${esc(input.id)}" class="chart lines compact-lines ${input.kind}" viewBox="0 0 ${W} ${c(H)}" ` +
    `width="100%" font-size="${fs}" role="img" aria-labelledby="${esc(input.id)}-title">` +
    `<title id="${esc(input.id)}-title">${esc(input.title)}</title>` +
    out.join("") +
    `</svg>`
  );
}
