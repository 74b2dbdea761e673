import { Argument, Command, CommanderError, Help, Option } from "commander";
import type { Io } from "./context.js";
import { EXIT, GapcheckError } from "./errors.js";
import { formatFinding, visible } from "./findings.js";
import { DIFF_FORMATS, FORMATS, MIN_GROUP_FLOOR, SCHEMA_NAMES, TEMPLATE_FORMATS, VALIDATE_FORMATS, type SchemaName } from "./formats.js";
import { isLang, LANGS, resolveLang, type Lang } from "./i18n/lang.js";
import { loadMessages, type Messages } from "./i18n/messages.js";
import { DEFAULT_FOCUS, DEFAULT_PARETO } from "./scoring/defaults.js";
import { columnsOf } from "./text/columns.js";

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
    if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > 50) throw badValue(t, flag, value, t.priorities.badFocus(value));
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

/** The options every command builds from: one constructor per shared flag, so each reads the same everywhere. */
function optionKit(t: Messages) {
  const option = (flags: string, description: string) => new Option(flags, description);
  const parsed = <T>(flags: string, description: string, parse: (value: string) => T, byDefault?: T) =>
    new Option(flags, description).argParser(parse).default(byDefault);
  return {
    option,
    parsed,
    // Every choice goes through choiceOption, so a wrong value is refused in the user's language.
    choice: (flags: string, description: string, choices: readonly string[]) => choiceOption(t, flags, description, choices),
    lang: () => choiceOption(t, "--lang <lang>", t.help.lang, LANGS),
    reportFormat: () => choiceOption(t, "-f, --format <format>", t.help.format, FORMATS).default("table"),
    json: () => option("--json", t.help.json),
    out: () => option("-o, --out <file>", t.help.out),
    rubric: (description = t.help.rubric) => option("-r, --rubric <file>", description),
    profile: (description = t.help.profile) => option("-p, --profile <id|file>", description),
    pareto: () => parsed("--pareto <share>", t.help.pareto, parseShare(t, "--pareto <share>"), DEFAULT_PARETO),
    focus: (description: string, byDefault?: number) => parsed("--focus <n>", description, parseFocus(t, "--focus <n>"), byDefault),
    noColor: () => option("--no-color", t.help.noColor),
  };
}
type OptionKit = ReturnType<typeof optionKit>;

/**
 * One command: its name, description, arguments and options as commander shows them, and the
 * function it runs. An argument fills the option named next to it; every option fills the field named
 * by its flag (`--fail-above` → `failAbove`); `toOptions` is the one place that does this. `run`
 * imports the command's module only when the command runs, so start-up pays for commander alone.
 */
interface CommandDef<O> {
  name: string;
  description(t: Messages): string;
  args?(t: Messages): ReadonlyArray<readonly [field: keyof O & string, argument: Argument]>;
  options(kit: OptionKit, t: Messages): Option[];
  run(options: O): Promise<number>;
}

/** A definition whose option type is checked against its function, held in a list of any commands. */
interface Registered {
  def: CommandDef<never>;
  run(options: Record<string, unknown>): Promise<number>;
}
function command<O>(def: CommandDef<O>): Registered {
  // commander's options are untyped; the definition's flags and argument names are what make them O.
  return { def: def as unknown as CommandDef<never>, run: (options) => def.run(options as O) };
}

