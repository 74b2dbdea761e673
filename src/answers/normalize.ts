import type { Rubric } from "../model/rubric.js";
import { closest } from "../model/suggest.js";
import { visible } from "../findings.js";
import type { AnswerValueFile } from "../model/schema.js";
import type { Messages } from "../i18n/messages.js";
import type { PathKey } from "../yaml/locator.js";
import type { Answer } from "../scoring/score.js";

export type Report = (rule: string, path: PathKey[], message: string, part?: "value" | "key") => void;

/**
 * Checks a map of answers (an answers file's `answers:` or a fixture's) against the rubric and
 * turns it into the scorer's form. Unknown items and levels outside the scale are reported.
 */
export function normalizeAnswers(
  answers: Record<string, AnswerValueFile>,
  rubric: Rubric,
  at: PathKey[],
  report: Report,
  t: Messages,
): Map<string, Answer> {
  const { min, max } = rubric.data.scale;
  const result = new Map<string, Answer>();
  for (const [id, value] of Object.entries(answers)) {
    if (!rubric.itemById.has(id)) {
      const suggestion = closest(id, rubric.itemById.keys());
      report(
        "unknown-item",
        [...at, id],
        visible(t.answers.unknownItem(id)) + (suggestion ? `; ${t.usage.didYouMean(`"${suggestion}"`)}` : ""),
        "key",
      );
      continue;
    }
    const answer: Answer =
      value === null || typeof value === "number" || value === "na"
        ? { level: value }
        : { level: value.level, ...(value.note !== undefined ? { note: value.note } : {}) };
    if (typeof answer.level === "number" && (answer.level < min || answer.level > max)) {
      const path = typeof value === "number" ? [...at, id] : [...at, id, "level"];
      report("level-out-of-scale", path, t.answers.badLevel(id, min, max));
      continue;
    }
    result.set(id, answer);
  }
  return result;
}
