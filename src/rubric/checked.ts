import { hasErrors, type Finding, type Severity } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import { buildRubric } from "../model/rubric.js";
import type { RubricFile } from "../model/schema.js";
import type { Locator, PathKey } from "../yaml/locator.js";
import { checkFixtures } from "./fixtures.js";
import { RULES, type RuleContext } from "./rules.js";
import type { ValidatedRubric } from "./validate.js";

/**
 * What validation does after the schema (without zod): every cross-reference rule, then (when those
 * found no error) the rubric's own fixtures.
 */
export function checkRubricData(
  data: RubricFile,
  { file, locate, messages: t }: { file: string; locate: Locator; messages: Messages },
): ValidatedRubric {
  const findings: Finding[] = [];
  const report = (rule: string, path: PathKey[], message: string, options: { severity?: Severity; part?: "value" | "key" } = {}) => {
    const pos = locate(path, options.part);
    findings.push({ file, line: pos.line, col: pos.col, severity: options.severity ?? "error", rule, message, path });
  };
  const ctx: RuleContext = { data, t, report, position: (path, part) => locate(path, part) };
  for (const rule of RULES) rule(ctx);
  if (hasErrors(findings)) return { findings };

  const rubric = buildRubric(data);
  checkFixtures(rubric, t, report);
  return { rubric, findings };
}
