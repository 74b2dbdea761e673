import { Chalk, type ChalkInstance } from "chalk";

/**
 * Colour per SPEC section 2: none when the stream is not a terminal, when NO_COLOR is set or with
 * --no-color; FORCE_COLOR forces it. chalk 5 alone does not honour NO_COLOR, so decide here.
 */
export function colorFor(stream: { isTTY?: boolean; file?: boolean }, env: NodeJS.ProcessEnv, flag: boolean | undefined): ChalkInstance {
  // A file written with --out never holds escape codes, whatever FORCE_COLOR says.
  if (stream.file) return new Chalk({ level: 0 });
  let level: 0 | 1 | 2 | 3 = stream.isTTY ? 2 : 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") level = 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "0" && force !== "false") level = force === "3" ? 3 : force === "1" ? 1 : 2;
  if (flag === false) level = 0;
  return new Chalk({ level });
}
