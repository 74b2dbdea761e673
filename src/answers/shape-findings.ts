import type { Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import { AnswerObject, AnswersEnvelope, AnswersSchema } from "../model/schema.js";
import { zodFindings } from "../model/zod-findings.js";
import type { Locator, PathKey } from "../yaml/locator.js";

/*
 * The located findings of an answers file that answers/shape.ts refused: zod says exactly which key
 * or type is wrong and what is allowed. Loaded only then, so a well-formed file never loads zod.
 */

/** The findings of an envelope (everything but the entries) that AnswersEnvelope refuses. */
export function envelopeFindings(data: unknown, locate: Locator, file: string, t: Messages): Finding[] {
  const checked = AnswersEnvelope.safeParse(data, { reportInput: true });
  return checked.success ? [] : zodFindings(checked.error.issues, AnswersEnvelope, locate, file, t);
}

/** The findings of one `{ level, note }` entry with a wrong key or type: which one, where. */
export function entryFindings(
  id: string,
  value: object,
  locate: Locator,
  file: string,
  t: Messages,
  badLevel: (path: PathKey[]) => void,
): Finding[] {
  const issues = AnswerObject.safeParse(value, { reportInput: true }).error?.issues ?? [];
  const levelIssues = issues.filter(
    (i) =>
      i.path.length === 1 &&
      i.path[0] === "level" &&
      (i.code === "invalid_type" || i.code === "invalid_union" || i.code === "invalid_value") &&
      "level" in value,
  );
  for (const _ of levelIssues) badLevel(["answers", id, "level"]);
  const located = issues.filter((i) => !levelIssues.includes(i)).map((i) => ({ ...i, path: ["answers", id, ...i.path] }));
  return zodFindings(located, AnswersSchema, locate, file, t);
}
