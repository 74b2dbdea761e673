import type { Messages } from "../i18n/messages.js";
import { itemTitle, type ItemRef, type Rubric } from "../model/rubric.js";
import type { TextValue } from "../model/schema.js";
import type { Answer } from "../scoring/score.js";
import type { Choice, InputScreen, SelectScreen } from "./prompts.js";
import { wrap } from "../text/wrap.js";

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
  /**
   * The items asked, in rubric order: every item but those the chosen profile excludes (docs/rubric-format.md,
   * `exclude`). Progress counts and the review list only these. Default: every item.
   */
  asked?: readonly ItemRef[];
  /** How many items the profile excludes: said once, above the first question. */
  excluded?: number;
}

const askedItems = (ctx: ScreenContext): readonly ItemRef[] => ctx.asked ?? ctx.rubric.items;

/** What a person can do on an item screen. */
export type ItemAction = `level:${number}` | "dont-know" | "na" | "note" | "back" | "skip";
export const DONE = "done";
export type ReviewAction = typeof DONE | `edit:${string}`;

export function profileScreen(ctx: ScreenContext, defaultId: string): SelectScreen<string> {
  const { rubric, t, text, width } = ctx;
  return {
    message: wrapText(t.prompt.chooseProfile, width),
    choices: rubric.data.profiles.map((p) => ({
      value: p.id,
      name: wrapName(text(p.title), width),
      ...(p.description ? { description: wrapText(text(p.description), width) } : {}),
    })),
    default: defaultId,
  };
}

export const nameScreen = (t: Messages): InputScreen => ({ message: t.prompt.respondentName });
export const roleScreen = (t: Messages): InputScreen => ({ message: t.prompt.respondentRole });
/** The note prompt under the question it belongs to (the item screen is gone while it is asked). */
export function noteScreen(ctx: ScreenContext, ref: ItemRef, current: string | undefined): InputScreen {
  const { t, width } = ctx;
  const message = [progressLine(ctx, ref), wrapText(ctx.text(ref.item.text), width, "  "), t.prompt.note].join("\n");
  return { message, ...(current ? { default: current } : {}) };
}

function progressLine(ctx: ScreenContext, ref: ItemRef): string {
  const { t, text, width } = ctx;
  const asked = askedItems(ctx);
  return wrapText(t.prompt.progress(asked.indexOf(ref) + 1, asked.length, text(ref.dimension.title), text(itemTitle(ref.item))), width);
}

/** Shown above the first question of a dimension: its group (when the group changes), title and summary. */
export function dimensionHeader(ctx: ScreenContext, ref: ItemRef, withGroup: boolean): string {
  const { rubric, text, width } = ctx;
  const lines: string[] = [];
  // Said once, before the first question: how to choose between levels, and what is not asked.
  if (askedItems(ctx)[0] === ref) {
    if (ctx.excluded) lines.push(wrapText(ctx.t.prompt.excludedItems(ctx.excluded), width));
    lines.push(wrapText(ctx.t.questionnaire.pickHighest, width), "");
  }
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
  const { width } = ctx;
  const message = [state.header ?? "", progressLine(ctx, ref), wrapText(ctx.text(ref.item.text), width, "  ")];
  if (state.note) message.push(wrapText(`✎ ${state.note}`, width, "  "));

  // Three parts, in this order: the levels, the other answers, then what else one can do.
  const answers = [...levelChoices(ctx, ref), ...otherAnswerChoices(ctx)];
  const choices: Choice<ItemAction>[] = [...answers, { separator: " " }, ...actionChoices(ctx, ref, state)];

  const answer = state.answer;
  const current: ItemAction | undefined =
    answer === undefined ? undefined : answer.level === null ? "dont-know" : answer.level === "na" ? "na" : `level:${answer.level}`;
  return { message: message.filter((l) => l !== "").join("\n"), choices, keys: levelKeys(ctx), ...(current ? { default: current } : {}) };
}

/** One choice per level of the scale, with this item's anchor as its description. */
function levelChoices(ctx: ScreenContext, ref: ItemRef): Choice<ItemAction>[] {
  const { rubric, text, width } = ctx;
  const { min, max, levels } = rubric.data.scale;
  const choices: Choice<ItemAction>[] = [];
  for (let level = min; level <= max; level++) {
    const anchor = ref.item.levels?.[String(level)];
    choices.push({
      value: `level:${level}`,
      name: wrapName(`${level} · ${text(levels[String(level)])}`, width),
      ...(anchor ? { description: wrapText(text(anchor), width) } : {}),
    });
  }
  return choices;
}

/** Answers that are not a level. */
function otherAnswerChoices(ctx: ScreenContext): Choice<ItemAction>[] {
  const { t, width } = ctx;
  return [
    { value: "dont-know", name: wrapName(t.prompt.dontKnow, width), description: wrapText(t.prompt.dontKnowHint, width) },
    { value: "na", name: wrapName(t.priorities.notApplicable, width), description: wrapText(t.priorities.notApplicableHint, width) },
  ];
}

function actionChoices(
  ctx: ScreenContext,
  ref: ItemRef,
  state: { note?: string; canGoBack: boolean; canSkip: boolean },
): Choice<ItemAction>[] {
  const { t, text, width } = ctx;
  const choices: Choice<ItemAction>[] = [{ value: "note", name: state.note ? t.prompt.editNote : t.prompt.addNote }];
  if (state.canGoBack) choices.push({ value: "back", name: t.prompt.back });
  if (state.canSkip)
    choices.push({
      value: "skip",
      name: wrapName(t.prompt.skipDimension(text(ref.dimension.title)), width),
      description: wrapText(t.prompt.skipHint, width),
    });
  return choices;
}

/** A digit key selects the level it names (single-digit levels only: 0–9 on a 0–4 or 1–5 scale). */
function levelKeys(ctx: ScreenContext): Record<string, ItemAction> {
  const { min, max } = ctx.rubric.data.scale;
  const keys: Record<string, ItemAction> = {};
  for (let level = Math.max(min, 0); level <= Math.min(max, 9); level++) keys[String(level)] = `level:${level}`;
  return keys;
}

/**
 * Every answer by dimension, to change any of them before scoring; "done" scores. The cursor starts on `cursor`
 * (the answer just changed).
 */
export function reviewScreen(
  ctx: ScreenContext,
  answers: ReadonlyMap<string, Answer>,
  cursor: ReviewAction = DONE,
): SelectScreen<ReviewAction> {
  const { rubric, t, text, width } = ctx;
  const { levels } = rubric.data.scale;
  const choices: Choice<ReviewAction>[] = [
    { value: DONE, name: wrapName(t.prompt.reviewDone, width), description: wrapText(t.prompt.reviewDoneHint, width) },
  ];
  let dimension = "";
  const asked = askedItems(ctx);
  for (const ref of asked) {
    if (ref.dimension.id !== dimension) {
      dimension = ref.dimension.id;
      choices.push({ separator: wrapText(`── ${text(ref.dimension.title)}`, width) });
    }
    const a = answers.get(ref.item.id);
    const value =
      a === undefined || a.level === null
        ? t.prompt.dontKnow
        : a.level === "na"
          ? t.priorities.notApplicable
          : `${a.level} · ${text(levels[String(a.level)])}`;
    choices.push({ value: `edit:${ref.item.id}`, name: wrapName(`${text(itemTitle(ref.item))}: ${value}${a?.note ? " ✎" : ""}`, width) });
  }
  const answered = asked.filter((ref) => typeof answers.get(ref.item.id)?.level === "number").length;
  return { message: wrapText(t.prompt.review(answered, asked.length), width), choices, default: cursor };
}
