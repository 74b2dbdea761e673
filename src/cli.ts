import { processIo, type Io } from "./context.js";

/*
 * The entry of the command line: bin/gapcheck.js is a shebang and one call of main(). Importing
 * this module has no side effect; commander, the messages and every command load only when run.
 */

/**
 * Runs `gapcheck ARGV` with the given streams and environment and returns the exit code (docs/exit-codes.md#exit-codes).
 * `gapcheck --version` alone, what scripts and package managers call most, is answered before
 * commander and the messages are loaded (docs/performance.md: within 1.3× of `node -e 0`).
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    io.stdout.write(`${__GAPCHECK_VERSION__}\n`);
    return 0;
  }
  const { runProgram } = await import("./program.js");
  return runProgram(argv, io);
}
