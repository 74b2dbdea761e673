import { resolve } from "node:path";
import { Readable, Writable } from "node:stream";
import { main } from "../../src/cli.js";
import type { Io } from "../../src/context.js";
import { gapcheck, root, type Run } from "./exec.js";

/*
 * `gapcheck ARGS` in-process: main(argv, io) from src/cli.ts with captured streams, the same
 * environment the spawned binary gets from exec.ts (NO_COLOR=1, LANG=C.UTF-8, nothing inherited from
 * the shell that runs the tests), and the exit code main returns. Starting Node for every case is
 * what made the suite slow; exec.ts `gapcheck()` stays for what only a real process shows (exit codes
 * set by bin/gapcheck.js, the bundle, signals, pipes, terminals).
 *
 * Isolation: every run gets its own streams, env object and stdin; `cwd` is io.cwd and, for the
 * run's length, the process's working directory (the forks pool gives each file its own process and
 * a file's tests run one after another); a run that touched process.exitCode fails.
 */

class Capture extends Writable {
  private chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void) {
    this.chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    done();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

export interface RunOptions {
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Paths that name the process's own streams or devices: only a real process may write to them. */
const DEVICE = /^\/(dev|proc)\//;

/** Runs `gapcheck ARGS` in-process and returns what a user would see, as exec.ts gapcheck() does. */
export async function run(args: string[], options: RunOptions = {}): Promise<Run> {
  if (args.some((a) => DEVICE.test(a))) {
    return gapcheck(args, { ...options, input: options.input === undefined ? undefined : options.input.toString() });
  }
  const env: NodeJS.ProcessEnv = { NO_COLOR: "1", LANG: "C.UTF-8", ...options.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const stdout = new Capture();
  const stderr = new Capture();
  const input = options.input === undefined ? [] : [typeof options.input === "string" ? Buffer.from(options.input) : options.input];
  const cwd = resolve(options.cwd ?? root);
  const io: Io = { stdin: Readable.from(input), stdout, stderr, env, cwd, now: () => new Date() };
  const before = process.exitCode;
  const previous = process.cwd();
  if (cwd !== previous) process.chdir(cwd);
  let status: number;
  try {
    status = await main(args, io);
  } finally {
    if (cwd !== previous) process.chdir(previous);
  }
  if (process.exitCode !== before) throw new Error(`gapcheck ${args.join(" ")} changed process.exitCode (to ${process.exitCode})`);
  return { stdout: stdout.text, stderr: stderr.text, status };
}
