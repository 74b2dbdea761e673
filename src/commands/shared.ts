import { readdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { Io } from "../context.js";
import { EXIT, GapcheckError } from "../errors.js";
import type { AnswersFromFile } from "../intake/given.js";
import type { Notice } from "../answers/load.js";
import { formatFinding, visible, type Finding } from "../findings.js";
import { loadMessages, type Messages } from "../i18n/messages.js";
import { isReadOnly, isSameFile, writeFileAtomic } from "../io/write.js";
import { bundledRubricsDir, defaultRubricPath } from "../paths.js";
import { colorFor } from "../render/color.js";
import type { ChalkInstance } from "chalk";
import { columnsOf } from "../text/columns.js";
import { loadRubricCached } from "../rubric/cache.js";
import type { Rubric } from "../model/rubric.js";
import type { LoadedRubric } from "../rubric/load.js";
import { relocalize } from "../scoring/localize.js";
import type { Result } from "../scoring/result.js";

/** How to show a path: as the user typed it, or the bundled rubric relative to the current folder. */
export function displayPath(path: string, io: Io): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(io.cwd, path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

/**
 * Loads a rubric for a command that needs a valid one: any error stops the command with exit 2.
 * `diff` passes allowFailedFixtures: reviewing an edit whose fixtures now fail is its whole point.
 */
export async function requireRubric(
  path: string | undefined,
  io: Io,
  t: Messages,
  options: { allowFailedFixtures?: boolean } = {},
): Promise<Required<Pick<LoadedRubric, "rubric" | "sha256">> & { path: string }> {
  const file = path ?? displayPath(defaultRubricPath(), io);
  const loaded = await loadRubricCached(path ?? defaultRubricPath(), t, io.env);
  const shown = loaded.findings.map((f) => ({ ...f, file }));
  const errors = shown.filter((f) => f.severity === "error" && !(options.allowFailedFixtures && f.rule === "fixture-failed"));
  if (!loaded.rubric || errors.length > 0) {
    // Loaded for the message only: shell quoting is not needed on the way to a result (docs/performance.md start-up).
    const { gapcheckCommand } = await import("../session/command.js");
    throw new GapcheckError(t.cli.invalidRubric(file, errors.length, gapcheckCommand(io.env, ["validate", file])), EXIT.cannotRun, errors);
  }
  return { rubric: loaded.rubric, sha256: loaded.sha256, path: path ?? defaultRubricPath() };
}

export function printFindings(findings: readonly Finding[], stream: Io["stderr"]): void {
  for (const f of findings) stream.write(`${formatFinding(f)}\n`);
}

/**
 * An answers file for a command: what it read shown on stderr (notices, warnings), errors thrown
 * (exit 2). Reading a terminal's typing is allowed, but a silent wait looks like a hang: say so.
 */
export async function readAnswers(
  path: string,
  rubric: Rubric,
  io: Io,
  t: Messages,
  profileGiven: boolean,
  sheet?: string,
): Promise<AnswersFromFile> {
  if (path === "-" && io.stdin.isTTY) io.stderr.write(`${t.prompt.readingStdin}\n`);
  // Loaded here, not at the top: validate and a warm assess must not pay for the YAML parser (docs/decisions.md).
  const { answersFromFile } = await import("../intake/given.js");
  // io.stdin only for "-": a named file needs no stream on stdin (io.stdin may make one when read).
  const stdin = path === "-" ? io.stdin : undefined;
  const given = await answersFromFile(path, rubric, t, { stdin, cwd: io.cwd, profileGiven, sheet });
  printNotices(given.notices, io.stderr);
  printFindings(given.warnings, io.stderr); // warnings only, e.g. another rubric version
  return given;
}

/** Notices (not problems) in the findings' one-line form, e.g. `a.yaml:7:3 notice renamed-item …`. */
export function printNotices(notices: readonly Notice[], stream: Io["stderr"]): void {
  for (const n of notices) stream.write(`${visible(`${n.file}:${n.line}:${n.col} notice ${n.rule} ${n.message}`)}\n`);
}

/** Fails early (before any question is asked) when --out would overwrite one of the inputs. */
export async function checkOutPath(out: string | undefined, inputs: readonly string[], t: Messages, flag = "--out"): Promise<void> {
  if (out === undefined) return;
  await checkWritablePath(out, t, flag);
  if (await isSameFile(out, inputs)) throw new GapcheckError(t.cli.outIsInput(out));
}

/**
 * A path gapcheck is to write, checked before any work (or question): an empty name, a missing or
 * read-only folder, a folder in the file's place. One clear line naming the path, exit 2 (docs/exit-codes.md#files-gapcheck-writes).
 */
export async function checkWritablePath(path: string, t: Messages, flag: string): Promise<void> {
  if (path === "") throw new GapcheckError(t.cli.usage(t.io.emptyPath(flag)));
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) throw new GapcheckError(t.io.writeProblem(path, "EISDIR"));
  if (info && (await isReadOnly(path, info))) throw new GapcheckError(t.io.writeProblem(path, "EREADONLY"));
  if (info) return; // an existing file, link or device: the write itself says what is wrong, if anything
  const folder = dirname(resolve(path));
  const dir = await stat(folder).catch((err: NodeJS.ErrnoException) => err);
  if (dir instanceof Error) throw new GapcheckError(t.io.writeProblem(path, dir.code === "ENOTDIR" ? "ENOTDIR" : "ENOENT"));
  if (!dir.isDirectory()) throw new GapcheckError(t.io.writeProblem(path, "ENOTDIR"));
}

/**
 * The one place a command's result is written: --out (atomically) or stdout. `noClobber`: an existing
 * regular file is never replaced (a device such as /dev/stdout is still written to).
 */
export async function writeOutput(
  text: string,
  out: string | undefined,
  io: Io,
  t: Messages,
  options: { noClobber?: boolean } = {},
): Promise<void> {
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    const existing = options.noClobber ? await stat(out).catch(() => undefined) : undefined; // a device, or a redirected /dev/stdout
    await writeFileAtomic(out, text, { noClobber: existing === undefined && options.noClobber === true });
  } catch (err) {
    throw new GapcheckError(t.io.writeProblem(out, (err as NodeJS.ErrnoException).code ?? String(err)), EXIT.cannotRun, [], { cause: err });
  }
}

