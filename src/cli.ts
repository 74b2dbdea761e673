import { Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
import { processIo, type Io } from "./context.js";
import { EXIT, GapcheckError } from "./errors.js";
import { formatFinding, visible } from "./findings.js";
import { en } from "./i18n/en.js";
import { isLang, langFromEnvironment, LANGS, type Lang } from "./i18n/lang.js";
import type { Messages } from "./i18n/messages.js";

/*
 * The command line: registers every command, shapes its options, and lazily imports the module that
 * does the work, so start-up only pays for commander. Errors are caught once, here; nothing below
 * calls process.exit().
 */

const FORMATS = ["table", "json", "markdown", "csv", "html"] as const;
const VALIDATE_FORMATS = ["text", "json", "github", "sarif"] as const;
const SCHEMAS = ["rubric", "answers", "result"] as const;
const DIFF_FORMATS = ["text", "json", "markdown"] as const;

function parseShare(t: Messages) {
  return (value: string) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError(t.cli.badPareto(value));
    return n;
  };
}

function parseGap(t: Messages) {
  return (value: string) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError(t.cli.badFailAbove(value));
    return n;
  };
}

function parseFocus(t: Messages) {
  return (value: string) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > 50) throw new InvalidArgumentError(t.focus.badFocus(value));
    return n;
  };
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

