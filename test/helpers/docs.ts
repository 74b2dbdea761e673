import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { Readable, Writable } from "node:stream";
import { parse, type ParseEntry } from "shell-quote";
import { globSync } from "tinyglobby";
import { main } from "../../src/cli.js";
import type { Io } from "../../src/context.js";

/*
 * The docs test's two halves (CONTRIBUTING.md, "Commands in the docs"): finding the commands that
 * README.md and docs/**.md show, and running one the way a user's shell would. Only what the docs
 * use is supported: argv words, unquoted globs, `> FILE`, `>> FILE`, `< FILE`, `2>/dev/null`,
 * `2>&1`, a pipe into jq, head, tail, grep or wc, and `echo $?` for the previous command's exit code.
 * Anything else is an error that names the line, so a new kind of example cannot slip through unrun.
 */

/** One command as a page shows it, with the output shown under it (`console` blocks only). */
export interface ShownCommand {
  file: string;
  line: number;
  command: string;
  /** The output lines shown under the command; undefined where a block shows no output. */
  expected?: string[];
}

/** A fenced block of shell commands (or the reason the page gives for not running it), or a file the page shows. */
export interface ShownBlock {
  file: string;
  line: number;
  skip?: string;
  commands: ShownCommand[];
  /** `<!-- docs-test: file NAME -->` before any fenced block: the commands after it find it as NAME. */
  writes?: { path: string; content: string };
}

const SHELL = new Set(["sh", "shell", "bash", "console"]);
const DIRECTIVE = /^<!--\s*docs-test:\s*(?:skip\s*\((.+)\)|file\s+(\S+))\s*-->\s*$/;

/** True when a shell line runs gapcheck (`gapcheck …`, `npx gapcheck …`, also after `&&` or `;`). */
export const invokesGapcheck = (line: string): boolean => /(^|&&|;|\|)\s*(npx\s+)?gapcheck(\s|$)/.test(line);

/** The shell blocks of a Markdown page that run gapcheck, in page order. */
export function shownBlocks(file: string, text: string): ShownBlock[] {
  const lines = text.split("\n");
  const blocks: ShownBlock[] = [];
  let skip: string | undefined;
  let writes: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const directive = DIRECTIVE.exec(line.trim());
    if (directive) {
      skip = directive[1];
      writes = directive[2];
      continue;
    }
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (!fence) {
      if (line.trim() !== "") skip = writes = undefined;
      continue;
    }
    const close = fence[2]!;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.trimStart().startsWith(close); i++) body.push(lines[i]!);
    const lang = fence[3]!;
    if (writes) blocks.push({ file, line: start + 1, commands: [], writes: { path: writes, content: `${body.join("\n")}\n` } });
    else if (SHELL.has(lang)) {
      const commands = lang === "console" ? sessionCommands(file, start + 2, body) : scriptCommands(file, start + 2, body);
      if (commands.length > 0 || skip) blocks.push({ file, line: start + 1, skip, commands });
    }
    skip = writes = undefined;
  }
  return blocks;
}

/** A `console` block: `$ command` lines, each followed by the output it shows. */
function sessionCommands(file: string, firstLine: number, body: string[]): ShownCommand[] {
  const commands: ShownCommand[] = [];
  for (const [offset, line] of body.entries()) {
    if (line.startsWith("$ ")) commands.push({ file, line: firstLine + offset, command: line.slice(2), expected: [] });
    else if (commands.length > 0) commands.at(-1)!.expected!.push(line);
  }
  return commands;
}

/** An `sh` block: every line that runs gapcheck, outputs not shown (`\` continues a line). */
function scriptCommands(file: string, firstLine: number, body: string[]): ShownCommand[] {
  const commands: ShownCommand[] = [];
  let pending = "";
  let pendingLine = 0;
  for (const [offset, line] of body.entries()) {
    if (pending === "") pendingLine = firstLine + offset;
    pending += line;
    if (pending.endsWith("\\")) {
      pending = `${pending.slice(0, -1)} `;
      continue;
    }
    if (invokesGapcheck(pending)) commands.push({ file, line: pendingLine, command: pending.trim() });
    pending = "";
  }
  return commands;
}

/** What a terminal showed (stderr and stdout in the order written) and the exit code. */
export interface Outcome {
  shown: string;
  status: number;
}

