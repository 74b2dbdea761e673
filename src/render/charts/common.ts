/*
 * What the SVG charts of the HTML reports share: coordinates, text measuring and wrapping, and the
 * value axes (docs/reports.md#pages-to-trust: a value axis starts at 0 and ends just above the largest value shown). Pure
 * string helpers, no DOM: the same input gives the same bytes.
 */

/** A coordinate with at most two decimals, never "-0". */
export function c(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** Rough width of a text in a sans-serif font: enough to keep labels apart and inside the view box. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}

/** A value for a `data-value` attribute: the number itself, at most four decimals. */
export function dataValue(v: number | null): string {
  return v === null ? "" : String(Math.round(v * 10000) / 10000);
}

/** The step of 1, 2, 2.5 or 5 × 10^k at or above `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw - 1e-12) return m * p;
  return 10 * p;
}

/** A value axis from 0: about five round steps, ending at the first step at or above the largest value. */
export function valueAxis(largest: number): { top: number; step: number } {
  const step = niceStep(Math.max(largest, 1e-9) / 5);
  return { step, top: Math.max(step, Math.ceil(largest / step - 1e-9) * step) };
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function grow(box: Box, other: Box): void {
  box.x0 = Math.min(box.x0, other.x0);
  box.y0 = Math.min(box.y0, other.y0);
  box.x1 = Math.max(box.x1, other.x1);
  box.y1 = Math.max(box.y1, other.y1);
}

export function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
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
