import { Argument, Command, CommanderError, Help, Option } from "commander";
import type { Io } from "./context.js";
import { EXIT, GapcheckError } from "./errors.js";
import { formatFinding, visible } from "./findings.js";
import {
  DEFAULT_FOCUS,
  DEFAULT_PARETO,
  DIFF_FORMATS,
  FORMATS,
  SCHEMA_NAMES,
  TEMPLATE_FORMATS,
  VALIDATE_FORMATS,
  type SchemaName,
} from "./formats.js";
import { isLang, LANGS, resolveLang, type Lang } from "./i18n/lang.js";
import { loadMessages, type Messages } from "./i18n/messages.js";

/*
 * The command line: registers every command, shapes its options, and lazily imports the module that
 * does the work, so start-up only pays for commander. Errors are caught once, here; nothing below
 * calls process.exit(). Importing this module has no side effect: src/cli.ts's main() calls runProgram().
 */

/**
 * A bad option value, said in the user's language. commander would wrap the parser's message in
 * English ("option '…' argument '…' is invalid."); a GapcheckError passes through it untouched.
 */
function badValue(t: Messages, flag: string, value: string, detail: string): GapcheckError {
  return new GapcheckError(t.cli.usage(`${t.usage.invalidArgument(flag, value)}: ${detail}`));
}

function parseShare(t: Messages, flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < 0.05 || n > 1) throw badValue(t, flag, value, t.cli.badPareto(value));
    return n;
  };
}

/** A whole number in [min, max] (--team, --min-group); `detail` says what is allowed. */
function parseCount(t: Messages, flag: string, min: number, max: number, detail: (value: string) => string) {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw badValue(t, flag, value, detail(value));
    return n;
  };
}

function parseGap(t: Messages, flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) throw badValue(t, flag, value, t.cli.badFailAbove(value));
    return n;
  };
}

function parseFocus(t: Messages, flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > 50) throw badValue(t, flag, value, t.focus.badFocus(value));
    return n;
  };
}

/** An option with a fixed list of values: commander shows the list in help, we check and say it. */
function choiceOption(t: Messages, flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, description).choices(choices).argParser((value: string) => {
    if (!choices.includes(value))
      throw new GapcheckError(t.cli.usage(`${t.usage.invalidArgument(flags, value)}; ${t.usage.allowedChoices(choices.join(", "))}`));
    return value;
  });
}

/** --lang as typed, read before commander runs so that help texts are in the right language. */
function langFromArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return undefined;
}

