import { hasErrors, type Finding, type Severity } from "../findings.js";
import { en } from "../i18n/en.js";
import type { Messages } from "../i18n/messages.js";
import { buildRubric, type Rubric } from "../model/rubric.js";
import { RubricSchema } from "../model/schema.js";
import { zodFindings } from "../model/zod-findings.js";
import type { Locator, PathKey } from "../yaml/locator.js";
import { checkFixtures } from "./fixtures.js";
import { RULES, type RuleContext } from "./rules.js";

export interface ValidatedRubric {
  /** Present when the rubric is structurally valid; failed fixtures are findings, not a reason to withhold it. */
  rubric?: Rubric;
  findings: Finding[];
}

export interface ValidateRubricOptions {
  /** The file name findings carry; "<rubric>" unless given. */
  file?: string;
  /** Positions of paths in the source; without one every finding is at 1:1 (its `path` still says where). */
  locate?: Locator;
  /** The language of the messages; English unless given. */
  messages?: Messages;
}

const noPositions: Locator = () => ({ line: 1, col: 1 });

/**
 * Validates parsed rubric data: the strict schema, then every cross-reference rule, then (when those
 * found no error) the rubric's own fixtures. Pure: the caller parsed the file and supplies positions.
 */
export function validateRubric(data: unknown, options: ValidateRubricOptions = {}): ValidatedRubric {
  const { file = "<rubric>", locate = noPositions, messages: t = en } = options;
  const parsed = RubricSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { findings: zodFindings(parsed.error.issues, RubricSchema, locate, file, t) };

  const findings: Finding[] = [];
  const report = (rule: string, path: PathKey[], message: string, options: { severity?: Severity; part?: "value" | "key" } = {}) => {
    const pos = locate(path, options.part);
    findings.push({ file, line: pos.line, col: pos.col, severity: options.severity ?? "error", rule, message, path });
  };
  const ctx: RuleContext = { data: parsed.data, t, report, position: (path, part) => locate(path, part) };
  for (const rule of RULES) rule(ctx);
  if (hasErrors(findings)) return { findings };

  const rubric = buildRubric(parsed.data);
  checkFixtures(rubric, t, report);
  return { rubric, findings };
}
