import type { Messages } from "../i18n/messages.js";
import { itemTitle, type ItemRef, type Rubric } from "../model/rubric.js";
import type { TextValue } from "../model/schema.js";
import type { Answer } from "../scoring/score.js";
import type { Choice, InputScreen, SelectScreen } from "./prompts.js";
import { wrapText } from "./wrap.js";

/*
 * The screens of the questionnaire as plain data: what each prompt says and offers. Pure, so the
 * flow tests and the @inquirer/testing tests see exactly what a person sees.
 */

export interface ScreenContext {
  rubric: Rubric;
  t: Messages;
  text: (value: TextValue | undefined) => string;
  /** Columns to wrap to (the terminal's width, at most 100). */
  width: number;
}

/** What a person can do on an item screen. */
export type ItemAction = `level:${number}` | "dont-know" | "note" | "back" | "skip";
export const DONE = "done";
export type ReviewAction = typeof DONE | `edit:${string}`;

export function profileScreen(ctx: ScreenContext, defaultId: string): SelectScreen<string> {
  const { rubric, t, text, width } = ctx;
  return {
    message: t.prompt.chooseProfile,
    choices: rubric.data.profiles.map((p) => ({ value: p.id, name: text(p.title), ...(p.description ? { description: wrapText(text(p.description), width) } : {}) })),
    default: defaultId,
  };
}

export const nameScreen = (t: Messages): InputScreen => ({ message: t.prompt.respondentName });
export const roleScreen = (t: Messages): InputScreen => ({ message: t.prompt.respondentRole });
export const noteScreen = (t: Messages, current: string | undefined): InputScreen => ({ message: t.prompt.note, ...(current ? { default: current } : {}) });

/** Shown above the first question of a dimension: its group (when the group changes), title and summary. */
export function dimensionHeader(ctx: ScreenContext, ref: ItemRef, withGroup: boolean): string {
  const { rubric, text, width } = ctx;
  const lines: string[] = [];
  // Said once, before the first question: how to choose between levels.
  if (ref.order === 0) lines.push(wrapText(ctx.t.questionnaire.pickHighest, width), "");
  if (withGroup) {
    const group = rubric.data.groups.find((g) => g.id === ref.dimension.group);
    if (group) lines.push(`━━ ${text(group.title)} ━━`);
  }
  lines.push(text(ref.dimension.title));
  if (ref.dimension.summary) lines.push(wrapText(text(ref.dimension.summary), width, "  "));
  return `${lines.join("\n")}\n`;
}

export function itemScreen(
  ctx: ScreenContext,
  ref: ItemRef,
  state: { answer?: Answer; note?: string; header?: string; canGoBack: boolean; canSkip: boolean },
): SelectScreen<ItemAction> {
  const { rubric, t, text, width } = ctx;
  const { min, max, levels } = rubric.data.scale;
  const progress = t.prompt.progress(ref.order + 1, rubric.items.length, text(ref.dimension.title), text(itemTitle(ref.item)));
  const message = [state.header ?? "", progress, wrapText(text(ref.item.text), width, "  ")];
  if (state.note) message.push(wrapText(`✎ ${state.note}`, width, "  "));

  const choices: Choice<ItemAction>[] = [];
  for (let level = min; level <= max; level++) {
    const anchor = ref.item.levels?.[String(level)];
    choices.push({ value: `level:${level}`, name: `${level} · ${text(levels[String(level)])}`, ...(anchor ? { description: wrapText(text(anchor), width) } : {}) });
  }
  choices.push({ value: "dont-know", name: t.prompt.dontKnow, description: wrapText(t.prompt.dontKnowHint, width) });
  choices.push({ separator: " " });
  choices.push({ value: "note", name: state.note ? t.prompt.editNote : t.prompt.addNote });
  if (state.canGoBack) choices.push({ value: "back", name: t.prompt.back });
  if (state.canSkip) choices.push({ value: "skip", name: t.prompt.skipDimension(text(ref.dimension.title)), description: wrapText(t.prompt.skipHint, width) });

  const answer = state.answer;
  const current: ItemAction | undefined = answer === undefined ? undefined : answer.level === null ? "dont-know" : `level:${answer.level}`;
  return { message: message.filter((l) => l !== "").join("\n"), choices, ...(current ? { default: current } : {}) };
}

/** Every answer by dimension, to change any of them before scoring; "done" scores. */
export function reviewScreen(ctx: ScreenContext, answers: ReadonlyMap<string, Answer>): SelectScreen<ReviewAction> {
  const { rubric, t, text } = ctx;
  const { levels } = rubric.data.scale;
  const choices: Choice<ReviewAction>[] = [{ value: DONE, name: t.prompt.reviewDone, description: t.prompt.reviewDoneHint }];
  let dimension = "";
  for (const ref of rubric.items) {
    if (ref.dimension.id !== dimension) {
      dimension = ref.dimension.id;
      choices.push({ separator: `── ${text(ref.dimension.title)}` });
    }
    const a = answers.get(ref.item.id);
    const value = a === undefined || a.level === null ? t.prompt.dontKnow : `${a.level} · ${text(levels[String(a.level)])}`;
    choices.push({ value: `edit:${ref.item.id}`, name: `${text(itemTitle(ref.item))}: ${value}${a?.note ? " ✎" : ""}` });
  }
  const answered = [...answers.values()].filter((a) => a.level !== null).length;
  return { message: t.prompt.review(answered, rubric.items.length), choices, default: DONE };
}
