import { createHash } from "node:crypto";
import { createReadStream, type Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type { Notice } from "../answers/load.js";
import type { Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import { decodeUtf8, MAX_INPUT_BYTES, readSource, readStream, type Source } from "../io/read.js";
import { type Encoding, EncodingSniffer } from "./encoding.js";
import type { TableRow } from "./records.js";

/** The largest survey export read (answers files and rubrics keep the 4 MiB limit). */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
/** How much of a CSV file the separator is chosen from. */
const SAMPLE_BYTES = 1024 * 1024;

/** A table: a CSV export or a spreadsheet's sheet, its rows read when asked for. */
export interface Table {
  name: string;
  kind: "csv" | "xlsx";
  /** sha256 of the file's bytes (the same export given twice is counted once). */
  sha256: string;
  /** Every row, from the first; throws CsvSyntaxError for a CSV syntax error. */
  rows(): AsyncIterable<TableRow>;
  /** E.g. the encoding a file was read in when it was not UTF-8. */
  notices: Notice[];
}

export type Opened = { kind: "answers"; source: Source } | { kind: "table"; table: Table } | { kind: "error"; finding: Finding };

export interface OpenOptions {
  t: Messages;
  stdin?: NodeJS.ReadableStream | undefined;
  /** `--sheet NAME` of an .xlsx. */
  sheet?: string | undefined;
}

/**
 * Opens one input ("-" is stdin): an answers file (YAML, JSON: read whole, 4 MiB at most) or a table
 * (CSV, TSV or .xlsx: up to 64 MiB, a CSV read row by row). `name` is what messages show.
 * Never throws for bad input.
 * Why this is long: one guard after another (size, kind of file, encoding, format), each ending the
 * read with its own located message; split up, each guard would need the whole state passed along.
 */
export async function openInput(path: string, name: string, o: OpenOptions): Promise<Opened> {
  const { t } = o;
  const fail = (rule: string, message: string, line = 1, col = 1): Opened => ({
    kind: "error",
    finding: { file: name, line, col, severity: "error", rule, message, path: [] },
  });
  // Answers files by their name: read whole, as every answers file is (docs/rules.md#hostile-and-broken-input limits).
  if (path !== "-" && /\.(ya?ml|json)$/i.test(name)) {
    const read = await readSource(path, t);
    return read.ok ? { kind: "answers", source: { ...read.source, name } } : { kind: "error", finding: { ...read.finding, file: name } };
  }
  let size: number;
  let bytes: Uint8Array | undefined;
  try {
    if (path === "-") {
      bytes = await readStream(o.stdin ?? process.stdin, MAX_EXPORT_BYTES + 1);
      size = bytes.length;
    } else {
      const info = await stat(path);
      if (info.isDirectory()) return fail("file-unreadable", t.io.isDirectory);
      if (!info.isFile()) return fail("file-unreadable", t.io.notRegular(fileKind(info)));
      size = info.size;
      // A small file is read in one go (many answers files in a folder); a large one streams.
      if (size <= SAMPLE_BYTES) bytes = await readFile(path);
    }
  } catch (err) {
    return fail("file-unreadable", t.io.unreadable((err as NodeJS.ErrnoException).code ?? ""));
  }
  if (size > MAX_EXPORT_BYTES) return fail("file-too-large", t.io.tooLarge(MAX_EXPORT_BYTES));
  const open = bytes ? bufferStream(bytes) : () => createReadStream(path);

  // One pass over the bytes: the hash, the encoding, and a sample to tell CSV from YAML.
  const sniffer = new EncodingSniffer();
  const hash = createHash("sha256");
  const sample: Buffer[] = [];
  let sampled = 0;
  try {
    for await (const chunk of open() as AsyncIterable<Buffer>) {
      sniffer.push(chunk);
      hash.update(chunk);
      if (sampled < SAMPLE_BYTES) {
        sample.push(chunk.subarray(0, SAMPLE_BYTES - sampled));
        sampled += Math.min(chunk.length, SAMPLE_BYTES - sampled);
      }
    }
  } catch (err) {
    return fail("file-unreadable", t.io.unreadable((err as NodeJS.ErrnoException).code ?? ""));
  }
  const head = Buffer.concat(sample);
  const sha256 = hash.digest("hex");

  if (isXlsx(name, head)) {
    const whole = bytes ?? (await readWhole(open));
    const { readXlsxRows } = await import("./xlsx.js");
    const sheet = await readXlsxRows(whole, o.sheet);
    if (!sheet.ok)
      return "missing" in sheet
        ? fail("no-sheet", t.team.noSheet(sheet.missing, sheet.sheets))
        : fail("not-xlsx", t.team.notXlsx(sheet.broken));
    return { kind: "table", table: { name, kind: "xlsx", sha256, notices: [], rows: () => fromArray(sheet.rows) } };
  }

  const verdict = sniffer.verdict();
  if (!verdict.ok) {
    if (verdict.reason === "nul") return fail("encoding", t.io.notUtf8(0), verdict.line, verdict.col);
    return fail("encoding", t.team.unknownEncoding(verdict.byte), verdict.line, verdict.col);
  }
  const encoding = verdict.encoding;
  const text = new TextDecoder(encoding).decode(head, { stream: head.length < size });
  if (!looksLikeTable(name, text)) {
    // YAML or JSON: an answers file, with the limits and the strict UTF-8 of every answers file.
    if (size > MAX_INPUT_BYTES) return fail("file-too-large", t.io.tooLarge(MAX_INPUT_BYTES));
    const whole = bytes ?? (await readWhole(open));
    const decoded = decodeUtf8(whole);
    if (!decoded.ok) return fail("encoding", t.io.notUtf8(decoded.badByte), decoded.line, decoded.col);
    return { kind: "answers", source: { name, bytes: whole, text: decoded.text } };
  }
  // The sample ends at a whole line unless it is the whole file.
  const lines = head.length < size ? text.slice(0, Math.max(0, text.lastIndexOf("\n"))) : text;
  // The CSV parser loads only now: an answers file never pays for it.
  const [{ chooseDelimiter }, { csvRows }] = await Promise.all([import("./delimiter.js"), import("./records.js")]);
  const delimiter = chooseDelimiter(lines.replace(/\r\n/g, "\n"));
  const notices: Notice[] =
    encoding === "windows-1252" ? [{ file: name, line: 1, col: 1, rule: "encoding", message: t.team.readAs1252 }] : [];
  return { kind: "table", table: { name, kind: "csv", sha256, notices, rows: () => csvRows(open, encoding as Encoding, delimiter) } };
}

/** .xlsx by its name, or by the zip signature an .xlsx starts with. */
function isXlsx(name: string, head: Uint8Array): boolean {
  return /\.xlsx$/i.test(name) || (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04);
}

/**
 * A table rather than YAML or JSON: by the file's name, else by its first line (YAML starts with a
 * key, a comment, `---` or a directive; JSON with a bracket; a table's header holds separators).
 */
export function looksLikeTable(name: string, text: string): boolean {
  if (/\.(csv|tsv|txt)$/i.test(name)) return true;
  if (/\.(ya?ml|json)$/i.test(name)) return false;
  const first =
    text
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .find((l) => l.trim() !== "") ?? "";
  if (/^\s*([{[#%]|---)/.test(first)) return false;
  if (/^[\w"'.-]+\s*:(\s|$)/.test(first)) return false;
  return /[,;\t]/.test(first);
}

/** A byte stream of a buffer (stdin, read once; a small file, read whole), for the CSV reader. */
function bufferStream(bytes: Uint8Array): () => Readable {
  return () => Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
}

async function* fromArray(rows: TableRow[]): AsyncGenerator<TableRow> {
  yield* rows;
}

async function readWhole(open: () => Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of open() as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function fileKind(info: Stats): "fifo" | "socket" | "device" | "other" {
  return info.isFIFO() ? "fifo" : info.isSocket() ? "socket" : info.isCharacterDevice() || info.isBlockDevice() ? "device" : "other";
}
