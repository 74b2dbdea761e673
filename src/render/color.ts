import type { ChalkInstance } from "chalk";

/**
 * No colour, without loading chalk: every style (`c.bold`, `c.red.dim`, `c.hex("#fff")`) is the text
 * itself, as chalk's level 0 gives it. chalk loads node:tty and node:os through supports-color, and
 * most runs (--json, a pipe, NO_COLOR) never colour anything (docs/performance.md start-up).
 */
const plain: ChalkInstance = new Proxy(
  // chalk joins several arguments with a space and turns one into a string.
  (...args: unknown[]) => (args.length === 1 ? String(args[0]) : args.join(" ")),
  // Not a thenable (`then`), or an async function returning it would wait for ever; no symbols either.
  { get: (_, key) => (key === "level" ? 0 : key === "then" || typeof key === "symbol" ? undefined : plain) },
) as unknown as ChalkInstance;

/**
 * Colour per docs/exit-codes.md#streams-and-colour: none when the stream is not a terminal, when NO_COLOR is set or with
 * --no-color; FORCE_COLOR forces it. chalk 5 alone does not honour NO_COLOR, so decide here. chalk is
 * loaded only when there is colour to draw.
 */
export async function colorFor(
  stream: { isTTY?: boolean; file?: boolean },
  env: NodeJS.ProcessEnv,
  flag: boolean | undefined,
): Promise<ChalkInstance> {
  // A file written with --out never holds escape codes, whatever FORCE_COLOR says.
  if (stream.file) return plain;
  let level: 0 | 1 | 2 | 3 = stream.isTTY ? 2 : 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") level = 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "0" && force !== "false") level = force === "3" ? 3 : force === "1" ? 1 : 2;
  if (flag === false) level = 0;
  if (level === 0) return plain;
  const { Chalk } = await import("chalk");
  return new Chalk({ level });
}
