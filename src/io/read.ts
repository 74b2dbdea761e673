import { readFileSync, statSync, type Stats } from "node:fs";
import type { Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";

export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

/** A decoded input file. `name` is what messages show (the path as the user typed it, or "<stdin>"). */
export interface Source {
  name: string;
  bytes: Uint8Array;
  text: string;
}

export type ReadResult = { ok: true; source: Source } | { ok: false; finding: Finding };

function fileFinding(name: string, rule: string, message: string, line = 1, col = 1): Finding {
  return { file: name, line, col, severity: "error", rule, message, path: [] };
}

/** Reads a file ("-" is stdin) with the limits of docs/rules.md#hostile-and-broken-input; never throws for bad input. */
export async function readSource(path: string, t: Messages, stdin?: NodeJS.ReadableStream): Promise<ReadResult> {
  const name = path === "-" ? "<stdin>" : path;
  let bytes: Uint8Array;
  try {
    if (path === "-") {
      // process.stdin is made only here: reading a named file needs no stream on stdin.
      bytes = await readStream(stdin ?? process.stdin, MAX_INPUT_BYTES + 1);
    } else {
      // Synchronous: one small file at a time, and node:fs/promises is not even loaded (docs/performance.md).
      const info = statSync(path);
      if (info.isDirectory()) return { ok: false, finding: fileFinding(name, "file-unreadable", t.io.isDirectory) };
      // A FIFO, socket or device may never end, or never even open (a FIFO with no writer): refuse it
      // at once, before opening it (docs/rules.md#hostile-and-broken-input). Stdin is read with "-".
      if (!info.isFile()) return { ok: false, finding: fileFinding(name, "file-unreadable", t.io.notRegular(fileKind(info))) };
      if (info.size > MAX_INPUT_BYTES) return { ok: false, finding: fileFinding(name, "file-too-large", t.io.tooLarge(MAX_INPUT_BYTES)) };
      bytes = readFileSync(path);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    return { ok: false, finding: fileFinding(name, "file-unreadable", t.io.unreadable(code)) };
  }
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, finding: fileFinding(name, "file-too-large", t.io.tooLarge(MAX_INPUT_BYTES)) };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return { ok: false, finding: fileFinding(name, "encoding", t.io.notUtf8(decoded.badByte), decoded.line, decoded.col) };
  }
  return { ok: true, source: { name, bytes, text: decoded.text } };
}

function fileKind(info: Stats): "fifo" | "socket" | "device" | "other" {
  return info.isFIFO() ? "fifo" : info.isSocket() ? "socket" : info.isCharacterDevice() || info.isBlockDevice() ? "device" : "other";
}

/** A stream's bytes, stopping once `limit` is reached (enough to tell the input is too large). */
export async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    size += buf.length;
    if (size >= limit) break; // enough to know it is too large; stop reading
  }
  return Buffer.concat(chunks);
}

type Decoded = { ok: true; text: string } | { ok: false; line: number; col: number; badByte: number };

/** Strict UTF-8 (a leading BOM is dropped); on failure, the line and column of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    // ignoreBOM: false (the default) strips a leading BOM.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // YAML allows no NUL; NULs in a text file mean UTF-16 without a BOM: the whole file is wrong.
    return bytes.includes(0) ? { ok: false, badByte: 0, line: 1, col: 1 } : { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, badByte: bytes[at] ?? 0, ...lineAndColumn(bytes, at) };
  }
}

function lineAndColumn(bytes: Uint8Array, at: number): { line: number; col: number } {
  const lines = new TextDecoder("utf-8").decode(bytes.subarray(0, at)).split("\n");
  return { line: lines.length, col: [...(lines[lines.length - 1] ?? "")].length + 1 };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const n = b[i + k];
      if (n === undefined || (n & 0xc0) !== 0x80) return i;
    }
    // Overlong, surrogate and out-of-range forms.
    const n1 = b[i + 1] ?? 0;
    if ((c === 0xe0 && n1 < 0xa0) || (c === 0xed && n1 > 0x9f) || (c === 0xf0 && n1 < 0x90) || (c === 0xf4 && n1 > 0x8f)) return i;
    i += need + 1;
  }
  return b.length;
}
