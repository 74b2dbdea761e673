import type { Readable, Writable } from "node:stream";

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: () => Date;
}

let pipeGuarded = false;

/** The real process. A closed pipe (`gapcheck ... | head`) is no reason for a stack trace, nor for
 * changing the exit code the command decides (a failed --fail-above gate stays 1). */
export function processIo(): Io {
  if (!pipeGuarded) {
    pipeGuarded = true;
    process.stdout.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code !== "EPIPE") process.exitCode = 2;
    });
  }
  return {
    // stdin and stderr are made when first read: a stream for each that most runs never use (stdin
    // from /dev/null is an fs.ReadStream, which on Node 24 loads node:fs/promises and readline).
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
