import type { Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import { readSource } from "../io/read.js";
import type { Rubric } from "../model/rubric.js";
import { AnswerObject, AnswersEnvelope, AnswersSchema, AnswerValue, type AnswersFile } from "../model/schema.js";
import { zodFindings } from "../model/zod-findings.js";
import type { Answer } from "../scoring/score.js";
import { parseYaml, type PathKey } from "../yaml/parse.js";
import { normalizeAnswers } from "./normalize.js";

export interface LoadedAnswers {
  /** Present when the file has no errors. */
  file?: AnswersFile;
  answers?: Map<string, Answer>;
  findings: Finding[];
}

/** Reads an answers file (YAML or JSON, "-" for stdin) and checks it against the rubric (SPEC section 4). */
export async function loadAnswers(
  path: string,
  rubric: Rubric,
  t: Messages,
  stdin?: NodeJS.ReadableStream,
  options: { profileGiven?: boolean } = {},
): Promise<LoadedAnswers> {
  const read = await readSource(path, t, stdin);
  if (!read.ok) return { findings: [read.finding] };
  const { source } = read;
  const parsed = parseYaml(source, t);
  if (parsed.data === undefined) return { findings: parsed.findings };
  const checked = AnswersEnvelope.safeParse(parsed.data, { reportInput: true });
  if (!checked.success) return { findings: zodFindings(checked.error.issues, AnswersEnvelope, parsed.locate, source.name, t) };

  const findings: Finding[] = [...parsed.findings];
  const report = (rule: string, path: PathKey[], message: string, part?: "value" | "key", severity: "error" | "warning" = "error") => {
    const pos = parsed.locate(path, part);
    findings.push({ file: source.name, line: pos.line, col: pos.col, severity, rule, message, path });
  };
  const envelope = checked.data;
  if (envelope.rubric.id !== rubric.data.id) {
    report("rubric-mismatch", ["rubric", "id"], t.answers.otherRubric(envelope.rubric.id, rubric.data.id));
    return { findings };
  }
  if (envelope.rubric.version !== undefined && envelope.rubric.version !== rubric.data.version) {
    report("rubric-version", ["rubric", "version"], t.answers.otherVersion(envelope.rubric.version, rubric.data.version), "value", "warning");
  }
  // Each entry on its own, so that every bad entry is reported, naming the item and what is allowed.
  const { min, max } = rubric.data.scale;
  const entries: AnswersFile["answers"] = {};
  for (const [id, value] of Object.entries(envelope.answers)) {
    const entry = AnswerValue.safeParse(value);
    if (entry.success || !rubric.itemById.has(id)) entries[id] = entry.success ? entry.data : 0; // unknown ids are reported below
    else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      // `{ level, note }` with a wrong key or type: say exactly which, where.
      const issues = AnswerObject.safeParse(value, { reportInput: true }).error?.issues ?? [];
      const badLevel = issues.filter((i) => i.path.length === 1 && i.path[0] === "level" && (i.code === "invalid_type" || i.code === "invalid_union") && "level" in value);
      for (const _ of badLevel) report("invalid-type", ["answers", id, "level"], t.answers.badLevel(id, min, max));
      const located = issues.filter((i) => !badLevel.includes(i)).map((i) => ({ ...i, path: ["answers", id, ...i.path] }));
      findings.push(...zodFindings(located, AnswersSchema, parsed.locate, source.name, t));
    } else report("invalid-type", ["answers", id], t.answers.badLevel(id, min, max));
  }
  const file: AnswersFile = { ...envelope, answers: entries };
  const answers = normalizeAnswers(entries, rubric, ["answers"], report, t);
  // --profile wins (SPEC section 4), so the file's profile only matters when none was given.
  if (!options.profileGiven && file.profile !== undefined && !rubric.profileById.has(file.profile)) {
    report("unknown-profile", ["profile"], t.rules.unknownRef(t.rules.kinds.profile!, file.profile, [...rubric.profileById.keys()]));
  }
  return findings.some((f) => f.severity === "error") ? { findings } : { file, answers, findings };
}
