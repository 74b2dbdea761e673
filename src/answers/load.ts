import { sortFindings, type Finding } from "../findings.js";
import { en } from "../i18n/en.js";
import type { Messages } from "../i18n/messages.js";
import { readSource, type Source } from "../io/read.js";
import type { Rubric } from "../model/rubric.js";
import type { AnswersFile } from "../model/schema.js";
import type { Answer } from "../scoring/score.js";
import type { PathKey } from "../yaml/locator.js";
import { parseYaml } from "../yaml/parse.js";
import { applyHistory } from "./history.js";
import { normalizeAnswers } from "./normalize.js";
import { exactAnswer, exactEnvelope } from "./shape.js";
import { isCsvSource } from "./sniff.js";

export interface LoadedAnswers {
  /** Present when the file has no errors. */
  file?: AnswersFile;
  answers?: Map<string, Answer>;
  findings: Finding[];
  /** Not problems: e.g. an answer saved under an id the rubric's history renamed. Shown on stderr. */
  notices: Notice[];
}

/** Located like a finding, but never counts as a problem (not even with --strict). */
export interface Notice {
  file: string;
  line: number;
  col: number;
  rule: string;
  message: string;
}

/**
 * Reads an answers file (YAML or JSON, "-" for stdin) and checks it against the rubric (docs/answers-format.md).
 * Never throws for bad input: `answers` is absent when a finding is an error.
 */
export async function loadAnswers(
  path: string,
  rubric: Rubric,
  t: Messages = en,
  stdin?: NodeJS.ReadableStream,
  options: { profileGiven?: boolean; locale?: string } = {},
): Promise<LoadedAnswers> {
  const read = await readSource(path, t, stdin);
  if (!read.ok) return { findings: [read.finding], notices: [] };
  return answersFromSource(read.source, rubric, t, options);
}

/**
 * Checks a read answers file (YAML, JSON, or the template's CSV sheet) against the rubric. The CSV
 * reader and zod (for the messages about a malformed file) are loaded only when needed (docs/performance.md).
 * Why this is long: the checks run in the order a user fixes them (rubric, entries, history, levels,
 * profile) and all report into one list of findings located in the same parsed file.
 */
export async function answersFromSource(
  source: Source,
  rubric: Rubric,
  t: Messages,
  options: { profileGiven?: boolean; locale?: string } = {},
): Promise<LoadedAnswers> {
  if (isCsvSource(source)) {
    const { answersFromTemplateCsv } = await import("./csv.js");
    return answersFromTemplateCsv(source, rubric, t, options.locale ?? rubric.defaultLocale);
  }
  const parsed = parseYaml(source, t);
  if (parsed.data === undefined) return { findings: parsed.findings, notices: [] };
  const envelope = exactEnvelope(parsed.data);
  if (envelope === undefined) {
    const { envelopeFindings } = await import("./shape-findings.js");
    return { findings: envelopeFindings(parsed.data, parsed.locate, source.name, t), notices: [] };
  }

  const findings: Finding[] = [...parsed.findings];
  const report = (rule: string, path: PathKey[], message: string, part?: "value" | "key", severity: "error" | "warning" = "error") => {
    const pos = parsed.locate(path, part);
    findings.push({ file: source.name, line: pos.line, col: pos.col, severity, rule, message, path });
  };
  if (envelope.rubric.id !== rubric.data.id) {
    report("rubric-mismatch", ["rubric", "id"], t.answers.otherRubric(envelope.rubric.id, rubric.data.id));
    return { findings: sortFindings(findings), notices: [] };
  }
  if (envelope.rubric.version !== undefined && envelope.rubric.version !== rubric.data.version) {
    report(
      "rubric-version",
      ["rubric", "version"],
      t.answers.otherVersion(envelope.rubric.version, rubric.data.version),
      "value",
      "warning",
    );
  }
  // Each entry on its own, so that every bad entry is reported, naming the item and what is allowed.
  const { min, max } = rubric.data.scale;
  const entries: AnswersFile["answers"] = {};
  const renamed = rubric.data.history?.renamed ?? {};
  const known = (id: string) => rubric.itemById.has(id) || (Object.hasOwn(renamed, id) && rubric.itemById.has(renamed[id]!));
  for (const [id, value] of Object.entries(envelope.answers)) {
    const entry = exactAnswer(value);
    if (entry !== undefined || !known(id))
      entries[id] = entry === undefined ? 0 : entry; // unknown ids are reported below (null is "don't know")
    else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      // `{ level, note }` with a wrong key or type: say exactly which, where.
      const { entryFindings } = await import("./shape-findings.js");
      const badLevel = (path: PathKey[]) => report("invalid-type", path, t.answers.badLevel(id, min, max));
      findings.push(...entryFindings(id, value, parsed.locate, source.name, t, badLevel));
    } else report("invalid-type", ["answers", id], t.answers.badLevel(id, min, max));
  }
  // Ids from an earlier version (docs/rubric-format.md#history): renamed ones load under their new id, removed ones are dropped.
  const notices: Notice[] = [];
  const mapped = applyHistory(entries, rubric);
  const savedAs = new Map<string, string>();
  for (const step of mapped.steps) {
    if (step.kind === "renamed") {
      savedAs.set(step.to, step.from);
      const pos = parsed.locate(["answers", step.from], "key");
      notices.push({
        file: source.name,
        line: pos.line,
        col: pos.col,
        rule: "renamed-item",
        message: t.history.renamedNotice(step.from, step.to),
      });
    } else if (step.kind === "removed") report("removed-item", ["answers", step.id], t.history.removedWarning(step.id), "key", "warning");
    else report("removed-item", ["answers", step.from], t.history.bothIds(step.from, step.to), "key", "warning");
  }
  const file: AnswersFile = { ...envelope, answers: mapped.answers };
  // A problem with a renamed answer is located where the file has it: under its old id.
  const at = (path: PathKey[]) =>
    typeof path[1] === "string" && savedAs.has(path[1]) ? [path[0]!, savedAs.get(path[1])!, ...path.slice(2)] : path;
  const answers = normalizeAnswers(
    mapped.answers,
    rubric,
    ["answers"],
    (rule, path, message, part) => report(rule, at(path), message, part),
    t,
  );
  // --profile wins (docs/answers-format.md), so the file's profile only matters when none was given.
  if (!options.profileGiven && file.profile !== undefined && !rubric.profileById.has(file.profile)) {
    report("unknown-profile", ["profile"], t.rules.unknownRef(t.rules.kinds.profile!, file.profile, [...rubric.profileById.keys()]));
  }
  sortFindings(findings);
  return findings.some((f) => f.severity === "error") ? { findings, notices } : { file, answers, findings, notices };
}
