import type { Finding } from "./findings.js";

/** Exit codes of docs/exit-codes.md#exit-codes. */
export const EXIT = { ok: 0, problems: 1, cannotRun: 2, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The one error class a command throws to stop: the top level in cli.ts prints `message` (one line,
 * or the findings) to stderr and sets the exit code. Nothing below cli.ts calls process.exit().
 */
export class GapcheckError extends Error {
  override name = "GapcheckError";
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.cannotRun,
    readonly findings: readonly Finding[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Ctrl-C at a prompt. `message` tells the user what was kept. */
export class InterruptedError extends GapcheckError {
  override name = "InterruptedError";
  constructor(message: string) {
    super(message, EXIT.interrupted);
  }
}