const COMMANDS: readonly Registered[] = [
  command<import("./commands/assess.js").AssessOptions>({
    name: "assess",
    description: (t) => t.help.assess,
    options: (k, t) => [
      k.rubric(),
      k.profile(),
      k.option("-a, --answers <file>", t.help.answers),
      k.option("--sheet <name>", t.team.helpSheet),
      k.reportFormat(),
      k.json(),
      k.out(),
      k.option("--save <file>", t.help.save),
      k.option("--resume <draft>", t.help.resume),
      k.lang(),
      k.pareto(),
      k.focus(t.help.helpFocus, DEFAULT_FOCUS),
      k.parsed("--fail-above <gap>", t.help.failAbove, parseGap(t, "--fail-above <gap>")),
      k.noColor(),
    ],
    run: async (o) => (await import("./commands/assess.js")).assess(o),
  }),
  command<import("./commands/validate.js").ValidateOptions>({
    name: "validate",
    description: (t) => t.help.validate,
    args: (t) => [["files", new Argument("[rubric...]", t.help.rubricFiles)]],
    options: (k, t) => [
      k.choice("--format <format>", t.help.validateFormat, VALIDATE_FORMATS).default("text"),
      k.option("--strict", t.help.strict),
      k.lang(),
    ],
    run: async (o) => (await import("./commands/validate.js")).validate(o),
  }),
  command<{ name: SchemaName; io: Io }>({
    name: "schema",
    description: (t) => t.help.schema,
    args: (t) => [["name", schemaArgument(t)]],
    options: () => [],
    run: async (o) => (await import("./commands/schema.js")).schema(o),
  }),
  command<import("./commands/report.js").ReportOptions>({
    name: "report",
    description: (t) => t.help.report,
    args: (t) => [["file", new Argument("<result>", t.help.reportFile)]],
    options: (k, t) => [
      k.reportFormat(),
      k.out(),
      k.focus(t.help.helpReportFocus),
      k.choice("--lang <lang>", t.report.helpLang, LANGS),
      k.rubric(t.report.helpRubric),
      k.noColor(),
    ],
    run: async (o) => (await import("./commands/report.js")).report(o),
  }),
  command<import("./commands/diff.js").DiffOptions>({
    name: "diff",
    description: (t) => t.help.diff,
    args: (t) => [
      ["old", new Argument("<old>", t.help.diffOld)],
      ["new", new Argument("<new>", t.help.diffNew)],
    ],
    options: (k, t) => [
      k.choice("--format <format>", t.help.diffFormat, DIFF_FORMATS).default("text"),
      k.choice("--fail-on <what>", t.help.failOn, ["breaking"]),
      k.lang(),
    ],
    run: async (o) => (await import("./commands/diff.js")).diff(o),
  }),
  command<{ file: string; lang?: Lang; io: Io }>({
    name: "init",
    description: (t) => t.help.init,
    args: (t) => [["file", new Argument("[file]", t.help.initFile).default("rubric.yaml")]],
    options: (k) => [k.lang()],
    run: async (o) => (await import("./commands/init.js")).init(o),
  }),
  command<{ json: boolean; lang?: Lang; io: Io }>({
    name: "rubrics",
    description: (t) => t.help.rubrics,
    options: (k, t) => [k.option("--json", t.help.rubricsJson), k.lang()],
    run: async (o) => (await import("./commands/rubrics.js")).rubrics(o),
  }),
  command<import("./commands/compare.js").CompareCommandOptions>({
    name: "compare",
    description: (t) => t.compare.help.command,
    args: (t) => [["inputs", new Argument("<inputs...>", t.compare.help.inputs)]],
    options: (k, t) => [
      k.rubric(t.compare.help.rubric),
      k.profile(t.compare.help.profile),
      k.reportFormat(),
      k.json(),
      k.out(),
      k.lang(),
      k.pareto(),
      k.choice("--fail-on <what>", t.compare.help.failOn, ["regression"]),
      k.parsed("--tolerance <points>", t.compare.help.tolerance, parseTolerance(t, "--tolerance <points>"), 0),
      k.option("--allow-profile-change", t.compare.help.allowProfileChange),
      k.noColor(),
    ],
    run: async (o) => (await import("./commands/compare.js")).compare(o),
  }),
  command<import("./commands/match.js").MatchCommandOptions>({
    name: "match",
    description: (t) => t.match.help,
    args: (t) => [
      ["org", new Argument("<org>", t.match.orgArg)],
      ["candidates", new Argument("<candidate...>", t.match.candidatesArg)],
    ],
    options: (k, t) => [
      k.rubric(),
      k.profile(),
      k.parsed("--team <k>", t.match.teamOption, parseCount(t, "--team <k>", 1, 50, t.match.badTeam)),
      k.reportFormat(),
      k.json(),
      k.out(),
      k.lang(),
      k.noColor(),
    ],
    run: async (o) => (await import("./commands/match.js")).matchCommand(o),
  }),
  command<import("./commands/aggregate.js").AggregateOptions>({
    name: "aggregate",
    description: (t) => t.team.helpAggregate,
    args: (t) => [["inputs", new Argument("<input...>", t.team.helpInputs)]],
    options: (k, t) => [
      k.rubric(),
      k.profile(t.team.helpProfile),
      k.option("--by <field>", t.team.helpBy),
      k.parsed(
        "--min-group <n>",
        t.team.helpMinGroup,
        parseCount(t, "--min-group <n>", MIN_GROUP_FLOOR, 1000, t.team.badMinGroup),
        MIN_GROUP_FLOOR,
      ),
      k.reportFormat(),
      k.json(),
      k.out(),
      k.lang(),
      k.pareto(),
      k.focus(t.help.helpFocus, DEFAULT_FOCUS),
      k.option("--notes", t.team.helpNotes),
      k.option("--skip-invalid", t.team.helpSkipInvalid),
      k.option("--sheet <name>", t.team.helpSheet),
      k.noColor(),
    ],
    run: async (o) => (await import("./commands/aggregate.js")).aggregate(o),
  }),
  command<import("./commands/template.js").TemplateOptions>({
    name: "template",
    description: (t) => t.team.helpTemplate,
    options: (k, t) => [
      k.rubric(),
      k.profile(t.team.helpTemplateProfile),
      k.choice("-f, --format <format>", t.team.helpTemplateFormat, TEMPLATE_FORMATS).default("csv"),
      k.out(),
      k.lang(),
    ],
    run: async (o) => (await import("./commands/template.js")).template(o),
  }),
  command<import("./commands/serve.js").ServeCommandOptions>({
    name: "serve",
    description: (t) => t.serve.cli.help,
    args: (t) => [["folder", new Argument("[folder]", t.serve.cli.helpFolder)]],
    options: (k, t) => [
      k.rubric(),
      k.profile(),
      k.lang(),
      k.parsed("--groups <list>", t.serve.cli.helpGroups, (v) => v.split(",").map((g) => g.trim())),
      k.parsed(
        "--min-group <n>",
        t.serve.cli.helpMinGroup,
        parseCount(t, "--min-group <n>", MIN_GROUP_FLOOR, 1000, () => t.serve.badMinGroup),
      ),
      k.option("--title <text>", t.serve.cli.helpTitle),
      k.option("--host <addr>", t.serve.cli.helpHost),
      k.parsed("--port <n>", t.serve.cli.helpPort, parseCount(t, "--port <n>", 0, 65535, t.serve.cli.badPort)),
      k.option("--tls-cert <file>", t.serve.cli.helpTlsCert),
      k.option("--tls-key <file>", t.serve.cli.helpTlsKey),
      k.option("--json", t.serve.cli.helpJson),
    ],
    run: async (o) => (await import("./commands/serve.js")).serveCommand(o),
  }),
];

