import { Readable, Writable } from "node:stream";
import type { Io } from "../../src/context.js";

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** An Io for calling commands in-process: captured output, an empty stdin, a fixed clock. */
export function fakeIo(cwd: string, env: NodeJS.ProcessEnv = {}): Io & { out: () => string; err: () => string } {
  const stdout = new Capture();
  const stderr = new Capture();
  return {
    stdin: Readable.from([]),
    stdout,
    stderr,
    env: { NO_COLOR: "1", ...env },
    cwd,
    now: () => new Date("2026-11-23T09:30:00.000Z"),
    out: () => stdout.text,
    err: () => stderr.text,
  };
}
