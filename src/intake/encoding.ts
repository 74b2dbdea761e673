import { isUtf8 } from "node:buffer";

/*
 * The text encodings survey exports come in (docs/collecting-answers.md, "Encodings"): UTF-8 with or
 * without a BOM, UTF-16 LE/BE with a BOM (Excel's "Unicode text"), and Windows-1252 (Excel's plain
 * "CSV" on a Nordic Windows), which is read only when the bytes are not UTF-8 but are valid
 * Windows-1252. Nothing else is guessed. Node's own TextDecoder (full ICU) decodes all four, so no
 * decoding library is needed.
 */

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** The five bytes Windows-1252 leaves undefined: a file holding one is not Windows-1252 either. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** The encoding a BOM names, or undefined without one (UTF-8's BOM still needs the bytes checked). */
export function bomEncoding(head: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return undefined;
}

export type EncodingVerdict =
  | { ok: true; encoding: Encoding }
  | { ok: false; reason: "nul"; line: number; col: number }
  | { ok: false; reason: "unknown"; byte: number; line: number; col: number };

/**
 * Looks at a file's bytes chunk by chunk (a 64 MiB export is never held whole) and decides how to
 * decode it. Feed every chunk to `push`, then call `verdict`.
 */
export class EncodingSniffer {
  private head: number[] = [];
  private carry: Uint8Array = new Uint8Array(0);
  private utf8 = true;
  private cp1252 = true;
  private offset = 0;
  private lines = 1;
  private lineStart = 0;
  /** Where the first byte that neither encoding allows sits. */
  private bad: { byte: number; line: number; col: number } | undefined;
  private nul: { line: number; col: number } | undefined;

  push(chunk: Uint8Array): void {
    if (this.head.length < 4) this.head.push(...chunk.subarray(0, 4 - this.head.length));
    if (this.utf8) {
      // A multi-byte character may be cut by the chunk's end: keep its start for the next chunk.
      const joined = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
      const cut = incompleteTail(joined);
      if (!isUtf8(joined.subarray(0, cut))) this.utf8 = false;
      this.carry = joined.slice(cut);
    }
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 0x0a) {
        this.lines++;
        this.lineStart = this.offset + i + 1;
      } else if (b === 0 && this.nul === undefined) this.nul = this.where(i);
      else if (UNDEFINED_1252.has(b) && this.cp1252) {
        this.cp1252 = false;
        this.bad ??= { byte: b, ...this.where(i) };
      }
    }
    this.offset += chunk.length;
  }

  private where(i: number): { line: number; col: number } {
    return { line: this.lines, col: this.offset + i - this.lineStart + 1 };
  }

  verdict(): EncodingVerdict {
    const head = Uint8Array.from(this.head);
    const bom = bomEncoding(head);
    if (bom) return { ok: true, encoding: bom };
    // NULs in a text file mean UTF-16 without a BOM, which is not guessed.
    if (this.nul) return { ok: false, reason: "nul", ...this.nul };
    if (this.utf8 && this.carry.length === 0) return { ok: true, encoding: "utf-8" };
    if (this.cp1252) return { ok: true, encoding: "windows-1252" };
    return { ok: false, reason: "unknown", ...this.bad! };
  }
}

/** Length of the part of `b` that ends on a whole UTF-8 character (at most 3 bytes are left over). */
function incompleteTail(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const c = b[b.length - back]!;
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > back ? b.length - back : b.length;
  }
  return b.length;
}
