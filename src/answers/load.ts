import type { Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import { readSource } from "../io/read.js";
import type { Rubric } from "../model/rubric.js";
import { AnswersSchema, type AnswersFile } from "../model/schema.js";
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
export async function loadAnswers(path: string, rubric: Rubric, t: Messages, stdin?: NodeJS.ReadableStream): Promise<LoadedAnswers> {
  const read = await readSource(path, t, stdin);
  if (!read.ok) return { findings: [read.finding] };
  const { source } = read;
  const parsed = parseYaml(source, t);
  if (parsed.data === undefined) return { findings: parsed.findings };
  const checked = AnswersSchema.safeParse(parsed.data, { reportInput: true });
  if (!checked.success) return { findings: zodFindings(checked.error.issues, AnswersSchema, parsed.locate, source.name, t) };

  const file = checked.data;
  const findings: Finding[] = [...parsed.findings];
  const report = (rule: string, path: PathKey[], message: string, part?: "value" | "key", severity: "error" | "warning" = "error") => {
    const pos = parsed.locate(path, part);
    findings.push({ file: source.name, line: pos.line, col: pos.col, severity, rule, message, path });
  };
  if (file.rubric.id !== rubric.data.id) {
    report("rubric-mismatch", ["rubric", "id"], t.answers.otherRubric(file.rubric.id, rubric.data.id));
    return { findings };
  }
  if (file.rubric.version !== undefined && file.rubric.version !== rubric.data.version) {
    report("rubric-version", ["rubric", "version"], t.answers.otherVersion(file.rubric.version, rubric.data.version), "value", "warning");
  }
  const answers = normalizeAnswers(file.answers, rubric, ["answers"], report, t);
  if (file.profile !== undefined && !rubric.profileById.has(file.profile)) {
    report("unknown-profile", ["profile"], t.rules.unknownRef(t.rules.kinds.profile!, file.profile, [...rubric.profileById.keys()]));
  }
  return findings.some((f) => f.severity === "error") ? { findings } : { file, answers, findings };
}
