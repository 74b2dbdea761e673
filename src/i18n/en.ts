import { RULE_DOCS, RULE_IDS, type RuleId } from "../rule-docs.js";

/** How far apart the two dates are, never as a negative duration: dates out of order say which came first. */
const inDays = (days: number | null) =>
  days === null
    ? ""
    : days === 0
      ? " on the same day"
      : days > 0
        ? ` in ${days} day${days === 1 ? "" : "s"}`
        : `, the latest dated ${-days} day${days === -1 ? "" : "s"} before the baseline`;

/**
 * The English message catalogue: every text the tool itself prints. Other languages implement the
 * same shape (`satisfies Messages`), so a missing key does not compile. Rule ids, option names and
 * JSON field names stay English in every language.
 */
export const en = {
  io: {
    isDirectory: "is a directory, not a file",
    tooLarge: (max: number) => `file is larger than ${max / 1024 / 1024} MiB, the most gapcheck reads`,
    unreadable: (code: string) =>
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : `cannot read the file (${code || "unknown error"})`,
    notUtf8: (byte: number) => `not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, "0")}); save the file as UTF-8`,
  },
  yaml: {
    emptyFile: "the file is empty; expected a YAML mapping",
    tooDeep: (max: number) => `nesting is deeper than ${max} levels`,
    multipleDocuments: "more than one YAML document (---); put everything in one document",
    syntax: (detail: string) => `YAML syntax error: ${detail}`,
    /** yaml's error codes in words; others fall back to the parser's own (English) text. */
    codes: {
      BAD_DQ_ESCAPE: "invalid escape sequence in a double-quoted text",
      BLOCK_IN_FLOW: "a block list or mapping cannot stand inside brackets or braces",
      MULTIPLE_ANCHORS: "a value can have only one anchor",
      MULTIPLE_TAGS: "a value can have only one tag",
      BAD_PROP_ORDER: "anchors and tags must come before the value",
      ALIAS_PROPS: "an alias cannot have an anchor or a tag",
      TAB_AS_INDENT: "tabs are not allowed for indentation; use spaces",
      BAD_INDENT: "wrong indentation",
      MISSING_CHAR: "a closing bracket, brace or quote is missing",
      BLOCK_AS_IMPLICIT_KEY: "a block value cannot be a key; is a colon or indentation wrong?",
      UNEXPECTED_TOKEN: "unexpected character",
      BAD_SCALAR_START: "a plain value cannot start with this character; put it in quotes",
      MULTILINE_IMPLICIT_KEY: "a key cannot span several lines",
      BAD_DIRECTIVE: "unknown directive",
      IMPOSSIBLE: "the document cannot be read",
      KEY_OVER_1024_CHARS: "a key is longer than 1024 characters",
      UNEXPECTED_FLOW_END: "unexpected closing bracket or brace",
      MISSING_ANCHOR: "an alias refers to an anchor that does not exist",
    } as Record<string, string>,
    directive: (version: string) => `%YAML ${version} directive is not supported; gapcheck reads YAML 1.2 (remove the directive)`,
    jsonComment: "comments (// or /* */) are not allowed in JSON; remove them, or write the file as YAML with # comments",
    complexKey: "keys must be plain text",
    forbiddenKey: (key: string) => `key "${key}" is not allowed`,
    duplicateKey: (key: string, line: number, col: number) => `key "${key}" is already used at ${line}:${col}`,
    customTag: (tag: string) => `tag ${tag} is not allowed; write plain values`,
    nonFinite: (src: string) => `${src} is not a finite number`,
    unsafeInteger: (src: string) => `${src} is too large to be an exact integer`,
    aliasLimit: "too many alias expansions (an alias bomb?); write the values out instead",
  },
  schema: {
    topLevel: (got: string) => `the file must hold a mapping of keys at the top, got ${got}`,
    missingField: (field: string) => `missing required field "${field}"`,
    unknownKey: (key: string, allowed: string[]) => `unknown key "${key}"; allowed here: ${allowed.join(", ")}`,
    unknownKeyNoHint: (key: string) => `unknown key "${key}"`,
    expected: (what: string, got: string) => `expected ${what}, got ${got}`,
    tooSmall: (min: number | bigint, inclusive: boolean, unit: string) =>
      unit === "number" ? `must be ${inclusive ? "at least" : "greater than"} ${min}` : `must have at least ${min} ${unit}`,
    tooBig: (max: number | bigint, inclusive: boolean, unit: string) =>
      unit === "number" ? `must be ${inclusive ? "at most" : "less than"} ${max}` : `must have at most ${max} ${unit}`,
    pattern: (what: string) => `must be ${what}`,
    oneOf: (key: string, values: string[], got: string) => `"${key}" must be ${values.join(" or ")}, got ${got}`,
    invalid: "has an invalid value",
    types: {
      string: "text",
      number: "a number",
      integer: "an integer",
      boolean: "true or false",
      object: "a mapping",
      array: "a list",
      null: "null",
      missing: "nothing",
    } as Record<string, string>,
    /** Descriptions used in custom schema errors, keyed by the code the schema carries. */
    custom: {
      id: "an id of lowercase letters, digits and hyphens (e.g. ai-workflows; not constructor or prototype)",
      locale: "a locale code such as en, sv or nb",
      semver: "a version such as 2026.1.0",
      text: "a text, or a map from locale to text (e.g. { en: ..., sv: ... })",
      answer: 'a level (an integer), null for "don\'t know", na for not applicable, or { level, note }',
      levelKey: "an integer level",
      range: "a range [low, high]",
    } as Record<string, string>,
    itemsUnit: "entries",
    charsUnit: "characters",
  },
  /** What each rule finds (SARIF's rule descriptions): rule-docs.ts holds the English, the README's table. */
  ruleDocs: Object.fromEntries(RULE_IDS.map((id) => [id, RULE_DOCS[id][1]])) as Record<RuleId, string>,
  /** How to fix what each rule finds (SARIF's `help`). */
  ruleHelp: Object.fromEntries(RULE_IDS.map((id) => [id, RULE_DOCS[id][2]])) as Record<RuleId, string>,
  /** What a rule's severity does (the end of SARIF's `fullDescription`). */
  ruleSeverity: {
    error: "Reported as an error: `gapcheck validate` exits 1.",
    warning: "Reported as a warning: `gapcheck validate` exits 0 unless `--strict` is given.",
  },
  rules: {
    duplicateId: (kind: string, id: string, line: number, col: number) => `${kind} id "${id}" is already used at ${line}:${col}`,
    unknownRef: (kind: string, id: string, allowed: string[]) =>
      `unknown ${kind} "${id}"; ${allowed.length ? `known: ${abbreviate(allowed)}` : `none is defined`}`,
    missingTarget: (profile: string, dimension: string) => `profile "${profile}" has no target for dimension "${dimension}"`,
    scaleOrder: (min: number, max: number) => `scale max (${max}) must be greater than min (${min})`,
    scaleMissingLevel: (level: number) => `scale has no label for level ${level}; levels must be exactly min..max`,
    scaleExtraLevel: (key: string, min: number, max: number) => `level ${key} is outside the scale ${min}..${max}`,
    outOfScale: (what: string, value: number, min: number, max: number) =>
      `${what} ${value} is outside the scale; allowed: integers ${min}..${max}`,
    missingTranslation: (locales: string[]) => `text missing for locale${locales.length > 1 ? "s" : ""} ${locales.join(", ")}`,
    undeclaredLocale: (locale: string, declared: string[]) => `locale "${locale}" is not in locales (${declared.join(", ")})`,
    emptyGroup: (group: string) => `group "${group}" has no dimensions`,
    unusedTag: (tag: string) => `tag "${tag}" is not used by any item`,
    badRange: (low: number, high: number) => `range [${low}, ${high}] must be within 0..100 with low <= high`,
    fixtureTop: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": expected top [${expected.join(", ")}], got [${actual.join(", ")}]`,
    fixtureRange: (name: string, field: string, low: number, high: number, actual: number | null) =>
      `fixture "${name}": expected ${field} in [${low}, ${high}], got ${actual ?? "none (no answers)"}`,
    kinds: { group: "group", tag: "tag", dimension: "dimension", item: "item", profile: "profile", fixture: "fixture" } as Record<
      string,
      string
    >,
    what: { anchor: "anchor level", target: "target", answer: "answer" } as Record<string, string>,
  },
  profileFile: {
    otherRubric: (got: string, expected: string) =>
      `this client profile is for rubric "${got}", not "${expected}"; use the rubric it was made for (--rubric)`,
    otherVersion: (got: string, expected: string) =>
      `this client profile was made for version ${got} of the rubric, this is ${expected}; its ids are checked against this version`,
    sameIdAsRubric: (id: string) => `"${id}" is already a profile of the rubric; give the client profile an id of its own`,
    invalid: (file: string, count: number) => `${file}: ${count} problem${count === 1 ? "" : "s"} in the client profile`,
  },
  answers: {
    otherRubric: (got: string, expected: string) =>
      `answers are for rubric "${got}", not "${expected}"; use the rubric they were made for (--rubric)`,
    otherVersion: (got: string, expected: string) =>
      `answers were made for version ${got} of the rubric, this is ${expected}; scoring them anyway`,
    unknownItem: (id: string) => `no item "${id}" in this rubric`,
    badLevel: (id: string, min: number, max: number) =>
      `answer for "${id}" must be an integer ${min}..${max}, null for "don't know", or na for not applicable`,
  },
  cli: {
    usage: (detail: string) => `${detail} (see gapcheck --help)`,
    unknownProfile: (id: string, allowed: string[]) => `--profile: no profile "${id}" in this rubric; choose one of: ${allowed.join(", ")}`,
    badPareto: (value: string) => `"${value}" is not a share from 0.05 to 1, e.g. 0.8`,
    badFailAbove: (value: string) => `"${value}" is not a gap index from 0 to 100`,
    noTerminal:
      "no terminal to ask questions in (stdin and stderr must be a terminal);" +
      " pass the answers with --answers FILE, or --answers - to read them from stdin",
    outIsInput: (path: string) => `--out: ${path} is one of the input files; choose another file`,
    writeFailed: (path: string, detail: string) => writeProblem(path, detail),
    invalidRubric: (file: string, count: number, command: string) =>
      `${file}: the rubric has ${count} error${count === 1 ? "" : "s"}; run ${command}`,
    invalidAnswers: (file: string, count: number) => `${file}: ${count} problem${count === 1 ? "" : "s"} in the answers file`,
    gapAbove: (gap: string, limit: string) => `gap index ${gap} is above --fail-above ${limit}`,
    answersSaved: (path: string) => `Answers saved to ${path}`,
    validateSummary: (files: number, errors: number, warnings: number) =>
      `${files} file${files === 1 ? "" : "s"} checked: ` +
      `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
    noRubricsFound: (pattern: string) => `no rubric file matches ${pattern}`,
    saveExists: (path: string) => `--save: ${path} already exists; gapcheck never overwrites saved answers (choose another file)`,
    draftExists: (path: string, command: string) => `--save: an unfinished draft ${path} exists; continue it with: ${command}`,
    answersAndResume: "--answers and --resume cannot be used together: --resume continues an interactive run",
    interruptedNothingSaved: "Interrupted; no answers were given yet, nothing saved.",
    defaultMark: "default",
    internalError: (detail: string) => `internal error: ${detail} (set GAPCHECK_DEBUG=1 for details, and please report it)`,
  },
  help: {
    program: "Gap analysis for marketing organisations: rate a rubric, compare it with a role profile, get the 80/20 priority list.",
    assess: "rate every item (in the terminal, or from --answers) and print the gap table and 80/20 priorities",
    validate: "check rubric files (all bundled ones when none is named): YAML, schema, references, locales, fixtures",
    schema: "print the JSON Schema of a file format: rubric, answers, result, comparison or match",
    rubrics: "list the bundled rubrics and their profiles",
    rubricFiles: "rubric files to check",
    schemaName: "rubric, answers, result, comparison or match",
    rubric: "rubric file (default: the bundled marketing-leadership rubric)",
    profile:
      "role profile to compare with: an id, or a client profile file (default: the answers file's, else the rubric's defaultProfile)",
    answers: "read answers from FILE (YAML or JSON; - for stdin) instead of asking",
    format: "output format",
    json: "same as --format json",
    out: "write the result to FILE instead of stdout",
    save: "where an interactive run writes its answers (default: a new dated file here)",
    resume: "continue an interrupted interactive run from its draft file",
    lang: "language of texts and messages (default: from LC_ALL, LC_MESSAGES or LANG, else the rubric's first locale)",
    pareto: "share of the weighted gap the priority list covers, from 0.05 to 1",
    failAbove: "exit 1 when the gap index is above GAP (0-100)",
    noColor: "no colours in the output",
    validateFormat: "findings format",
    strict: "treat warnings as errors",
    rubricsJson: "print the list as JSON",
    version: "print the version",
    helpOption: "show help",
    report: "render a saved JSON result in another format (table, markdown, csv, html, json)",
    reportFile: "a result saved with gapcheck assess --json",
    diff: "show what a rubric edit changes; fixtures scored under both versions",
    diffOld: "the rubric before the edit",
    diffNew: "the rubric after the edit",
    diffFormat: "output format",
    failOn: "exit 1 when answers saved for OLD would stop loading under NEW",
    init: "write a small, valid, commented starter rubric (never overwrites)",
    initFile: "where to write it",
    helpCommand: "show help for a command",
    /** commander's section titles and option details. */
    titles: {
      "Usage:": "Usage:",
      "Options:": "Options:",
      "Commands:": "Commands:",
      "Arguments:": "Arguments:",
      "Global Options:": "Global options:",
    } as Record<string, string>,
    choices: "choices",
    default: "default",
  },
  usage: {
    unknownOption: (flag: string) => `unknown option '${flag}'`,
    unknownCommand: (name: string) => `unknown command '${name}'`,
    didYouMean: (suggestion: string) => `did you mean ${suggestion}?`,
    invalidArgument: (flag: string, value: string) => `option '${flag}' does not take '${value}'`,
    allowedChoices: (choices: string) => `allowed: ${choices}`,
    invalidCommandArgument: (name: string, value: string) => `'${value}' is not allowed for ${name}`,
    missingArgument: (name: string) => `missing argument '${name}'`,
    optionMissingArgument: (flag: string) => `option '${flag}' needs a value`,
    tooManyArguments: "too many arguments",
  },
  diff: {
    heading: (id: string, from: string, to: string) => `${id}: ${from} → ${to}`,
    breaking: "Breaking: answers saved for the old version would stop loading.",
    notBreaking: "Not breaking: answers saved for the old version still load.",
    rubricIdChanged: (from: string, to: string) => `the rubric id changed from ${from} to ${to}`,
    itemRemoved: (id: string) => `item ${id} was removed`,
    itemRenamed: (from: string, to: string) => `item ${from} was renamed to ${to}`,
    scaleChanged: (from: string, to: string) => `the scale changed from ${from} to ${to}`,
    profileRemoved: (id: string) => `profile ${id} was removed`,
    itemsAdded: "Items added",
    itemsRemoved: "Items removed",
    itemsRenamed: "Items renamed (declared in history, or the same question under a new id)",
    itemsMoved: "Items moved to another dimension",
    dimensionsAdded: "Dimensions added",
    dimensionsRemoved: "Dimensions removed",
    profilesAdded: "Profiles added",
    profilesRemoved: "Profiles removed",
    scale: "Scale",
    targets: "Targets",
    weights: "Weights",
    efforts: "Efforts",
    texts: "Texts",
    fixtures: "Fixtures scored under both versions",
    none: "No changes.",
    top: "top",
    gapIndex: "gap index",
    maturity: "maturity",
    unscorable: "cannot be scored (its profile is missing)",
    change: "Change",
    before: "Before",
    after: "After",
  },
  init: {
    exists: (file: string) => `${file} already exists; gapcheck init never overwrites a file (choose another name)`,
    written: (file: string, command: string) => `Wrote ${file}. Check it with: ${command}`,
  },
  prompt: {
    /** inquirer\'s key hint, by its English action word. */
    keys: { navigate: "navigate", select: "select" } as Record<string, string>,
    chooseProfile: "Which role should the answers be compared with?",
    respondentName: "Your name (optional, Enter to skip):",
    respondentRole: "Your role (optional, Enter to skip):",
    note: "Note for this item (optional, Enter to keep it empty):",
    addNote: "✎ Add a note",
    editNote: "✎ Change the note",
    back: "← Back to the previous question",
    skipDimension: (dimension: string) => `⏭ Skip the rest of ${dimension} (don't know)`,
    skipHint: "the remaining questions of this section are counted as unanswered",
    review: (answered: number, total: number) => `Review: ${answered} of ${total} answered. Choose an answer to change it, or score them.`,
    reviewDone: "✔ Score these answers",
    reviewDoneHint: "saves the answers and prints the result",
    dontKnow: "Don't know",
    dontKnowHint: "counted as unanswered; listed among the unknowns to find out",
    progress: (n: number, total: number, dimension: string, item: string) => `[${n}/${total}] ${dimension} · ${item}`,
    excludedItems: (n: number) => `${n} item${n === 1 ? " does" : "s do"} not apply to this role and ${n === 1 ? "is" : "are"} not asked.`,
  },
  report: {
    title: "Gap analysis",
    headline: "Summary",
    date: "Date",
    radar: "Now and target by dimension",
    pareto: "Where the weighted gap lies",
    impact: "Impact",
    cumulativeShare: "Cumulative share",
    cut: (share: string) => `${share} cut`,
    dimensions: "Dimensions",
    /** The dimensions line of the terminal report: a % there is a share of the weighted gap. */
    dimensionsShare: "Share of the gap by dimension",
    tags: "Gap patterns",
    tag: "Pattern",
    allItems: "All items",
    dimension: "Dimension",
    answer: "Answer",
    priority: "Priority",
    note: "Note",
    action: "Action",
    weight: "Weight",
    effort: "Effort",
    gap: "Gap",
    target: "Target",
    item: "Item",
    id: "Id",
    axis: "From Industry 4.0 to Industry 5.0",
    notAResult: (file: string) => `${file} is not a gapcheck result (expected the JSON of gapcheck assess --json)`,
    helpLang: "language to render the result in (default: the language it was saved in)",
    helpRubric: "rubric to take the texts from for --lang (default: the bundled rubric of the result's id and version)",
    keptLanguage: (file: string, id: string, version: string, wanted: string, kept: string) =>
      `${file}: the texts of rubric "${id}" ${version} in ${wanted} are not at hand, so the output stays in ${kept}, ` +
      `the language it was saved in; give that rubric with -r to render it in ${wanted}`,
    languages: { en: "English", sv: "Swedish", nb: "Norwegian Bokmål" } as Record<string, string>,
    footer: (rubric: string, version: string) => `Made with gapcheck · rubric ${rubric} ${version}`,
  },
  table: {
    profile: "Profile",
    respondent: "Respondent",
    maturity: "Maturity index",
    gapIndex: "Gap index",
    gapRange: (low: string, high: string) => `${low}–${high} with the unknowns`,
    coverage: "Answered",
    coverageValue: (answered: number, items: number) => `${answered} of ${items}`,
    dimension: "Dimension",
    current: "Now",
    target: "Target",
    gap: "Gap",
    /** Column headers that say what their % is: a gap as a share of the scale, a share of the weighted gap. */
    gapOfScale: "Gap % of scale",
    shareOfGap: "Share of gap %",
    priorities: "80/20 priorities",
    paretoLine: (selected: number, candidates: number, share: string) =>
      `${selected} of ${candidates} gaps hold ${share} of the weighted gap.`,
    noGaps: "No gaps: every answered item is at or above its target.",
    rank: "#",
    item: "Item",
    nowTarget: "Now→Target",
    share: "Share",
    cumulative: "Cum.",
    effort: "Effort",
    action: "Action",
    quickWin: "quick win",
    unknowns: "Unknowns to find out first",
    potential: "could hide",
    poles: (group: string) => `${group}: where you stand`,
    notAnswered: "–",
    more: (n: number) => `and ${n} more`,
  },
  /** Files read and written as the user meant, and results that say when they rest on little data. */
  trust: {
    notRegular: (kind: string) =>
      "is " +
      (kind === "fifo" ? "a named pipe (FIFO)" : kind === "socket" ? "a socket" : kind === "device" ? "a device" : "not a regular file") +
      "; gapcheck reads only regular files (use - to read stdin)",
    writeProblem: (path: string, code: string) => writeProblem(path, code),
    emptyPath: (flag: string) => `${flag}: the file name is empty; give the file to write`,
    nothingAnswered: "Nothing answered yet: there is no gap to show. Answer at least one item.",
    indicative: (answered: number, items: number) => `Indicative only: ${answered} of ${items} items answered (under 60 %).`,
    failAboveNothing: (limit: string) => `--fail-above ${limit}: no item is answered, so there is no gap index to judge`,
    readingStdin: "Reading answers from stdin (end with Ctrl-D) …",
    jsonAndFormat: (format: string) => `--json and --format ${format} cannot be used together; choose one`,
    versionUnchanged: (version: string) =>
      `breaking changes, but the version is still ${version}: raise the version so answers saved for the old one are flagged`,
  },
  compare: {
    help: {
      command: "progress between two or more results or answers files: deltas, closed and new gaps, a regression gate",
      inputs: "results (of assess or aggregate, as JSON) or answers files, the baseline first",
      rubric: "rubric to score answers files with (default: the bundled marketing-leadership rubric)",
      profile: "profile to score answers files against (default: each file's, else the rubric's defaultProfile)",
      failOn: "exit 1 when the gap index rose by more than --tolerance points, or an item fell by a whole level or more",
      tolerance: "points the gap index may rise before --fail-on regression fails",
      allowProfileChange: "compare results for different profiles (their targets differ, so the gap is not comparable)",
    },
    badTolerance: (value: string) => `"${value}" is not a number of points from 0 to 100`,
    tooFew: "compare needs at least two inputs: BEFORE and AFTER",
    needsNewestRubric: (a: string, va: string, b: string, vb: string, id: string, command: string) =>
      `${a} is for version ${va} and ${b} for version ${vb} of rubric "${id}", whose items differ; ` +
      `renamed items are matched only from the history of the newest rubric, and none is at hand: give it with -r (${command})`,
    oneStdin: "only one input can be read from stdin (-)",
    otherRubric: (a: string, idA: string, b: string, idB: string) =>
      `${a} is for rubric "${idA}" but ${b} is for rubric "${idB}"; only results of the same rubric can be compared`,
    otherProfile: (a: string, idA: string, b: string, idB: string) =>
      `${a} is scored for profile "${idA}" but ${b} for "${idB}": the targets differ, so the gaps are ` +
      `not comparable; score both with the same --profile, or pass --allow-profile-change`,
    argumentOrder: "not every input has a date: they are compared in the order given",
    datesReversed: (before: string, after: string) => `${after} is dated before ${before}; the first input is the baseline`,
    gateGap: (rise: string, tolerance: string) => `the gap index rose by ${rise} points, more than --tolerance ${tolerance}`,
    gateItems: (count: number, items: string) => `${count} item${count === 1 ? "" : "s"} fell by a whole level or more: ${items}`,
    headline: (before: string, after: string, delta: string, days: number | null, done: number, total: number) =>
      `Gap index ${before} → ${after} (${delta})${inDays(days)}; ${
        total === 0 ? "the baseline had no priorities" : `${done} of ${total} priorities closed`
      }`,
    title: "Progress",
    baseline: "Baseline",
    latest: "Latest",
    respondents: (n: number) => `${n} respondent${n === 1 ? "" : "s"}`,
    profileChanged: (before: string, after: string) =>
      `The profile changed (${before} → ${after}): the gaps are measured against different targets.`,
    maturity: "Maturity index",
    gapIndex: "Gap index",
    coverage: "Answered",
    dimensions: "Dimensions, before → after",
    dimension: "Dimension",
    tag: "Pattern",
    tags: "Gap patterns, before → after",
    item: "Item",
    before: "Before",
    after: "After",
    delta: "Change",
    gapBefore: "Gap before",
    gapAfter: "Gap after",
    status: "Status",
    target: "Target",
    rank: "#",
    closed: "Priorities closed",
    remaining: "Priorities remaining",
    fresh: "New priorities",
    regressed: "Regressions",
    changes: "Other changes",
    allItems: "All items",
    none: "None.",
    notAnswered: "–",
    na: "n/a",
    addedPoints: (points: string) => `${points} points`,
    /** A change between two percentages, in percentage points: "+2 pp". */
    percentPoints: (points: string) => `${points} pp`,
    renamedFrom: (id: string) => `was ${id}`,
    statuses: {
      added: "added",
      removed: "removed",
      "newly-answered": "newly answered",
      "no-longer-answered": "no longer answered",
      closed: "closed",
      opened: "opened",
      improved: "improved",
      regressed: "regressed",
      unchanged: "unchanged",
    } as Record<string, string>,
    radar: "Now by dimension, before (dashed) and after (solid)",
    slope: "Dimension gaps, before → after",
    series: "Gap by dimension over time",
    seriesIndex: "Gap index over time",
    point: (n: number) => `#${n}`,
    legendBefore: "Before",
    legendAfter: "After",
    legendTarget: "Target",
    footer: (rubric: string) => `Made with gapcheck · rubric ${rubric}`,
  },
  match: {
    help: "rank candidates by how much of an organisation's weighted gap each would close",
    orgArg: "the organisation: a result of gapcheck assess or aggregate (JSON), or an answers file",
    candidatesArg: "candidates' answers files (files, folders or globs) on the same rubric",
    teamOption: "also pick the best team of K candidates",
    badTeam: (value: string) => `--team must be a whole number from 1 to 50, not '${value}'`,
    title: "Matching candidates to the gap",
    organisation: "Organisation",
    respondents: (n: number) => `${n} respondents`,
    gapIndex: "gap index",
    sentence: (name: string, share: string, closed: number, focus: number) =>
      focus > 0
        ? `${name} closes ${share} of the weighted gap and ${closed} of the ${focus} focus priorities.`
        : `${name} closes ${share} of the weighted gap.`,
    noGap: "The organisation has no gap to close: every answered item is at or above its target.",
    rank: "#",
    candidate: "Candidate",
    closes: "Closes",
    ofPriorities: "Of the 80/20 list",
    closesShare: "Closes, % of gap",
    ofPrioritiesShare: "% of 80/20 list",
    points: "Points",
    fully: "Closes fully",
    partly: "Closes partly",
    file: "File",
    answered: "Answered",
    answeredNothing: "answered nothing",
    noneClosed: "none",
    team: (size: number) => `Best team of ${size}`,
    teamLine: (names: string, share: string, priorityShare: string) =>
      `${names} close ${share} of the weighted gap (${priorityShare} of the 80/20 list).`,
    added: (name: string, share: string) => `${name} adds ${share}`,
    teamTooLarge: (asked: number, count: number) => `--team ${asked} is more than the ${count} candidates; the team is all of them`,
    noCandidates: (input: string) => `${input}: no candidate answers files found (expected .yaml, .yml or .json files)`,
    heatMap: "Which priorities each candidate closes",
    full: "fully closed",
    partial: "partly closed",
    none: "not closed",
    pointsLine: (points: string) => `removes ${points} points of the gap index`,
    otherRubric: (file: string, id: string, rubric: string) =>
      `${file} is a result for rubric ${id}, but the candidates are read with rubric ${rubric}; pass that rubric with -r`,
    footer: (rubric: string, version: string) => `Made with gapcheck · rubric ${rubric} ${version}`,
  },
  session: {
    /** The first line of an answers file or draft (a YAML comment). */
    fileHeader: (min: number, max: number) => `gapcheck answers: levels ${min}..${max}, null = don't know, na = not applicable`,
    /** Ctrl-C: how many answers the draft holds, how many of them are "don't know", and how to go on. */
    interrupted: (count: number, dontKnow: number, path: string, command: string) =>
      `Interrupted: ${count} answer${count === 1 ? "" : "s"}` +
      `${dontKnow === 0 ? "" : count === 1 ? ' ("don\'t know")' : `, ${dontKnow} of them "don't know",`}` +
      ` saved in ${path}\nContinue with: ${command}`,
  },
  /** (1.2) The workshop, `gapcheck serve` (docs/workshop-server.md): terminal, HTTP replies and the pages. */
  serve: {
    sessionUnreadable: (path: string, detail: string) =>
      `${path}: not a gapcheck workshop session file (${detail}); move it away or choose another folder`,
    notAFolder: (path: string) => `${path} is a file, not a folder: name a folder for the workshop's answers`,
    otherRubric: (folder: string, had: string, given: string) =>
      `${folder} holds a workshop for rubric "${had}", not "${given}": resume it with -r for "${had}", or choose another folder`,
    otherProfile: (folder: string, had: string, given: string) =>
      `${folder} holds a workshop for profile "${had}", not "${given}": resume it with -p ${had}, or choose another folder`,
    badMinGroup: "--min-group must be a whole number of at least 3 (fewer would show one person's answers as a group's)",
    badGroup: (group: string) => `--groups: "${group}" is not a usable group name (1–40 characters, each name once, not "other")`,
    tlsPair: "--tls-cert and --tls-key go together: give both files, or neither for plain HTTP",
    tlsUnreadable: (flag: string, path: string, code: string) => `${flag} ${path}: cannot read the file (${code})`,
    cannotListen: (host: string, port: number, code: string) =>
      `cannot serve on ${host}:${port} (${code}): choose another --port, or --host 127.0.0.1`,
    cli: {
      help: "a workshop: serves the questionnaire to phones in the room and shows the live consensus, disagreements first",
      helpFolder: "the session folder (answers files and a hidden session file); an existing one resumes (default: a new one here)",
      helpGroups: "groups participants choose from, comma-separated (e.g. marketing,sales)",
      helpMinGroup: "smallest number of people whose answers are shown together, at least 3 (default 3)",
      helpTitle: "the workshop's title on the pages",
      helpHost: "the address to serve on (default 0.0.0.0, every network; 127.0.0.1 keeps it on this machine)",
      helpPort: "the port (default: the resumed session's, else any free one)",
      helpTlsCert: "serve HTTPS with this certificate (PEM); needs --tls-key",
      helpTlsKey: "the certificate's private key (PEM)",
      helpJson: "print the links as one JSON line on stdout; everything else goes to stderr",
      badPort: (value: string) => `"${value}" is not a port: use a whole number from 0 to 65535`,
      started: (folder: string) => `Workshop started. Answers are saved in ${folder}`,
      resumed: (folder: string) => `Workshop resumed from ${folder}, with the same links and answers`,
      portChanged: "The session's earlier port is taken: the links below are new.",
      participants: "Participants open:",
      code: (url: string) => `or go to ${url} and type the code:`,
      facilitator: "Facilitator (keep this link to yourself):",
      alsoAt: "Also reachable at:",
      plainHttp:
        "Warning: this is plain HTTP. Others on the same network can read answers as they are sent. " +
        "Use --tls-cert and --tls-key for HTTPS, or --host 127.0.0.1 to keep it on this machine.",
      offlineForm: (folder: string) =>
        "If phones cannot reach this computer (guest Wi-Fi, a firewall): `gapcheck template -f form -o questionnaire.html` " +
        `writes an offline form; put the answers files people send back into ${folder}.`,
      stop: "Press Ctrl-C to end the workshop.",
      count: (n: number, groups: string) => `Answers: ${n}${groups === "" ? "" : ` (${groups})`}`,
      stopped: (n: number, folder: string, command: string) =>
        `Workshop stopped: ${n} answer${n === 1 ? "" : "s"} saved in ${folder}. See the result with: ${command}`,
    },
    api: {
      notObject: 'the body must be a JSON object: { "answers": { ITEM: level } }',
      unknownKey: (key: string) => `unknown field "${key}": allowed are answers, group, locale and receipt`,
      noAnswers: '"answers" must be an object of item ids and levels',
      unknownGroup: (group: string, groups: readonly string[]) =>
        groups.length === 0
          ? `this workshop has no groups; leave out "group" (got "${group}")`
          : `"${group}" is not a group here: choose one of ${groups.join(", ")}`,
      unknownLocale: (locales: readonly string[]) => `"locale" must be one of ${locales.join(", ")}`,
      badReceipt: '"receipt" must be the receipt an earlier reply gave',
      closed: "the workshop is closed: answers are no longer taken",
      unknownReceipt: "no earlier submission has this receipt: send without it to submit anew",
      noAnswersYet: "nobody has answered yet: there is no result to download",
      notFound: "not found",
      method: (allow: string) => `method not allowed here; use ${allow}`,
      internal: "the server could not handle this request; your answers are kept in your browser, try again",
      tooManyCodes: "too many wrong codes from this address: wait a minute and try again",
      mediaType: "send application/json (a form posts application/x-www-form-urlencoded)",
      tooLarge: (bytes: number) => `the body is over ${bytes / 1024} KiB and was not read`,
      badJson: "the body is not valid JSON",
    },
    log: {
      failed: (method: string, path: string, message: string) => `${method} ${path} failed: ${message}`,
    },
    page: {
      langName: "English",
      title: "Marketing gap check",
      language: "Language",
      welcome: "Welcome to the workshop",
      intro: "You will see {n} short questions about how your organisation works today, one at a time. Your name is not asked.",
      rule: "Pick the highest level whose description fully holds.",
      groupQuestion: "Which group do you belong to?",
      pickGroup: "Choose your group first.",
      start: "Start",
      progress: "Question {i} of {n}",
      yourAnswer: "Your answer.",
      dontKnow: "Don't know",
      notApplicable: "Not applicable here",
      note: "Note (optional, shown without your name)",
      back: "Back",
      next: "Next",
      toReview: "Review answers",
      review: "Review your answers",
      answeredOf: "{a} of {n} questions answered.",
      yourGroup: "Your group: {g}",
      notAnswered: "Not answered",
      change: "Change",
      changeItem: "Change the answer to: {item}",
      send: "Send my answers",
      sendChanges: "Send my changes",
      saveFile: "Save my answers",
      sending: "Sending…",
      sentTitle: "Thank you, your answers are in",
      sentText: "You can change them from this browser until the facilitator closes the session.",
      savedTitle: "Your answers are saved",
      savedText: "A file was downloaded. Send it to the person who gave you this form; nothing else left this device.",
      changeAnswers: "Change my answers",
      closed: "The session is closed, so answers can no longer be sent. Your answers stay in this browser.",
      failed: "Sending failed. Your answers are kept in this browser; try again.",
      offline: "The workshop cannot be reached. Your answers are kept in this browser; try again when you are connected.",
      noScript: "This questionnaire needs JavaScript.",
    },
    board: {
      title: "Gap check workshop",
      qrLabel: "QR code of the participant link",
      join: "Join on your phone",
      codeLabel: "or open the address above and type the code:",
      progress: "Answers",
      answered: "{n} answered",
      reveal: "Reveal distributions",
      hide: "Hide distributions",
      close: "Close the session",
      closeConfirm: "Close the session? Nobody can send or change answers after this.",
      closeFailed: "The session could not be closed; try again.",
      closedNote: "The session is closed: the result below is final.",
      reconnecting: "Connection lost; reconnecting…",
      downloads: "Download the result",
      waiting: "The consensus appears when {n} people have answered.",
      disagreements: "Discuss these before deciding",
      disagreementsLead: "The room disagrees on these items, least agreement first.",
      noDisagreements: "No disagreements: the room agrees on every item answered so far.",
      itemStats: "{n} answers · median {median} · agreement rwg {rwg}",
      fewForDistribution: "The distribution is shown when at least {n} people gave a level.",
      hidden: "Distribution hidden: press Reveal to show it.",
      distributionOf: "Answers per level: {item}",
      summary: "Where the team stands",
      indexes: "Maturity index {m} · gap index {g} · {n} participants",
      groupGaps: "Where groups differ",
      noGroupGaps: "No item where two groups of at least {n} people differ by a level or more.",
      risks: "Risks to handle first",
      noRisks: "No compliance risk in the answers.",
      priorities: "Focus priorities",
      noPriorities: "No gaps to close against the profile's targets.",
      plan: "30/90-day plan",
      first30: "First 30 days",
      next90: "Next 90 days",
      nothing: "Nothing here yet.",
    },
    codePage: {
      title: "Join the workshop",
      label: "Code shown by the facilitator",
      submit: "Join",
      wrong: "That code is not right. Check it on the screen and try again.",
    },
  },
  team: {
    helpAggregate:
      "several respondents' answers (files, folders, globs, survey CSV exports) → one consensus " +
      "result with agreement and group differences",
    helpInputs: "answers files (YAML, JSON, template CSV), folders of them, globs, or survey-tool CSV exports",
    helpBy: "compare groups of respondents by this respondent field or survey column (e.g. group or role; never name)",
    helpMinGroup: 'smallest group shown on its own; smaller ones are pooled as "other"',
    helpProfile: "role profile to compare with (default: the rubric's defaultProfile)",
    helpNotes: "show respondents' notes (without names) for items with at least --min-group notes",
    helpSkipInvalid: "score the valid inputs and list the invalid ones instead of failing",
    helpSheet: "the sheet of an .xlsx export to read (default: the first)",
    helpTemplate:
      "print a blank questionnaire for people without gapcheck: csv (fill in, read back with --answers), markdown, html, " +
      "or gforms (a Google Apps Script that creates the Google Form)",
    helpTemplateFormat: "template format",
    helpTemplateProfile: "ask only the items that apply to this profile: an id, or a client profile file (default: every item)",
    badMinGroup: (value: string) => `"${value}" is not a group size; use a whole number from 3 to 1000`,
    minGroupFloor: (value: string) => `--min-group ${value}: use 3 or more, so that no group's figure is one or two people's answers`,
    byName: "--by name: names are never shown or compared; group by group or role instead",
    byUnknown: (field: string, fields: string[]) =>
      `--by ${field}: no input has this field; ` +
      (fields.length > 0 ? `the fields that exist: ${fields.join(", ")}` : "the inputs have no respondent fields or extra columns"),
    bySinglesOut: (field: string, alone: number, total: number) =>
      `--by ${field}: ${alone} of ${total} respondents are alone in their value, so it would single people out ` +
      "(a name or e-mail?); group by a field that people share, such as group or role",
    matchesNothing: (pattern: string) => `${pattern}: no file matches this pattern`,
    emptyFolder: "folder has no .yaml, .yml, .json, .csv, .tsv or .xlsx file to read",
    duplicate: (first: string) => `same bytes as ${first}; counted once`,
    noRespondents: "no respondent to aggregate: every input was empty or skipped",
    oneRespondent: "only 1 respondent: the consensus is that person's answers, and agreement needs 2 or more",
    invalidInputs: (n: number) =>
      `${n === 1 ? "1 input is" : `${n} inputs are`} invalid; fix ${n === 1 ? "it" : "them"}, or pass --skip-invalid to score the rest`,
    skipped: (list: string[]) => `skipped (invalid): ${list.join(", ")}`,
    ignoredColumns: (list: string[]) => `columns that match no item, ignored: ${list.map((c) => `"${c}"`).join(", ")}`,
    noItemColumns: "no column matches an item of this rubric (by id, [id] at the end, title or question)",
    twoColumns: (item: string, a: string, b: string) => `columns "${a}" and "${b}" both map to item "${item}"; keep one`,
    byColumnMissing: (field: string) => `--by ${field}: no column with that name`,
    rowTooShort: (cells: number, expected: number) => `row has ${cells} cells, the header has ${expected}`,
    rowTooLong: (cells: number, expected: number) => `row has ${cells} cells, the header has ${expected}`,
    badCell: (cell: string, item: string, allowed: string) => `"${cell}" is not an answer for "${item}"; allowed: ${allowed}`,
    allowed: (min: number, max: number, labels: string[]) =>
      `a level ${min}–${max}, a label (${labels.join(", ")}), blank for don't know, or n/a`,
    csvSyntax: (detail: string) => `CSV syntax error: ${detail}`,
    metadataColumns: (list: string[]) =>
      `not questions, never read or shown: ${list.map((c) => `"${c}"`).join(", ")} (survey-tool columns such as time, e-mail and name)`,
    readAs1252:
      'read as Windows-1252, not UTF-8 (Excel\'s plain "CSV"); to avoid any doubt about å, ä and ö, save as "CSV UTF-8 (Comma delimited)"',
    unknownEncoding: (byte: number) =>
      `neither UTF-8 nor Windows-1252 (byte 0x${byte.toString(16).padStart(2, "0")}); ` +
      'in Excel: File › Save As › "CSV UTF-8 (Comma delimited)"',
    noSheet: (sheet: string, sheets: string[]) =>
      `no sheet "${sheet}" in this workbook; its sheets: ${sheets.map((s) => `"${s}"`).join(", ")}`,
    notXlsx: (detail: string) => `not a readable .xlsx workbook (${detail}); open it in Excel and save it again as .xlsx or "CSV UTF-8"`,
    manyRespondents: (n: number) => `this file holds ${n} respondents: use gapcheck aggregate`,
    noRespondentRow: "this file holds no respondent's row, only the header",
    templateRubric: (got: string, expected: string) =>
      `the sheet is for rubric "${got}", not "${expected}"; use the rubric it was made for (--rubric)`,
    notApplicable: "Not applicable",
    respondents: (n: number, files: number) => `${n} respondent${n === 1 ? "" : "s"} (${files} file${files === 1 ? "" : "s"})`,
    team: "Team",
    disagreeTitle: "Where people disagree",
    splitItems: (n: number, total: number) => `${n} of ${total} items split the room`,
    largestUnknown: (title: string, points: string) => `Largest unknown: ${title} could hide ${points} points`,
    disagreeNone: "No item splits the team: where two or more answered, they broadly agree.",
    disagreeNeedsTwo: "Agreement needs 2 or more respondents.",
    disagreeLead: "Discuss these before acting: the median hides a split.",
    groupsTitle: "Where groups differ",
    groupsNone: "No item where two groups' medians differ by a whole level or more.",
    groupsNoneShown: (min: number) => `No group has ${min} or more respondents, so none is shown on its own.`,
    groupLine: (group: string, n: number) => `${group} (${n})`,
    groupIndexes: "Groups",
    explain:
      "rwg: 1 = everyone gave the same level, below 0.5 = no real agreement. AD_Md: the average " +
      "distance from the median, in levels (above 0.8 on a 5-level scale is a wide spread).",
    n: "n",
    median: "Median",
    range: "Range",
    levels: "Levels",
    difference: "Difference",
    dontKnow: "Don't know",
    mean: "Mean",
    min: "Min",
    max: "Max",
    disagreement: "Disagreement",
    yes: "yes",
    notes: "Notes",
    distribution: "How the team answered",
    distributionLead: "Each bar shows how many gave each level; ● marks the median. Items marked ⚠ split the team.",
    groupRadar: "Groups compared by dimension",
    agreementDim: "Agreement",
  },
  template: {
    outExists: (path: string) =>
      `-o: ${path} already exists; gapcheck never replaces a questionnaire that may be filled in (choose another file)`,
    title: "Questionnaire",
    intro: (rubric: string, min: number, max: number) =>
      `${rubric}. For each item, choose the level from ${min} to ${max} that describes the ` +
      `organisation today. Leave it blank if you don't know; write n/a if it does not apply.`,
    csvIntro: "Fill in the answer column: a level, blank for don't know, or na.",
    gformsHeader: [
      "Creates this questionnaire as a Google Form. Its responses, downloaded as .csv, map exactly:",
      "  gapcheck aggregate responses.csv",
      "1. Open script.google.com and choose New project.",
      "2. Replace the code there with this whole file and save.",
      "3. Choose Run (function createForm) and allow access to your Google Forms.",
      "4. The execution log shows the form's link to edit it and the link to send to people.",
    ],
    gformsDescription: (min: number, max: number) =>
      `Choose the level from ${min} to ${max} that describes the organisation today. ` +
      "Choose Don't know or Not applicable where that is the honest answer.",
    respondent: "About you (optional)",
    name: "Name",
    role: "Role",
    group: "Group (e.g. marketing or sales)",
    rubricRow: "Rubric",
    itemTitle: "Title",
    question: "Question",
    guide: "Level guide",
    answer: "Answer",
    note: "Note",
    level: "Level",
    dontKnow: "Don't know",
    notApplicable: "Not applicable",
  },
  /** Issue 10: YAML layout mistakes and rubric-editor wording. */
  layout: {
    tab: "a tab is used for indentation; YAML needs spaces (use the same number of spaces as the lines around it)",
    unclosed: (bracket: string, closing: string) =>
      `this ${bracket} is never closed; add the missing ${closing} (or write the value over several lines without brackets)`,
    tooDeep: (spaces: number, above: number) =>
      `this line is indented ${spaces} spaces, deeper than the line above allows;` +
      ` indent it ${above} spaces like its neighbours, or end the line above with ":"`,
    misaligned: (spaces: number, expected: number[]) =>
      `this line is indented ${spaces} spaces, which does not line up with the lines around it; indent it ${expected.join(" or ")} spaces`,
    unclosedQuote: (quote: string) => `this ${quote} starts a text that is never closed; add the closing ${quote}`,
    semver: (got: string) =>
      `version must be a semantic version in quotes, such as "2026.1.0"; without quotes YAML reads it as the number ${got}`,
  },
  focus: {
    notApplicable: "Not applicable",
    notApplicableHint: "does not apply here; left out of every score",
    notApplicableList: "Not applicable (left out of the scores)",
    notApplicableCount: (n: number) => `${n} not applicable`,
    risks: "Legal and ethical risks: deal with these first",
    riskBelow: (answer: string, floor: string) => `now ${answer}, the minimum is ${floor}`,
    findOutNow: "not answered: find out now",
    riskPriority: (rank: number) => `priority ${rank} in the 80/20 list`,
    riskAddedNow: "a quick win below its minimum: in the first 30 days as well",
    glance: "At a glance",
    morePriorities: (n: number) => `and ${n} more in the 80/20 list`,
    riskColumn: "Risk",
    concentrated: (selected: number, candidates: number, share: string) =>
      `${selected} of ${candidates} gaps hold ${share} of the weighted gap.`,
    spread: (selected: number, candidates: number, threshold: string, focus: number, share: string) =>
      `The gap is spread out: ${selected} of ${candidates} gaps are needed to reach ${threshold}.` +
      ` ${focus === 1 ? `The largest holds ${share}` : `The ${focus} largest hold ${share}`}.`,
    onlyGap: "There is one gap: it is the whole weighted gap.",
    allNeeded: (n: number, threshold: string, focus: number, share: string | null) =>
      `All ${n} gaps are needed to reach ${threshold}.` +
      (share === null ? "" : ` ${focus === 1 ? `The largest holds ${share}` : `The ${focus} largest hold ${share}`}.`),
    focusHeading: (n: number) => (n === 1 ? "Focus: the largest gap" : `Focus: the ${n} largest gaps`),
    lowers: (points: string) => `closing this lowers the gap index by ${points} points`,
    rest: (n: number) => `The rest of the 80/20 list (${n})`,
    pointsLegend: "p = points off the gap index when closed",
    pointsShort: (points: string) => `${points} p`,
    points: "Points",
    pointsUnit: "points",
    potentialPoints: (points: string) => `could hide ${points} points`,
    plan: "Plan",
    first30: "First 30 days: quick wins",
    next90: "Next 90 days: major projects to start",
    notNow: "Not now: costs much, moves little (stop or put on hold)",
    nothing: "nothing here",
    effortValue: (effort: number) => `effort ${effort}`,
    quadrant: "Quadrant",
    planColumn: "Plan",
    quadrants: { "quick-win": "Quick wins", "major-project": "Major projects", "fill-in": "Fill-ins", "not-now": "Not now" } as Record<
      string,
      string
    >,
    planNames: { first30Days: "first 30 days", next90Days: "next 90 days", notNow: "not now" } as Record<string, string>,
    matrix: "Impact and effort",
    matrixPoints: "Points of the gap index",
    matrixEffort: "Effort (1 quick … 5 major programme)",
    matrixPriority: "in the 80/20 list",
    matrixOther: "other gap",
    matrixCut: "80/20 cut",
    badFocus: (value: string) => `"${value}" is not a whole number from 1 to 50`,
    helpFocus: "how many priorities to show in full, with their actions (1-50)",
    helpReportFocus: "like assess --focus (default: the result's own)",
    floorOutOfScale: (floor: number, min: number, max: number) => `floor ${floor} is outside the scale; allowed: integers ${min}..${max}`,
    floorReasonMissing: (item: string) => `item "${item}" has a floor but no floorReason; name the rule at stake (e.g. GDPR art. 7)`,
    floorWithoutFloor: (item: string) => `item "${item}" has a floorReason but no floor`,
    fixtureRisks: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": expected risks [${expected.join(", ")}], got [${actual.join(", ")}]`,
    fixtureNotNow: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": expected not now [${expected.join(", ")}], got [${actual.join(", ")}]`,
  },
  /** Rubric `history` (docs/rubric-format.md#history): ids that changed since earlier versions. */
  history: {
    oldIdInUse: (id: string, line: number, col: number) =>
      `history: "${id}" is a current item id (at ${line}:${col}); only ids that no longer exist may be listed as renamed or removed`,
    listedTwice: (id: string, line: number, col: number) =>
      `history: "${id}" is already listed at ${line}:${col}; an old id is either renamed or removed, once`,
    renamedNotice: (from: string, to: string) => `answer for "${from}" loaded as "${to}" (the item was renamed)`,
    removedWarning: (id: string) => `item "${id}" was removed from the rubric; its answer is ignored`,
    bothIds: (from: string, to: string) => `answers for both "${from}" and its new id "${to}"; the one for "${to}" is used`,
    declared: "declared in history",
    itemRemovedDeclared: (id: string) => `item ${id} was removed (declared in history: its saved answers are ignored with a warning)`,
  },
  questionnaire: {
    pickHighest:
      "For each question, pick the highest level whose description fully holds for you today;" +
      " if only part of it holds, choose the level below.",
  },
  cache: {
    noCache: "do not read or write the compiled-rubric cache (also GAPCHECK_CACHE=0)",
  },
};

function abbreviate(list: string[]): string {
  return list.length <= 8 ? list.join(", ") : `${list.slice(0, 8).join(", ")} … (${list.length} in all)`;
}

/** Why a file could not be written, in words (never a bare ENOENT). */
function writeProblem(path: string, code: string): string {
  if (path === "") return "the file name is empty; give the file to write";
  const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) || "/" : ".";
  const why: Record<string, string> = {
    ENOENT: `the folder ${folder} does not exist; create it first, or choose another place`,
    ENOTDIR: `part of the path ${folder} is a file, not a folder`,
    ENOCREATE: `files cannot be created in the folder ${folder}`,
    EISDIR: "it is a folder; give a file name",
    EROFS: "the file system is read-only",
    EACCES: "permission denied",
    EREADONLY: "the file is read-only; gapcheck does not replace a file its owner protected (make it writable, or choose another file)",
    EPERM: "permission denied",
    ENOSPC: "the disk is full",
    EDQUOT: "the disk quota is used up",
    EFBIG: "the file would exceed the file size limit (ulimit -f)",
    ELOOP: "too many symbolic links",
    ENAMETOOLONG: "the file name is too long",
  };
  return `cannot write ${path}: ${why[code] ?? `unexpected error (${code || "unknown"})`}`;
}