/**
 * The one place that turns what commander parsed into a command's options: each argument into its
 * field, each option into the field named by its flag, switches into true/false, absent values left
 * out, and `--json` into `format: "json"` for the commands that also have `--format` (docs/formats.md: giving
 * both `--json` and another `--format` is a usage error).
 */
function toOptions(fields: readonly string[], cmd: Command, args: readonly unknown[], io: Io, t: Messages): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  fields.forEach((field, i) => {
    if (args[i] !== undefined) out[field] = args[i];
  });
  const given = cmd.opts();
  for (const option of cmd.options) {
    const field = option.attributeName();
    const value = given[field];
    if (option.isBoolean() && !option.negate) out[field] = Boolean(value);
    else if (value !== undefined) out[field] = value;
  }
  if ("json" in out && "format" in out) {
    if (out.json && cmd.getOptionValueSource("format") === "cli" && out.format !== "json") {
      throw new GapcheckError(t.cli.usage(t.cli.jsonAndFormat(String(out.format))), EXIT.cannotRun);
    }
    if (out.json) out.format = "json";
    delete out.json;
  }
  out.io = io;
  return out;
}

/**
 * The command `argv` runs when that is plain without commander: its first word (after the one
 * program option, --no-cache). Only that command is then registered: building all thirteen, with
 * their options and texts, was a good part of every command's start-up (docs/performance.md). In
 * any other case (help, an unknown command, options first) every command is registered, as
 * commander's help and suggestions need them. What a command parses and prints is the same either
 * way: commander looks only at the command it runs and its parent.
 */
