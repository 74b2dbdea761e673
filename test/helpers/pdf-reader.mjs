// A worker thread that reads PDFs with pdfjs-dist for test/helpers/pdf.ts. pdfjs-dist's legacy build
// (the one that runs on Node 20) brings core-js, which on Node 20 replaces JSON.stringify, JSON.parse
// and Array.prototype.push with JavaScript versions (about ten times slower) and adds globals such
// as navigator: loaded in a test worker, it changed every file that worker ran after it (a property
// test of the rubric check took 15 s instead of 3) and made the tests run on a patched Node. Here,
// in a thread of its own, it patches only this thread's globals.
import { parentPort } from "node:worker_threads";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Pages of the PDF: size, lines of text with their positions and smallest font size, text (see PdfPage in pdf.ts). */
async function read(data) {
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    // A line is a run of text on one baseline; a wide gap (another column of a grid) starts another.
    const runs = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const baseline = height - item.transform[5];
      const size = Math.abs(item.transform[3]) || item.height;
      const pt = Math.hypot(item.transform[2], item.transform[3]);
      const x0 = item.transform[4];
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

parentPort.on("message", ({ id, data }) => {
  read(data).then(
    (pages) => parentPort.postMessage({ id, pages }),
    (error) => parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
