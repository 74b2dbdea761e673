import type { Messages } from "../i18n/messages.js";
import { itemTitle, textResolver, type Rubric } from "../model/rubric.js";
import type { Answer } from "../scoring/score.js";
import type { Choice, Prompter } from "./prompts.js";

/** "Don't know" in a select; stored as a null level (counted as unanswered). */
const DONT_KNOW = "dont-know";

/**
 * Asks every item of the rubric in order, one select each. `onAnswer` runs after every answer, so
 * the caller can keep what was given even if the next prompt is cancelled.
 */
export async function askAll(
  rubric: Rubric,
  locale: string,
  t: Messages,
  prompter: Prompter,
  onAnswer: (id: string, answer: Answer) => void | Promise<void>,
): Promise<void> {
  const text = textResolver(rubric, locale);
  const total = rubric.items.length;
  for (const ref of rubric.items) {
    const { item, dimension } = ref;
    const progress = t.prompt.progress(ref.order + 1, total, text(dimension.title), text(itemTitle(item)));
    const choice = await prompter.select(`${progress}\n  ${text(item.text)}`, levelChoices(rubric, ref.item.levels, text, t));
    await onAnswer(item.id, { level: choice === DONT_KNOW ? null : choice });
  }
}

/** The scale, lowest first, with this item's anchors as descriptions; then "don't know". */
export function levelChoices(
  rubric: Rubric,
  anchors: Record<string, unknown> | undefined,
  text: ReturnType<typeof textResolver>,
  t: Messages,
): Choice<number | typeof DONT_KNOW>[] {
  const { min, max, levels } = rubric.data.scale;
  const choices: Choice<number | typeof DONT_KNOW>[] = [];
  for (let level = min; level <= max; level++) {
    const label = text(levels[String(level)]);
    const anchor = anchors?.[String(level)] as Parameters<typeof text>[0];
    choices.push({ value: level, name: `${level} · ${label}`, ...(anchor ? { description: text(anchor) } : {}) });
  }
  choices.push({ value: DONT_KNOW, name: t.prompt.dontKnow, description: t.prompt.dontKnowHint });
  return choices;
}