export function buildProgram(given: Io, t: Messages, setExit: (code: number) => void): Command {
  const io: Io = { ...given };
  const program = new Command("gapcheck")
    .description(t.help.program)
    .version(__GAPCHECK_VERSION__, "-V, --version", t.help.version)
    .helpOption("-h, --help", t.help.helpOption)
    .helpCommand("help [command]", t.help.helpCommand)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureHelp(localHelp(t))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Usage errors are written by reportError, from the error's code.
      outputError: () => {},
    });
  const lang = () => choiceOption(t, "--lang <lang>", t.help.lang, LANGS);
  // Every choice goes through choiceOption, so a wrong value is refused in the user's language.
  const reportFormat = () => choiceOption(t, "-f, --format <format>", t.help.format, FORMATS).default("table");
  // --no-cache (SPEC 12) belongs to every command; commander reads program options before and after
  // the command's name. It reaches the commands as GAPCHECK_CACHE=0, the one switch they read.
  program.option("--no-cache", t.cache.noCache).hook("preAction", () => {
    if (program.opts().cache === false) io.env = { ...io.env, GAPCHECK_CACHE: "0" };
  });

  program
    .command("assess")
    .description(t.help.assess)
    .option("-r, --rubric <file>", t.help.rubric)
    .option("-p, --profile <id>", t.help.profile)
    .option("-a, --answers <file>", t.help.answers)
    .addOption(reportFormat())
    .option("--json", t.help.json)
    .option("-o, --out <file>", t.help.out)
    .option("--save <file>", t.help.save)
    .option("--resume <draft>", t.help.resume)
    .addOption(lang())
    .option("--pareto <share>", t.help.pareto, parseShare(t, "--pareto <share>"), DEFAULT_PARETO)
    .option("--focus <n>", t.focus.helpFocus, parseFocus(t, "--focus <n>"), DEFAULT_FOCUS)
    .option("--fail-above <gap>", t.help.failAbove, parseGap(t, "--fail-above <gap>"))
    .option("--no-color", t.help.noColor)
    .action(async (opts, cmd: Command) => {
      // --json is --format json: with another --format given on the command line, one must be a mistake.
      if (opts.json && cmd.getOptionValueSource("format") === "cli" && opts.format !== "json") {
        throw new GapcheckError(t.cli.usage(t.trust.jsonAndFormat(opts.format)), EXIT.cannotRun);
      }
      const { assess } = await import("./commands/assess.js");
      setExit(
        await assess({
          rubric: opts.rubric,
          profile: opts.profile,
          answers: opts.answers,
          format: opts.json ? "json" : opts.format,
          out: opts.out,
          save: opts.save,
          resume: opts.resume,
          lang: opts.lang,
          pareto: opts.pareto,
          focus: opts.focus,
          failAbove: opts.failAbove,
          color: opts.color,
          io,
        }),
      );
    });

  program
    .command("validate")
    .description(t.help.validate)
    .argument("[rubric...]", t.help.rubricFiles)
    .addOption(choiceOption(t, "--format <format>", t.help.validateFormat, VALIDATE_FORMATS).default("text"))
    .option("--strict", t.help.strict)
    .addOption(lang())
    .action(async (files: string[], opts) => {
      const { validate } = await import("./commands/validate.js");
      setExit(await validate({ files, format: opts.format, strict: Boolean(opts.strict), lang: opts.lang, io }));
    });

  program
    .command("schema")
    .description(t.help.schema)
    .addArgument(
      new Argument("<name>", t.help.schemaName).choices(SCHEMA_NAMES).argParser((value: string) => {
        if (!(SCHEMA_NAMES as readonly string[]).includes(value)) {
          throw new GapcheckError(
            t.cli.usage(`${t.usage.invalidCommandArgument("name", value)}; ${t.usage.allowedChoices(SCHEMA_NAMES.join(", "))}`),
          );
        }
        return value;
      }),
    )
    .action(async (name: SchemaName) => {
      const { schema } = await import("./commands/schema.js");
      setExit(await schema({ name, io }));
    });

  program
    .command("report")
    .description(t.help.report)
    .argument("<result>", t.help.reportFile)
    .addOption(reportFormat())
    .option("-o, --out <file>", t.help.out)
    .option("--focus <n>", t.focus.helpReportFocus, parseFocus(t, "--focus <n>"))
    .option("--no-color", t.help.noColor)
    .action(async (file: string, opts) => {
      const { report } = await import("./commands/report.js");
      setExit(
        await report({
          file,
          format: opts.format,
          out: opts.out,
          color: opts.color,
          ...(opts.focus !== undefined ? { focus: opts.focus } : {}),
          io,
        }),
      );
    });

  program
    .command("diff")
    .description(t.help.diff)
    .argument("<old>", t.help.diffOld)
    .argument("<new>", t.help.diffNew)
    .addOption(choiceOption(t, "--format <format>", t.help.diffFormat, DIFF_FORMATS).default("text"))
    .addOption(choiceOption(t, "--fail-on <what>", t.help.failOn, ["breaking"]))
    .addOption(lang())
    .action(async (oldFile: string, newFile: string, opts) => {
      const { diff } = await import("./commands/diff.js");
      setExit(await diff({ old: oldFile, new: newFile, format: opts.format, failOn: opts.failOn, lang: opts.lang, io }));
    });

  program
    .command("init")
    .description(t.help.init)
    .argument("[file]", t.help.initFile, "rubric.yaml")
    .addOption(lang())
    .action(async (file: string, opts) => {
      const { init } = await import("./commands/init.js");
      setExit(await init({ file, lang: opts.lang, io }));
    });

  program
    .command("rubrics")
    .description(t.help.rubrics)
    .option("--json", t.help.rubricsJson)
    .addOption(lang())
    .action(async (opts) => {
      const { rubrics } = await import("./commands/rubrics.js");
      setExit(await rubrics({ json: Boolean(opts.json), lang: opts.lang, io }));
    });

  program
    .command("compare")
    .description(t.compare.help.command)
    .argument("<inputs...>", t.compare.help.inputs)
    .option("-r, --rubric <file>", t.compare.help.rubric)
    .option("-p, --profile <id>", t.compare.help.profile)
    .addOption(reportFormat())
    .option("--json", t.help.json)
    .option("-o, --out <file>", t.help.out)
    .addOption(lang())
    .option("--pareto <share>", t.help.pareto, parseShare(t, "--pareto <share>"), DEFAULT_PARETO)
    .addOption(choiceOption(t, "--fail-on <what>", t.compare.help.failOn, ["regression"]))
    .option("--tolerance <points>", t.compare.help.tolerance, parseTolerance(t, "--tolerance <points>"), 0)
    .option("--allow-profile-change", t.compare.help.allowProfileChange)
    .option("--no-color", t.help.noColor)
    .action(async (inputs: string[], opts) => {
      if (inputs.length < 2) throw new GapcheckError(t.compare.tooFew);
      const { compare } = await import("./commands/compare.js");
      setExit(
        await compare({
          inputs,
          rubric: opts.rubric,
          profile: opts.profile,
          format: opts.json ? "json" : opts.format,
          out: opts.out,
          lang: opts.lang,
          pareto: opts.pareto,
          failOn: opts.failOn,
          tolerance: opts.tolerance,
          allowProfileChange: Boolean(opts.allowProfileChange),
          color: opts.color,
          io,
        }),
      );
    });

  program
    .command("match")
    .description(t.match.help)
    .argument("<org>", t.match.orgArg)
    .argument("<candidate...>", t.match.candidatesArg)
    .option("-r, --rubric <file>", t.help.rubric)
    .option("-p, --profile <id>", t.help.profile)
    .option("--team <k>", t.match.teamOption, parseCount(t, "--team <k>", 1, 50, t.match.badTeam))
    .addOption(reportFormat())
    .option("--json", t.help.json)
    .option("-o, --out <file>", t.help.out)
    .addOption(lang())
    .option("--no-color", t.help.noColor)
    .action(async (org: string, candidates: string[], opts) => {
      const { matchCommand } = await import("./commands/match.js");
      setExit(
        await matchCommand({
          org,
          candidates,
          rubric: opts.rubric,
          profile: opts.profile,
          team: opts.team,
          format: opts.json ? "json" : opts.format,
          out: opts.out,
          lang: opts.lang,
          color: opts.color,
          io,
        }),
      );
    });

  program
    .command("aggregate")
    .description(t.team.helpAggregate)
    .argument("<input...>", t.team.helpInputs)
    .option("-r, --rubric <file>", t.help.rubric)
    .option("-p, --profile <id>", t.help.profile)
    .option("--by <field>", t.team.helpBy)
    .option("--min-group <n>", t.team.helpMinGroup, parseCount(t, "--min-group <n>", 1, 1000, t.team.badMinGroup), 3)
    .addOption(reportFormat())
    .option("--json", t.help.json)
    .option("-o, --out <file>", t.help.out)
    .addOption(lang())
    .option("--pareto <share>", t.help.pareto, parseShare(t, "--pareto <share>"), DEFAULT_PARETO)
    .option("--notes", t.team.helpNotes)
    .option("--skip-invalid", t.team.helpSkipInvalid)
    .option("--no-color", t.help.noColor)
    .action(async (inputs: string[], opts) => {
      const { aggregate } = await import("./commands/aggregate.js");
      setExit(
        await aggregate({
          inputs,
          rubric: opts.rubric,
          profile: opts.profile,
          by: opts.by,
          minGroup: opts.minGroup,
          format: opts.json ? "json" : opts.format,
          out: opts.out,
          lang: opts.lang,
          pareto: opts.pareto,
          notes: Boolean(opts.notes),
          skipInvalid: Boolean(opts.skipInvalid),
          color: opts.color,
          io,
        }),
      );
    });

  program
    .command("template")
    .description(t.team.helpTemplate)
    .option("-r, --rubric <file>", t.help.rubric)
    .addOption(choiceOption(t, "-f, --format <format>", t.team.helpTemplateFormat, TEMPLATE_FORMATS).default("csv"))
    .option("-o, --out <file>", t.help.out)
    .addOption(lang())
    .action(async (opts) => {
      const { template } = await import("./commands/template.js");
      setExit(await template({ rubric: opts.rubric, format: opts.format, out: opts.out, lang: opts.lang, io }));
    });

  return program;
}

