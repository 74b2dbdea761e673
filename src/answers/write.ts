import { stringify } from "yaml";
import type { Rubric } from "../model/rubric.js";
import type { AnswersFile } from "../model/schema.js";
import type { Answer } from "../scoring/score.js";

/** Answers files and drafts carry people's names and opinions: readable by their owner only (docs/exit-codes.md#files-gapcheck-writes). */
export const ANSWERS_FILE_MODE = 0o600;

/** The answers file (docs/answers-format.md) for answers given interactively, items in rubric order. */
export function answersDocument(
  rubric: Rubric,
  profileId: string,
  answers: ReadonlyMap<string, Answer>,
  extra: { date?: string; respondent?: AnswersFile["respondent"]; locale?: string; header?: string } = {},
): string {
  const entries: AnswersFile["answers"] = {};
  for (const { item } of rubric.items) {
    const a = answers.get(item.id);
    if (a) entries[item.id] = a.note !== undefined ? { level: a.level, note: a.note } : a.level;
  }
  const doc: AnswersFile = {
    gapcheck: 1,
    rubric: { id: rubric.data.id, version: rubric.data.version },
    profile: profileId,
    ...(extra.locale !== undefined ? { locale: extra.locale } : {}),
    ...(extra.respondent ? { respondent: extra.respondent } : {}),
    ...(extra.date ? { date: extra.date } : {}),
    answers: entries,
  };
  const header = extra.header ?? `gapcheck answers: levels ${rubric.data.scale.min}..${rubric.data.scale.max}, null = don't know`;
  return `# ${header}\n${stringify(doc, { lineWidth: 0 })}`;
}

/** An ISO timestamp to the second, UTC: what gapcheck records as the date of an assessment. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