export function buildProgram(io: Io, t: Messages, setExit: (code: number) => void): Command {
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
      outputError: (s, write) => write(`gapcheck: ${t.cli.usage(localUsageError(s, t))}\n`),
    });
  const lang = () => new Option("--lang <lang>", t.help.lang).choices(LANGS);

  program
    .command("assess")
    .description(t.help.assess)
    .option("-r, --rubric <file>", t.help.rubric)
    .option("-p, --profile <id>", t.help.profile)
    .option("-a, --answers <file>", t.help.answers)
    .addOption(new Option("-f, --format <format>", t.help.format).choices(FORMATS).default("table"))
    .option("--json", t.help.json)
    .option("-o, --out <file>", t.help.out)
    .option("--save <file>", t.help.save)
    .option("--resume <draft>", t.help.resume)
    .addOption(lang())
    .option("--pareto <share>", t.help.pareto, parseShare(t), 0.8)
    .option("--focus <n>", t.focus.helpFocus, parseFocus(t), 5)
    .option("--fail-above <gap>", t.help.failAbove, parseGap(t))
    .option("--no-color", t.help.noColor)
    .action(async (opts) => {
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
    .addOption(new Option("--format <format>", t.help.validateFormat).choices(VALIDATE_FORMATS).default("text"))
    .option("--strict", t.help.strict)
    .addOption(lang())
    .action(async (files: string[], opts) => {
      const { validate } = await import("./commands/validate.js");
      setExit(await validate({ files, format: opts.format, strict: Boolean(opts.strict), lang: opts.lang, io }));
    });

  program
    .command("schema")
    .description(t.help.schema)
    .addArgument(new Argument("<name>", t.help.schemaName).choices(SCHEMAS))
    .action(async (name: (typeof SCHEMAS)[number]) => {
      const { schema } = await import("./commands/schema.js");
      setExit(await schema({ name, io }));
    });

  program
    .command("report")
    .description(t.help.report)
    .argument("<result>", t.help.reportFile)
    .addOption(new Option("-f, --format <format>", t.help.format).choices(FORMATS).default("table"))
    .option("-o, --out <file>", t.help.out)
    .option("--focus <n>", t.focus.helpReportFocus, parseFocus(t))
    .option("--no-color", t.help.noColor)
    .action(async (file: string, opts) => {
      const { report } = await import("./commands/report.js");
      setExit(await report({ file, format: opts.format, out: opts.out, color: opts.color, ...(opts.focus !== undefined ? { focus: opts.focus } : {}), io }));
    });

  program
    .command("diff")
    .description(t.help.diff)
    .argument("<old>", t.help.diffOld)
    .argument("<new>", t.help.diffNew)
    .addOption(new Option("--format <format>", t.help.diffFormat).choices(DIFF_FORMATS).default("text"))
    .addOption(new Option("--fail-on <what>", t.help.failOn).choices(["breaking"]))
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

  return program;
}

/** commander's own words (section titles, "choices", "default") in the user's language. */
function localHelp(t: Messages): Partial<Help> {
  const base = new Help();
  const words = (text: string) => text.replace(/\((choices|default): /g, (_, w: string) => `(${w === "choices" ? t.help.choices : t.help.default}: `).replace(/", (?=")/g, '", ');
  return {
    styleTitle: (title: string) => t.help.titles[title] ?? title,
    optionDescription: (option) => words(base.optionDescription(option)),
    argumentDescription: (argument) => words(base.argumentDescription(argument)),
    subcommandTerm: (cmd) => base.subcommandTerm(cmd),
  };
}

/** commander's usage errors, recognised by their English form, in the user's language. */
export function localUsageError(raw: string, t: Messages): string {
  const s = raw.replace(/^error: /, "").trim();
  const [first = "", ...rest] = s.split("\n");
  const suggestion = rest.join(" ").match(/Did you mean (.+)\?/)?.[1];
  const hint = suggestion ? ` (${t.usage.didYouMean(suggestion)})` : "";
  let m: RegExpMatchArray | null;
  if ((m = first.match(/^unknown option '(.+)'$/))) return t.usage.unknownOption(m[1]!) + hint;
  if ((m = first.match(/^unknown command '(.+)'$/))) return t.usage.unknownCommand(m[1]!) + hint;
  if ((m = first.match(/^option '(.+?)' argument '(.*)' is invalid\. ?(.*)$/))) {
    const choices = m[3]!.match(/^Allowed choices are (.+)\.$/)?.[1];
    return `${t.usage.invalidArgument(m[1]!, m[2]!)}${choices ? `; ${t.usage.allowedChoices(choices)}` : m[3] ? `: ${m[3]}` : ""}`;
  }
  if ((m = first.match(/^command-argument value '(.*)' is invalid for argument '(.+)'\. ?(.*)$/))) {
    const choices = m[3]!.match(/^Allowed choices are (.+)\.$/)?.[1];
    return `${t.usage.invalidCommandArgument(m[2]!, m[1]!)}${choices ? `; ${t.usage.allowedChoices(choices)}` : ""}`;
  }
  if ((m = first.match(/^missing required argument '(.+)'$/))) return t.usage.missingArgument(m[1]!);
  if ((m = first.match(/^option '(.+)' argument missing$/))) return t.usage.optionMissingArgument(m[1]!);
  if (first.startsWith("too many arguments")) return t.usage.tooManyArguments;
  return s.replace(/\n/g, " ");
}

/** Only the catalogue in use is loaded at start-up; English is always there. */
async function catalogue(lang: Lang): Promise<Messages> {
  if (lang === "sv") return (await import("./i18n/sv.js")).sv;
  if (lang === "nb") return (await import("./i18n/nb.js")).nb;
  return en;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const t = await catalogue(langFromArgv(argv) ?? langFromEnvironment(io.env) ?? "en");
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
    // `commander.help` is help shown because no command was given: a usage error.
    return err.code === "commander.helpDisplayed" || err.code === "commander.version" ? EXIT.ok : EXIT.cannotRun;
  }
  if (err instanceof GapcheckError) {
    if (err.findings.length > 0) for (const f of err.findings) io.stderr.write(`${formatFinding(f)}\n`);
    else io.stderr.write(`gapcheck: ${visible(err.message).replace(/\\n/g, "\n")}\n`);
    return err.exitCode;
  }
  const detail = err instanceof Error ? err.message : String(err);
  io.stderr.write(`gapcheck: ${t.cli.internalError(detail)}\n`);
  if (io.env.GAPCHECK_DEBUG === "1" && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  return EXIT.cannotRun;
}

// A closed pipe (`gapcheck ... | head`) is no reason for a stack trace, nor for changing the exit
// code the command decides (a failed --fail-above gate stays 1).
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") process.exitCode = 2;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