function parseTolerance(t: Messages, flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) throw badValue(t, flag, value, t.compare.badTolerance(value));
    return n;
  };
}

/** commander's own words (section titles, "choices", "default") in the user's language. */
function localHelp(t: Messages): Partial<Help> {
  const base = new Help();
  const words = (text: string) =>
    text
      .replace(/\((choices|default): /g, (_, w: string) => `(${w === "choices" ? t.help.choices : t.help.default}: `)
      .replace(/", (?=")/g, '", ');
  return {
    styleTitle: (title: string) => t.help.titles[title] ?? title,
    optionDescription: (option) => words(base.optionDescription(option)),
    argumentDescription: (argument) => words(base.argumentDescription(argument)),
    subcommandTerm: (cmd) => base.subcommandTerm(cmd),
  };
}

/**
 * commander's usage errors in the user's language, told apart by their code. The name or flag they
 * quote is taken from the message; bad option values never get here (see badValue).
 */
export function localUsageError(err: CommanderError, t: Messages): string {
  const [first = "", ...rest] = err.message
    .replace(/^error: /, "")
    .trim()
    .split("\n");
  const quoted = first.match(/'(.*)'/)?.[1] ?? "";
  const suggestion = rest.join(" ").match(/\(Did you mean (.+)\?\)/)?.[1];
  const hint = suggestion ? ` (${t.usage.didYouMean(suggestion)})` : "";
  switch (err.code) {
    case "commander.unknownOption":
      return t.usage.unknownOption(quoted) + hint;
    case "commander.unknownCommand":
      return t.usage.unknownCommand(quoted) + hint;
    case "commander.missingArgument":
      return t.usage.missingArgument(quoted);
    case "commander.optionMissingArgument":
      return t.usage.optionMissingArgument(quoted);
    case "commander.excessArguments":
      return t.usage.tooManyArguments;
    default:
      return [first, ...rest].join(" ");
  }
}

