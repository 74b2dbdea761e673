import { escapeHtml as esc } from "../escape.js";
import { type Box, c, dataValue, grow, overlaps, textWidth, wrapLabel } from "./common.js";

/*
 * The radar of the HTML report: one spoke per dimension, rings per level, target (dashed) and now
 * (filled) — or, in the team report, one line per group instead of "now". A mark's distance from
 * the centre is its level (data-value; the svg's data-radius is the outer ring, data-max its
 * level), so a test can check where each is drawn.
 */

/** One group's line in the team report's radar: its levels in spoke order, null where it gave none. */
export interface RadarGroup {
  /** The group's name (its --by value): the marks' data-series and the description. */
  id: string;
  colour: string;
  values: Array<number | null>;
}

export interface RadarSpoke {
  /** The dimension id, for the marks' data-id. */
  id: string;
  /** The dimension title. */
  label: string;
  current: number | null;
  /** Null where it is not known (compare draws "before" as the target series). */
  target: number | null;
}

export interface RadarInput {
  id: string;
  /** Accessible name of the chart. */
  title: string;
  /** Top of the scale; the centre is 0. */
  max: number;
  spokes: RadarSpoke[];
  /**
   * "wide": the desktop chart; "compact": the phone's, with a larger font and narrower labels;
   * "numbered": the phone's with each spoke named by its number only, for a page whose table right
   * below names the numbered dimensions: eleven names around a phone's radar left it 140 px across.
   */
  size: "wide" | "compact" | "numbered";
  /** Marks a spoke whose dimension has no answer (no current mark: the line breaks there). */
  unansweredMark: string;
  /** Series names, for the accessible description. */
  currentName: string;
  targetName: string;
  /** Formats a level for the scale ticks and the description. */
  num: (v: number) => string;
  /**
   * The team report: these lines are drawn instead of "now" (spokes' `current` is then unused). A
   * group with no level for a spoke has no mark there and its line breaks; the spoke's label says
   * which groups are missing (`groupsMissing`).
   */
  groups?: RadarGroup[];
  groupsMissing?: (groups: string[]) => string;
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

/** A radar chart: one spoke per dimension, rings per level, target (dashed) and now (filled). */
export function radarSvg(input: RadarInput): string {
  const g = geometryOf(input);
  const box: Box = { x0: -g.R, y0: -g.R, x1: g.R, y1: g.R };
  const labels = placeLabels(input, g);
  for (const l of labels) grow(box, labelBox(l));
  const pad = 8;
  const vb = [box.x0 - pad, box.y0 - pad, box.x1 - box.x0 + 2 * pad, box.y1 - box.y0 + 2 * pad].map(c).join(" ");
  return (
    `<svg id="${esc(input.id)}" class="chart radar" viewBox="${vb}" width="100%" role="img" aria-labelledby="${esc(input.id)}-title" ` +
    `data-radius="${g.R}" data-max="${input.max}">` +
    `<title id="${esc(input.id)}-title">${esc(input.title)}</title><desc>${esc(description(input))}</desc>` +
    gridSvg(input, g).join("") +
    seriesSvg(input, g).join("") +
    labels.map((l) => labelSvg(l, g)).join("") +
    `</svg>`
  );
}

type Geometry = ReturnType<typeof geometryOf>;

/** The radius, font and where a level on a spoke is drawn (its distance from the centre is the level). */
function geometryOf(input: RadarInput) {
  const { spokes, max } = input;
  const n = spokes.length;
  const compact = input.size !== "wide";
  const numbered = input.size === "numbered";
  const R = numbered ? 140 : compact ? 92 : 150;
  const fs = compact ? 16.5 : 13;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
  const at = (i: number, v: number): [number, number] => {
    const r = (R * Math.max(0, Math.min(max, v))) / max;
    return [r * Math.cos(angle(i)), r * Math.sin(angle(i))];
  };
  const pts = (values: number[]) => values.map((v, i) => at(i, v).map(c).join(",")).join(" ");
  return { n, compact, numbered, R, fs, lineH: fs * 1.2, angle, at, pts };
}

/** Rings and spokes, and the level numbers up the first spoke, just beside it. */
function gridSvg(input: RadarInput, { n, compact, R, at, pts }: Geometry): string[] {
  const { spokes, max } = input;
  const out: string[] = [];
  for (let level = 1; level <= max; level++) {
    const ring = n >= 3 ? `<polygon points="${pts(spokes.map(() => level))}"` : `<circle cx="0" cy="0" r="${c((R * level) / max)}"`;
    out.push(`${ring} class="grid${level === max ? " grid-outer" : ""}" data-tick="${level}"/>`);
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = at(i, max);
    out.push(`<line x1="0" y1="0" x2="${c(x)}" y2="${c(y)}" class="grid"/>`);
  }
  for (let level = 1; level <= max; level++) {
    out.push(
      `<text x="${c(4)}" y="${c(-(R * level) / max - 3)}" class="tick" font-size="${compact ? 16 : 12}">` +
        `${esc(input.num(level))}</text>`,
    );
  }
  return out;
}

/**
 * Target, then now (or the groups' lines) on top. A level nobody could give has no mark: the line
 * breaks there (docs/reports.md#pages-to-trust: don't know is drawn as missing, never as 0), and a
 * shape is filled only when it is whole.
 */
function seriesSvg(input: RadarInput, { n, compact, at, pts }: Geometry): string[] {
  const { spokes } = input;
  if (n === 0) return [];
  /** One series: a closed shape when every value is known, else a line between neighbours that both are. */
  const shape = (values: Array<number | null>, cls: string, extra = ""): string[] => {
    if (values.every((v) => v !== null)) {
      const known = values as number[];
      const tag = n >= 3 ? "polygon" : "polyline";
      return [`<${tag} points="${pts(known)}" class="${cls}"${extra}/>`];
    }
    const parts: string[] = [];
    for (let i = 0; i < (n >= 3 ? n : n - 1); i++) {
      const a = values[i]!;
      const b = values[(i + 1) % n]!;
      if (a === null || b === null) continue;
      const [x1, y1] = at(i, a);
      const [x2, y2] = at((i + 1) % n, b);
      parts.push(`<line x1="${c(x1)}" y1="${c(y1)}" x2="${c(x2)}" y2="${c(y2)}" class="${cls} broken"${extra}/>`);
    }
    return parts;
  };
  const out: string[] = [];
  out.push(
    ...shape(
      spokes.map((s) => s.target),
      "target",
    ),
  );
  if (input.groups) for (const g of input.groups) out.push(...shape(g.values, "group-line", ` stroke="${g.colour}"`));
  else
    out.push(
      ...shape(
        spokes.map((s) => s.current),
        "current",
      ),
    );
  spokes.forEach((s, i) => {
    if (s.target !== null) {
      const [tx, ty] = at(i, s.target);
      out.push(
        `<rect x="${c(tx - 3)}" y="${c(ty - 3)}" width="6" height="6" class="target-pt" ` +
          `data-id="${esc(s.id)}" data-value="${dataValue(s.target)}" data-series="target"/>`,
      );
    }
    if (input.groups || s.current === null) return;
    const [x, y] = at(i, s.current);
    out.push(
      `<circle cx="${c(x)}" cy="${c(y)}" r="4" class="current-pt" data-id="${esc(s.id)}" ` +
        `data-value="${dataValue(s.current)}" data-series="current"/>`,
    );
  });
  // A group's marks only where it gave a level.
  for (const g of input.groups ?? [])
    g.values.forEach((v, i) => {
      if (v === null) return;
      const [x, y] = at(i, v);
      out.push(
        `<circle cx="${c(x)}" cy="${c(y)}" r="${compact ? 4.5 : 4}" class="group-pt" fill="${g.colour}" ` +
          `data-id="${esc(spokes[i]!.id)}" data-value="${dataValue(v)}" data-series="${esc(g.id)}"/>`,
      );
    });
  return out;
}

/** Labels: placed outside the outer ring, then pushed apart where they would overlap. */
function placeLabels(input: RadarInput, { n, compact, numbered, R, fs, lineH, angle }: Geometry): Label[] {
  const labels: Label[] = input.spokes.map((s, i) => {
    const a = angle(i);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    // Numbered: the number alone (its name stays the label's <title>, for screen readers and a tap).
    const lines = numbered ? [""] : wrapLabel(s.label, compact ? 11 : n > 12 ? 14 : 17, 3);
    const missing = input.groups?.filter((g) => g.values[i] === null).map((g) => g.id) ?? [];
    const note = input.groups
      ? missing.length > 0
        ? input.groupsMissing?.(missing)
        : undefined
      : s.current === null
        ? input.unansweredMark
        : undefined;
    const noteSize = fs * (compact ? 0.95 : 0.85);
    const prefix = `${i + 1} `;
    const w = Math.max(...lines.map((l, k) => textWidth(k === 0 ? prefix + l : l, fs)), note ? textWidth(note, noteSize) : 0);
    const h = (lines.length + (note ? 1 : 0)) * lineH;
    const r = R + 12;
    const anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
    const x = r * cos;
    const y = r * sin;
    const y0 = y - h / 2 + (sin * h) / 2;
    return {
      lines,
      num: i + 1,
      ...(note ? { note } : {}),
      anchor,
      x,
      y0,
      w,
      h,
      muted: input.groups ? missing.length === input.groups.length : s.current === null,
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
  return labels;
}

function labelSvg(l: Label, { compact, fs, lineH }: Geometry): string {
  const first = l.y0 + fs * 0.95;
  const tspans = l.lines.map((line, k) => {
    const num = k === 0 && l.num !== undefined ? `<tspan class="spoke-num">${l.num}</tspan> ` : "";
    return `<tspan x="${c(l.x)}" y="${c(first + k * lineH)}">${num}${esc(line)}</tspan>`;
  });
  if (l.note)
    tspans.push(
      `<tspan x="${c(l.x)}" y="${c(first + l.lines.length * lineH)}" class="note" ` +
        `font-size="${c(fs * (compact ? 0.95 : 0.85))}">${esc(l.note)}</tspan>`,
    );
  const cls = l.muted ? "label muted" : "label";
  return `<text text-anchor="${l.anchor}" font-size="${fs}" class="${cls}"><title>${esc(l.full)}</title>${tspans.join("")}</text>`;
}

/** The chart's accessible description: every spoke's values in words. */
function description(input: RadarInput): string {
  const shown = (v: number | null) => (v === null ? "–" : input.num(v));
  return input.spokes
    .map((s, i) => {
      const series = input.groups
        ? input.groups.map((g) => `${g.id} ${shown(g.values[i]!)}`).join(", ")
        : `${input.currentName} ${shown(s.current)}`;
      return `${s.label}: ${series}, ${input.targetName} ${shown(s.target)}`;
    })
    .join("; ");
}
