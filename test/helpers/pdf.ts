import { Worker } from "node:worker_threads";

/*
 * What a printed page holds, read from the PDF Chromium wrote (pdfjs-dist, Mozilla's PDF reader):
 * its size, its lines of text with their positions, and how far down the text reaches. Positions are
 * in PDF points (1/72 in) from the top of the page. pdfjs-dist runs in a worker thread of its own
 * (test/helpers/pdf-reader.mjs says why), one per test worker, started on first use.
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

type Reply = { id: number; pages: PdfPage[] } | { id: number; error: string };

let reader: Worker | undefined;
let next = 0;
const pending = new Map<number, { resolve: (pages: PdfPage[]) => void; reject: (e: Error) => void }>();

function thread(): Worker {
  if (reader) return reader;
  const worker = new Worker(new URL("./pdf-reader.mjs", import.meta.url));
  // The thread waits for work all the time: it must not keep the test worker from ending.
  worker.unref();
  worker.on("message", (reply: Reply) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if ("error" in reply) p?.reject(new Error(`pdfjs-dist: ${reply.error}`));
    else p?.resolve(reply.pages);
  });
  const fail = (e: Error) => {
    reader = undefined;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the PDF reader thread exited (${code})`)));
  reader = worker;
  return worker;
}

export function readPdf(pdf: Buffer): Promise<PdfPage[]> {
  const id = next++;
  const data = new Uint8Array(pdf);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread().postMessage({ id, data }, [data.buffer]);
  });
}