/** The bundled rubric files, sorted by name. */
export async function bundledRubricFiles(): Promise<string[]> {
  // Synchronous: one small folder, and node:fs/promises is not loaded for a warm validate.
  const names = readdirSync(bundledRubricsDir())
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  return names.map((n) => join(bundledRubricsDir(), n));
}

/**
 * `-p ID` or `-p FILE` (a client profile, README "Client profile"): a file is read, checked against the rubric
 * (any error stops the command with exit 2, warnings go to stderr) and added to the rubric's profiles,
 * so the command goes on with an id. An id is returned as given: `chooseProfile` (scoring/profile.ts) checks it.
 */
export async function resolveProfileOption(
  value: string | undefined,
  rubric: Rubric,
  io: Io,
  t: Messages,
): Promise<{ rubric: Rubric; profile?: string; profilePath?: string }> {
  if (value === undefined) return { rubric };
  const { isProfileFile, loadClientProfile, withProfile } = await import("../profile/client.js");
  if (!isProfileFile(value)) return { rubric, profile: value };
  const path = resolve(io.cwd, value);
  const loaded = await loadClientProfile(path, rubric, t);
  const shown = loaded.findings.map((f) => ({ ...f, file: value }));
  if (!loaded.profile) {
    const errors = shown.filter((f) => f.severity === "error");
    throw new GapcheckError(t.profileFile.invalid(value, errors.length), EXIT.cannotRun, errors);
  }
  printFindings(shown, io.stderr);
  return { rubric: withProfile(rubric, loaded.profile), profile: loaded.profile.id, profilePath: path };
}

/**
 * The width human output is laid out for (docs/reports.md#the-formats): the terminal's, else COLUMNS, else 80. A file
 * written with --out is 80 wide whatever the terminal is.
 */
export function outputWidth(io: Io, out: string | undefined): number {
  return out !== undefined ? 80 : columnsOf(io.stdout, io.env);
}

/**
 * A rendered text as written: the table format fitted to the width, every other format as it is. The
 * wrapping code (wrap-ansi, string-width) loads only for a table (docs/performance.md start-up).
 */
export async function fitted(format: string, text: string, width: number): Promise<string> {
  return format === "table" ? (await import("../text/wrap.js")).fitToWidth(text, width) : text;
}

