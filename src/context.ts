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
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
