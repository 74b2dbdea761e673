import { type Readable, Transform, type TransformCallback } from "node:stream";
import { TextDecoder } from "node:util";
import { CsvError, parse } from "csv-parse";
import type { Encoding } from "./encoding.js";

/** One row of a table: its cells and the 1-based line (or sheet row) it starts on. */
export interface TableRow {
  cells: string[];
  line: number;
}

/** A CSV syntax error, located at the line the user must look at. */
export class CsvSyntaxError extends Error {
  override name = "CsvSyntaxError";
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * Decodes bytes in the file's encoding as they stream in and turns CRLF into LF: csv-parse counts
 * the CR and the LF of a quoted CRLF as two lines, which put its error line numbers off by one per
 * quoted line break. A CR at a chunk's end waits for the next chunk.
 */
class DecodeLines extends Transform {
  private readonly decoder: TextDecoder;
  private pendingCr = false;
  constructor(encoding: Encoding) {
    super({ decodeStrings: true, encoding: "utf8" });
    // The BOM is dropped by the decoder (ignoreBOM false).
    this.decoder = new TextDecoder(encoding);
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.pushText(this.decoder.decode(chunk, { stream: true }));
    done();
  }
  override _flush(done: TransformCallback): void {
    this.pushText(this.decoder.decode());
    if (this.pendingCr) this.push("\r");
    done();
  }
  private pushText(text: string): void {
    let s = this.pendingCr ? `\r${text}` : text;
    this.pendingCr = s.endsWith("\r");
    if (this.pendingCr) s = s.slice(0, -1);
    if (s.length > 0) this.push(s.replace(/\r\n/g, "\n"));
  }
}

/**
 * The rows of a CSV export, one at a time (a 64 MiB export is never held whole). Throws
 * CsvSyntaxError for a syntax error. `open` gives a fresh byte stream of the whole file.
 */
export async function* csvRows(open: () => Readable, encoding: Encoding, delimiter: string): AsyncGenerator<TableRow> {
  // Where the last whole record ended, noted as the parser reads it (records it has read may be
  // dropped unread when it fails): an unclosed quote opened on a line after it.
  let lastEnd = 0;
  const parser = open()
    .pipe(new DecodeLines(encoding))
    .pipe(
      parse({
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
        on_record: (record, context) => {
          lastEnd = context.lines;
          return record;
        },
      }),
    );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // info.lines is the line the record ends on; its own line breaks (CRLF is LF by now) are
      // inside its quoted cells.
      let breaks = 0;
      for (const cell of record) for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) breaks++;
      yield { cells: record, line: info.lines - breaks };
    }
  } catch (err) {
    if (err instanceof CsvError) {
      // An unclosed quote is found at the end of the file; the user must look where it opened.
      const line = err.code === "CSV_QUOTE_NOT_CLOSED" ? lastEnd + 1 : ((err as CsvError & { lines?: number }).lines ?? 1);
      const detail = err.message
        .replace(/^[^:]*:\s*/, "")
        .replace(/ at line \d+/, "")
        .replace(/^the parsing is finished with an opening quote$/, "a quoted cell is never closed");
      throw new CsvSyntaxError(line, detail);
    }
    throw err;
  } finally {
    parser.destroy();
  }
}
