/*
 * Reading the SVG charts of a report as a browser gets them, to check that every mark sits at its
 * value (docs/reports.md#pages-to-trust): the elements with their attributes, and the radar check
 * (a mark's distance from the centre is its data-value times the rings' spacing).
 */

export interface El {
  tag: string;
  attrs: Record<string, string>;
  /** The text right after the element's opening tag (a <text>'s content). */
  text: string;
}

/** The elements of an SVG, in document order, with their attributes (gapcheck writes no other quoting). */
export function elements(svg: string): El[] {
  return [...svg.matchAll(/<([a-z]+)\b([^>]*)>([^<]*)/g)].map((m) => ({
    tag: m[1]!,
    attrs: Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    text: m[3]!,
  }));
}

export interface Svg {
  id: string;
  cls: string;
  root: Record<string, string>;
  els: El[];
}

export function svgs(html: string): Svg[] {
  return [...html.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)].map((m) => {
    const els = elements(m[0]);
    const root = els[0]!.attrs;
    return { id: root.id ?? "", cls: root.class ?? "", root, els };
  });
}

const TOLERANCE = 0.05;

/** The marks of a radar that are not where their value puts them (rings: data-tick levels, evenly spaced). */
export function radarMisplaced(svg: Svg): string[] {
  const ticks = svg.els.filter((e) => e.attrs["data-tick"] !== undefined);
  const scale = ticks.map((t) => {
    const [x, y] = (t.attrs.points ?? "").split(" ")[0]!.split(",").map(Number) as [number, number];
    return Math.hypot(x, y) / Number(t.attrs["data-tick"]);
  });
  const bad: string[] = [];
  if (scale.length === 0 || Math.max(...scale) - Math.min(...scale) > TOLERANCE) bad.push(`${svg.id}: the rings are not evenly spaced`);
  for (const e of svg.els.filter((x) => x.attrs["data-id"] !== undefined)) {
    const [x, y] =
      e.tag === "rect"
        ? [Number(e.attrs.x) + Number(e.attrs.width) / 2, Number(e.attrs.y) + Number(e.attrs.height) / 2]
        : [Number(e.attrs.cx), Number(e.attrs.cy)];
    const value = e.attrs["data-value"];
    if (value === undefined || value === "") {
      bad.push(`${svg.id} ${e.attrs["data-id"]}: a mark without a value`);
      continue;
    }
    const want = scale[0]! * Number(value);
    if (Math.abs(Math.hypot(x, y) - want) > TOLERANCE)
      bad.push(`${svg.id} ${e.attrs["data-series"]} ${e.attrs["data-id"]}: at ${Math.hypot(x, y)}, not ${want}`);
  }
  return bad;
}