/** A stream that keeps what is written to it and may copy it to the terminal's record too. */
class Sink extends Writable {
  chunks: Buffer[] = [];
  constructor(private readonly terminal?: Sink) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    this.chunks.push(bytes);
    this.terminal?.chunks.push(bytes);
    done();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

/**
 * The environment every shown command runs in: no colour, 80 columns, no locale, no gapcheck on PATH
 * (so printed hints say `npx gapcheck`, as in a clone), and the test run's throw-away rubric cache.
 */
export const DOCS_ENV: NodeJS.ProcessEnv = {
  NO_COLOR: "1",
  LANG: "C.UTF-8",
  COLUMNS: "80",
  ...(process.env.XDG_CACHE_HOME ? { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME } : { GAPCHECK_CACHE: "0" }),
};

const HELPERS = new Set(["jq", "head", "tail", "grep", "wc"]);

/** Runs one shown command line in `cwd`; `previous` is the last exit code (for `echo $?`). */
export async function runShown(commandLine: string, cwd: string, previous: number): Promise<Outcome> {
  let line = commandLine;
  const stderrToNull = / 2>\/dev\/null/.test(line);
  const stderrToStdout = / 2>&1/.test(line);
  line = line.replace(/ 2>\/dev\/null| 2>&1/g, "");
  const tokens = parse(line, (name) => `$${name}`);
  const stages: string[][] = [[]];
  let stdinFile: string | undefined;
  let stdoutFile: { path: string; append: boolean } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as ParseEntry;
    if (typeof token === "string") stages.at(-1)!.push(token);
    else if ("comment" in token) break;
    else if ("op" in token && token.op === "glob") stages.at(-1)!.push(...expandGlob(token.pattern, cwd));
    else if ("op" in token && (token.op === ">" || token.op === ">>" || token.op === "<")) {
      const target = tokens[++i];
      if (typeof target !== "string") throw new Error(`${commandLine}: a file name must follow ${token.op}`);
      if (token.op === "<") stdinFile = target;
      else stdoutFile = { path: target, append: token.op === ">>" };
    } else if ("op" in token && token.op === "|") stages.push([]);
    else throw new Error(`${commandLine}: the docs test does not run ${JSON.stringify(token)}; show a simpler command or skip the block`);
  }
  const [first, ...pipeline] = stages;
  if (first![0] === "echo" && first![1] === "$?" && first!.length === 2) return { shown: `${previous}\n`, status: 0 };
  const argv = first![0] === "npx" ? first!.slice(1) : first!;
  if (argv[0] !== "gapcheck") throw new Error(`${commandLine}: not a gapcheck command; the docs test runs only gapcheck (skip the block)`);
  if (argv[1] === "serve") throw new Error(`${commandLine}: a server runs until stopped; mark its block <!-- docs-test: skip (server) -->`);
  for (const stage of pipeline)
    if (!HELPERS.has(stage[0]!)) throw new Error(`${commandLine}: the docs test pipes only into ${[...HELPERS].join(", ")}`);

  const terminal = new Sink();
  const piped = pipeline.length > 0 || stdoutFile !== undefined;
  const stdout = new Sink(piped ? undefined : terminal);
  const stderr = stderrToNull ? new Sink() : new Sink(stderrToStdout && piped ? stdout : terminal);
  const input = stdinFile === undefined ? [] : [readFileSync(resolve(cwd, stdinFile))];
  const io: Io = { stdin: Readable.from(input), stdout, stderr, env: { ...DOCS_ENV }, cwd, now: () => new Date() };
  const previousCwd = process.cwd();
  process.chdir(cwd);
  let status: number;
  try {
    status = await withinLimit(main(argv.slice(1), io), commandLine);
  } finally {
    process.chdir(previousCwd);
  }
  let out = stdout.text;
  for (const stage of pipeline) {
    const r = spawnSync(stage[0]!, stage.slice(1), { cwd, input: out, encoding: "utf8" });
    if (r.error) throw new Error(`${commandLine}: ${stage[0]} could not run: ${r.error.message}`);
    out = r.stdout + r.stderr;
    status = r.status ?? 1;
  }
  if (stdoutFile) {
    const path = isAbsolute(stdoutFile.path) ? stdoutFile.path : join(cwd, stdoutFile.path);
    if (stdoutFile.append) appendFileSync(path, out);
    else writeFileSync(path, out);
  } else if (pipeline.length > 0) terminal.chunks.push(Buffer.from(out));
  return { shown: terminal.text, status };
}

/** A shown command that has not finished after a minute waits for something: fail, never hang. */
async function withinLimit<T>(work: Promise<T>, commandLine: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${commandLine}: still running after 60 s; mark its block skip with the reason`)), 60_000);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Expands an unquoted glob as the shell does: matches sorted, the pattern itself when none match. */
function expandGlob(pattern: string, cwd: string): string[] {
  const found = globSync(pattern, { cwd, onlyFiles: false, expandDirectories: false }).sort();
  return found.length > 0 ? found : [pattern];
}

/**
 * Whether the real output matches the shown one. Trailing spaces and trailing empty lines do not
 * count; a line that is only `…` stands for any number of lines; a line ending in `…` for any line
 * that starts with what comes before the `…`. Everything else must be equal.
 */
export function matchesShown(shown: string[], real: string[]): boolean {
  const want = trimLines(shown);
  const got = trimLines(real);
  const memo = new Map<string, boolean>();
  const at = (w: number, g: number): boolean => {
    const key = `${w},${g}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok: boolean;
    if (w === want.length) ok = g === got.length;
    else if (want[w] === "…") ok = at(w + 1, g) || (g < got.length && at(w, g + 1));
    else if (g === got.length) ok = false;
    else if (want[w]!.endsWith("…")) ok = got[g]!.startsWith(want[w]!.slice(0, -1)) && at(w + 1, g + 1);
    else ok = want[w] === got[g] && at(w + 1, g + 1);
    memo.set(key, ok);
    return ok;
  };
  return at(0, 0);
}

function trimLines(lines: string[]): string[] {
  const trimmed = lines.map((l) => l.trimEnd());
  while (trimmed.length > 0 && trimmed.at(-1) === "") trimmed.pop();
  return trimmed;
}