/** Parses `argv` with commander and runs the command; every error becomes its exit code here. */
export async function runProgram(argv: readonly string[], io: Io): Promise<number> {
  const t = await loadMessages(resolveLang(langFromArgv(argv), io.env));
  let code: number = EXIT.ok;
  const program = buildProgram(io, t, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (err) {
    return reportError(err, io, t);
  }
}

function reportError(err: unknown, io: Io, t: Messages): number {
  if (err instanceof CommanderError) {
    // Help and version "errors" are successes; every other commander error is a usage error.
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return EXIT.ok;
    // `commander.help` is `gapcheck help [command]` (exit code 0, on stdout) or help shown because
    // no command was given (exit code 1, on stderr, already written): a usage error.
    if (err.code === "commander.help") return err.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
    io.stderr.write(`gapcheck: ${t.cli.usage(localUsageError(err, t))}\n`);
    return EXIT.cannotRun;
  }
  if (err instanceof GapcheckError) {
    if (err.findings.length > 0) for (const f of err.findings) io.stderr.write(`${formatFinding(f)}\n`);
    // Inserted values were escaped by the catalogue; the message's own line breaks stay, and any
    // other control character is shown as an escape.
    else io.stderr.write(`gapcheck: ${err.message.split("\n").map(visible).join("\n")}\n`);
    return err.exitCode;
  }
  const detail = err instanceof Error ? err.message : String(err);
  io.stderr.write(`gapcheck: ${t.cli.internalError(detail)}\n`);
  if (io.env.GAPCHECK_DEBUG === "1" && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  return EXIT.cannotRun;
}
