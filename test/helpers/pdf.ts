import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/*
 * What a printed page holds, read from the PDF Chromium wrote (pdfjs-dist, Mozilla's PDF reader):
 * its size, its lines of text with their positions, and how far down the text reaches. Positions are
 * in PDF points (1/72 in) from the top of the page.
 */
export interface PdfLine {
  text: string;
  /** Top of the line's glyphs, from the top of the page (a line: a run of text on one baseline, one column). */
  top: number;
  bottom: number;
  /** The smallest font size in the line, in points (turned text too: the length of the glyphs' upward vector). */
  pt: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
  text: string;
}

export async function readPdf(pdf: Buffer): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    // A line is a run of text on one baseline; a wide gap (another column of a grid) starts another.
    const runs: Array<PdfLine & { baseline: number; x0: number; x1: number; size: number }> = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const baseline = height - item.transform[5]!;
      const size = Math.abs(item.transform[3]!) || item.height;
      const pt = Math.hypot(item.transform[2]!, item.transform[3]!);
      const x0 = item.transform[4]!;
      const run = runs.find((r) => Math.abs(r.baseline - baseline) < 1 && x0 >= r.x1 - 1 && x0 - r.x1 < size * 1.5);
      if (run) {
        run.text += x0 - run.x1 > size * 0.15 ? ` ${item.str}` : item.str;
        run.x1 = x0 + item.width;
        run.pt = Math.min(run.pt, pt);
      } else
        runs.push({
          text: item.str,
          top: baseline - size * 0.8,
          bottom: baseline + size * 0.2,
          pt,
          baseline,
          x0,
          x1: x0 + item.width,
          size,
        });
    }
    const lines = runs.map(({ text, top, bottom, pt }) => ({ text, top, bottom, pt })).sort((a, b) => a.top - b.top);
    pages.push({ width, height, lines, text: lines.map((l) => l.text).join("\n") });
    page.cleanup();
  }
  await doc.destroy();
  return pages;
}
