import { createHash } from "node:crypto";
import type { Finding } from "../findings.js";
import { en } from "../i18n/en.js";
import type { Messages } from "../i18n/messages.js";
import { readSource, type Source } from "../io/read.js";
import type { Rubric } from "../model/rubric.js";
import { parseYaml } from "../yaml/parse.js";
import { validateRubric } from "./validate.js";

export interface LoadedRubric {
  rubric?: Rubric;
  source?: Source;
  sha256: string;
  findings: Finding[];
}

/**
 * Reads, parses and validates a rubric file. Never throws for bad input: `rubric` is absent when a
 * finding is an error. `t` is the language of the findings' messages (English unless given).
 */
export async function loadRubric(path: string, t: Messages = en): Promise<LoadedRubric> {
  const read = await readSource(path, t);
  if (!read.ok) return { sha256: "", findings: [read.finding] };
  return checkRubricSource(read.source, t);
}

export function checkRubricSource(source: Source, t: Messages = en): LoadedRubric {
  const sha256 = createHash("sha256").update(source.bytes).digest("hex");
  const parsed = parseYaml(source, t);
  if (parsed.data === undefined) return { source, sha256, findings: parsed.findings };
  const validated = validateRubric(parsed.data, { locate: parsed.locate, file: source.name, messages: t });
  return { source, sha256, rubric: validated.rubric, findings: [...parsed.findings, ...validated.findings] };
}
