import { resolve } from "node:path";
import { expandInputs } from "../aggregate/inputs.js";
import { PanelBuilder } from "../aggregate/panel.js";
import type { Io } from "../context.js";
import { EXIT, GapcheckError, type ExitCode } from "../errors.js";
import type { Finding } from "../findings.js";
import { loadMessages, type Lang, resolveLang } from "../i18n/messages.js";
import { readInput } from "../intake/input.js";
import type { FormatName } from "../formats.js";
import { loadRenderer } from "../render/result/lazy.js";
import { chooseProfile } from "../scoring/profile.js";
import { checkOutPath, writeRendered, printFindings, printNotices, requireRubric, resolveProfileOption } from "./shared.js";

export interface AggregateOptions {
  inputs: string[];
  rubric?: string;
  profile?: string;
  by?: string;
  minGroup: number;
  format: FormatName;
  out?: string;
  lang?: Lang;
  pareto: number;
  /** Priorities shown in full in human formats (docs/reports.md#what-comes-first `--focus`); default 5. */
  focus?: number;
  notes: boolean;
  skipInvalid: boolean;
  /** `--sheet NAME`: the sheet of an .xlsx input (default the first). */
  sheet?: string;
  color?: boolean;
  io: Io;
}

/**
 * `gapcheck aggregate INPUT...`: many respondents → one consensus result with a `panel` (docs/team.md).
 * Inputs are read one at a time and only counts are kept; no output names anyone.
 */
export async function aggregate(o: AggregateOptions): Promise<ExitCode> {
  const { io } = o;
  let t = await loadMessages(resolveLang(o.lang, io.env));
  if (o.by === "name") throw new GapcheckError(t.team.byName);
  const loaded = await requireRubric(o.rubric, io, t);
  const { sha256, path: rubricPath } = loaded;
  const locale = resolveLang(o.lang, io.env, loaded.rubric.defaultLocale);
  t = await loadMessages(locale);
  const tailored = await resolveProfileOption(o.profile, loaded.rubric, io, t);
  const { rubric } = tailored;
  const profile = chooseProfile(rubric, t, { option: tailored.profile });

  const { files, problems } = await expandInputs(o.inputs, io.cwd, t);
  await checkOutPath(
    o.out === undefined ? undefined : resolve(io.cwd, o.out),
    [rubricPath, ...(tailored.profilePath ? [tailored.profilePath] : []), ...files.filter((f) => f !== "-").map((f) => resolve(io.cwd, f))],
    t,
  );
  const builder = new PanelBuilder({
    rubric,
    profile,
    pareto: o.pareto,
    focus: o.focus,
    locale,
    sha256,
    by: o.by,
    minGroup: o.minGroup,
    notes: o.notes,
  });
  const errors: Finding[] = [...problems];
  const invalid: string[] = problems.map((p) => p.file);
  const seen = new Map<string, string>();
  const intake = { rubric, t, locale, cwd: io.cwd, stdin: io.stdin, by: o.by, sheet: o.sheet, notes: o.notes };
  for (const file of files) {
    // Typing answers into a terminal is allowed, but a silent wait looks like a hang: say what is read.
    if (file === "-" && io.stdin.isTTY) io.stderr.write(`${t.prompt.readingStdin}\n`);
    const read = await readInput(file, intake, seen, (r) => builder.add(r));
    printNotices(read.notices, io.stderr);
    printFindings(read.warnings, io.stderr);
    errors.push(...read.errors);
    invalid.push(...read.invalid);
    if (read.respondents > 0) builder.files++;
  }

  if (errors.length > 0) {
    if (!o.skipInvalid) {
      printFindings(errors, io.stderr);
      throw new GapcheckError(t.team.invalidInputs(invalid.length));
    }
    printFindings(
      errors.map((e) => ({ ...e, severity: "warning" as const })),
      io.stderr,
    );
    io.stderr.write(`gapcheck: ${t.team.skipped(invalid)}\n`);
  }
  if (builder.respondents === 0) throw new GapcheckError(t.team.noRespondents);
  if (builder.respondents === 1) io.stderr.write(`gapcheck: ${t.team.oneRespondent}\n`);

  const result = builder.result();
  const render = await loadRenderer(o.format, result);
  await writeRendered((options) => render(result, options), o.format, o, io, t);
  return EXIT.ok;
}