/**
 * The one output path of assess, report, aggregate, compare and match: renders for stdout or the
 * `-o` file (a file never holds escape codes, whatever FORCE_COLOR says), fits a table to the width
 * and writes it.
 */
export async function writeRendered(
  render: (options: { color: ChalkInstance; width: number }) => string,
  format: string,
  o: { out?: string | undefined; color?: boolean | undefined },
  io: Io,
  t: Messages,
): Promise<void> {
  const stream = o.out === undefined ? io.stdout : { isTTY: false, file: true };
  const width = outputWidth(io, o.out);
  const text = await fitted(format, render({ color: await colorFor(stream, io.env, o.color), width }), width);
  await writeOutput(text, o.out === undefined ? undefined : resolve(io.cwd, o.out), io, t);
}

/*
 * Saved results in the language asked for (README "Language of saved results"), for report, compare
 * and match. The rubric texts are looked up again in the rubric at hand — `-r FILE` when given, else
 * the bundled rubric of the result's id and version. When that is not possible for every input, the
 * output stays in the language the results were saved in and one notice says so: never two
 * languages in one output.
 */

export interface SavedInput {
  result: Result;
  /** How the input is named in the notice (the path as typed). */
  file: string;
}

export interface InLanguage {
  results: Result[];
  /** The language the output speaks: the one asked for, or the saved one. */
  lang: string;
}

/**
 * `inputs` with their rubric texts in `wanted`. A bad `-r` file stops the command (exit 2) as in
 * every other command; a rubric that is simply not at hand gives the notice on stderr.
 */
export async function inLanguage(
  inputs: readonly SavedInput[],
  wanted: string,
  o: { rubric?: string; io: Io; t: Messages },
): Promise<InLanguage> {
  if (inputs.every((i) => i.result.locale === wanted)) return { results: inputs.map((i) => i.result), lang: wanted };
  const find = rubricFinder(o);
  const attempt = async (lang: string) => {
    const results: Result[] = [];
    const failed: SavedInput[] = [];
    for (const input of inputs) {
      const { result } = input;
      const rubric = result.locale === lang ? undefined : await find(result);
      const shown = result.locale === lang ? result : rubric && relocalize(result, rubric, lang);
      if (shown) results.push(shown);
      else {
        results.push(result);
        failed.push(input);
      }
    }
    return { results, failed };
  };

  const asked = await attempt(wanted);
  if (asked.failed.length === 0) return { results: asked.results, lang: wanted };
  // The saved language: the one the inputs that cannot be re-rendered were saved in (the latest's
  // when they differ); the others follow it where they can.
  const first = asked.failed[0]!;
  const savedLocales = new Set(asked.failed.map((f) => f.result.locale));
  const kept = savedLocales.size === 1 ? first.result.locale : inputs.at(-1)!.result.locale;
  const fallback = await attempt(kept);
  const t = await loadMessages(wanted);
  const name = (lang: string) => t.report.languages[lang] ?? lang;
  o.io.stderr.write(
    `gapcheck: ${t.report.keptLanguage(first.file, first.result.rubric.id, first.result.rubric.version, name(wanted), name(kept))}\n`,
  );
  return { results: fallback.results, lang: kept };
}

/** The rubric a result's texts can be looked up in, once per id and version: -r, else a bundled one. */
function rubricFinder(o: { rubric?: string; io: Io; t: Messages }): (result: Result) => Promise<Rubric | undefined> {
  const found = new Map<string, Promise<Rubric | undefined>>();
  const lookUp = async (id: string, version: string): Promise<Rubric | undefined> => {
    if (o.rubric !== undefined) {
      const { rubric } = await requireRubric(o.rubric, o.io, o.t);
      return rubric.data.id === id ? rubric : undefined;
    }
    for (const path of await bundledRubricFiles()) {
      const { rubric } = await loadRubricCached(path, o.t, o.io.env);
      if (rubric?.data.id === id && rubric.data.version === version) return rubric;
    }
    return undefined;
  };
  return (result) => {
    const key = `${result.rubric.id}\n${result.rubric.version}`;
    if (!found.has(key)) found.set(key, lookUp(result.rubric.id, result.rubric.version));
    return found.get(key)!;
  };
}