function plainCommand(argv: readonly string[]): string | undefined {
  const first = argv[0] === "--no-cache" ? argv[1] : argv[0];
  return COMMANDS.some(({ def }) => def.name === first) ? first : undefined;
}

export function buildProgram(given: Io, t: Messages, setExit: (code: number) => void, only?: string): Command {
  // A copy (the --no-cache hook replaces its env) that keeps the streams the caller made lazy as they are.
  const io = Object.defineProperties({}, Object.getOwnPropertyDescriptors(given)) as Io;
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
      // Help fits the width as all human output does: the terminal's, else COLUMNS, else 80.
      getOutHelpWidth: () => columnsOf(io.stdout, io.env),
      getErrHelpWidth: () => columnsOf(io.stderr, io.env),
      // Usage errors are written by reportError, from the error's code.
      outputError: () => {},
    });
  // --no-cache (docs/performance.md#the-compiled-rubric-cache) belongs to every command; commander reads program options before and after
  // the command's name. It reaches the commands as GAPCHECK_CACHE=0, the one switch they read.
  program.option("--no-cache", t.cache.noCache).hook("preAction", () => {
    if (program.opts().cache === false) io.env = { ...io.env, GAPCHECK_CACHE: "0" };
  });
  const kit = optionKit(t);
  for (const { def, run } of COMMANDS) {
    if (only !== undefined && def.name !== only) continue;
    const cmd = program.command(def.name).description(def.description(t));
    const args = def.args?.(t) ?? [];
    const fields = args.map(([field]) => field);
    for (const [, argument] of args) cmd.addArgument(argument);
    for (const option of def.options(kit, t)) cmd.addOption(option);
    cmd.action(async (...params: unknown[]) => {
      // commander calls an action with the arguments, then the options, then the command itself.
      const values = params.slice(0, -2);
      setExit(await run(toOptions(fields, cmd, values, io, t)));
    });
  }
  return program;
}

/** `schema <name>`: the list of names in help and in the error, in the user's language. */
function schemaArgument(t: Messages): Argument {
  return new Argument("<name>", t.help.schemaName).choices(SCHEMA_NAMES).argParser((value: string) => {
    if (!(SCHEMA_NAMES as readonly string[]).includes(value)) {
      throw new GapcheckError(
        t.cli.usage(`${t.usage.invalidCommandArgument("name", value)}; ${t.usage.allowedChoices(SCHEMA_NAMES.join(", "))}`),
      );
    }
    return value;
  });
}

function parseTolerance(t: Messages, flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) throw badValue(t, flag, value, t.compare.badTolerance(value));
    return n;
  };
}

/** commander's own words (section titles, "choices", "default") in the user's language. */
/** The narrowest column a help description is wrapped into (commander's default is 40). */
const MIN_DESCRIPTION = 20;
/** The narrowest column a help description is put into beside its term; else it goes under it. */
const MIN_BESIDE = 30;

function localHelp(t: Messages): Partial<Help> {
  const base = new Help();
  const words = (text: string) =>
    text
      .replace(/\((choices|default): /g, (_, w: string) => `(${w === "choices" ? t.help.choices : t.help.default}: `)
      .replace(/", (?=")/g, '", ');
  return {
    // commander leaves a description unwrapped in a column under 40 wide: wrap it down to 20, and
    // where 30 columns are not left beside the term (60 columns, long terms), put it under the term.
    minWidthToWrap: MIN_DESCRIPTION,
    formatItem: (term, termWidth, description, helper) => {
      const width = helper.helpWidth ?? 80;
      if (!description || width - termWidth - 4 >= MIN_BESIDE) return base.formatItem.call(helper, term, termWidth, description, helper);
      const indent = " ".repeat(6);
      const below = helper.boxWrap(description, width - indent.length).split("\n");
      return [`  ${term}`, ...below.map((line) => indent + line)].join("\n");
    },
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
  const program = buildProgram(io, t, (c) => (code = c), plainCommand(argv));
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
