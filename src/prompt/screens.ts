import type { Messages } from "../i18n/messages.js";
import { itemTitle, type ItemRef, type Rubric } from "../model/rubric.js";
import type { TextValue } from "../model/schema.js";
import type { Answer } from "../scoring/score.js";
import type { Choice, InputScreen, SelectScreen } from "./prompts.js";
import { wrap } from "../render/text.js";

/** Wraps a paragraph to the width, every line after `indent` (prompt messages and descriptions). */
const wrapText = (text: string, width: number, indent = "") => wrap(text, width, { indent }).join("\n");
/** Wraps a choice's name: its first line follows the cursor ("❯ "), the others line up under it. */
const wrapName = (text: string, width: number) => wrap(text, width, { firstIndent: "", indent: "  " }).join("\n");

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
    message: wrapText(t.prompt.chooseProfile, width),
    choices: rubric.data.profiles.map((p) => ({ value: p.id, name: wrapName(text(p.title), width), ...(p.description ? { description: wrapText(text(p.description), width) } : {}) })),
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
  if (withGroup) {
    const group = rubric.data.groups.find((g) => g.id === ref.dimension.group);
    if (group) lines.push(wrapText(`━━ ${text(group.title)} ━━`, width));
  }
  lines.push(wrapText(text(ref.dimension.title), width));
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
  const message = [state.header ?? "", wrapText(progress, width), wrapText(text(ref.item.text), width, "  ")];
  if (state.note) message.push(wrapText(`✎ ${state.note}`, width, "  "));

  const choices: Choice<ItemAction>[] = [];
  for (let level = min; level <= max; level++) {
    const anchor = ref.item.levels?.[String(level)];
    choices.push({ value: `level:${level}`, name: wrapName(`${level} · ${text(levels[String(level)])}`, width), ...(anchor ? { description: wrapText(text(anchor), width) } : {}) });
  }
  choices.push({ value: "dont-know", name: wrapName(t.prompt.dontKnow, width), description: wrapText(t.prompt.dontKnowHint, width) });
  choices.push({ separator: " " });
  choices.push({ value: "note", name: state.note ? t.prompt.editNote : t.prompt.addNote });
  if (state.canGoBack) choices.push({ value: "back", name: t.prompt.back });
  if (state.canSkip) choices.push({ value: "skip", name: wrapName(t.prompt.skipDimension(text(ref.dimension.title)), width), description: wrapText(t.prompt.skipHint, width) });

  const answer = state.answer;
  const current: ItemAction | undefined = answer === undefined ? undefined : answer.level === null ? "dont-know" : `level:${answer.level}`;
  return { message: message.filter((l) => l !== "").join("\n"), choices, ...(current ? { default: current } : {}) };
}

/** Every answer by dimension, to change any of them before scoring; "done" scores. */
export function reviewScreen(ctx: ScreenContext, answers: ReadonlyMap<string, Answer>): SelectScreen<ReviewAction> {
  const { rubric, t, text, width } = ctx;
  const { levels } = rubric.data.scale;
  const choices: Choice<ReviewAction>[] = [{ value: DONE, name: wrapName(t.prompt.reviewDone, width), description: wrapText(t.prompt.reviewDoneHint, width) }];
  let dimension = "";
  for (const ref of rubric.items) {
    if (ref.dimension.id !== dimension) {
      dimension = ref.dimension.id;
      choices.push({ separator: wrapText(`── ${text(ref.dimension.title)}`, width) });
    }
    const a = answers.get(ref.item.id);
    const value = a === undefined || a.level === null ? t.prompt.dontKnow : `${a.level} · ${text(levels[String(a.level)])}`;
    choices.push({ value: `edit:${ref.item.id}`, name: wrapName(`${text(itemTitle(ref.item))}: ${value}${a?.note ? " ✎" : ""}`, width) });
  }
  const answered = [...answers.values()].filter((a) => a.level !== null).length;
  return { message: wrapText(t.prompt.review(answered, rubric.items.length), width), choices, default: DONE };
}
