import type { Finding } from "../findings.js";
import { en } from "../i18n/en.js";
import type { Messages } from "../i18n/messages.js";
import type { Rubric } from "../model/rubric.js";
import { RubricSchema } from "../model/schema.js";
import { zodFindings } from "../model/zod-findings.js";
import type { Locator } from "../yaml/locator.js";
import { checkRubricData } from "./checked.js";

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
  return checkRubricData(parsed.data, { file, locate, messages: t });
}
