import type { Answer } from "../scoring/score.js";
import type { Prompter } from "./prompts.js";
import {
  DONE,
  dimensionHeader,
  itemScreen,
  nameScreen,
  noteScreen,
  profileScreen,
  reviewScreen,
  roleScreen,
  type ItemAction,
  type ReviewAction,
  type ScreenContext,
} from "./screens.js";

/** What the questionnaire has gathered; mutated as it goes, so a cancelled run keeps every answer. */
export interface FlowState {
  profileId: string;
  respondent?: { name?: string; role?: string };
  answers: Map<string, Answer>;
}

export interface FlowOptions {
  ctx: ScreenContext;
  prompter: Prompter;
  state: FlowState;
  /** Ask for the profile (not when --profile was given or a draft is resumed). */
  askProfile: boolean;
  /** Ask for the respondent's name and role (not when a draft is resumed). */
  askRespondent: boolean;
  /** Runs after every change, before the next screen: this is where the draft is written. */
  onChange: (state: FlowState) => Promise<void>;
}

/**
 * The interactive assessment: profile and respondent, then every item in rubric order (back, skip
 * the rest of a dimension, notes), then a review where any answer can be changed. Starts at the
 * first unanswered item, so a resumed draft continues where it stopped.
 */
export async function runQuestionnaire(given: FlowOptions): Promise<FlowState> {
  const { prompter, state } = given;
  if (given.askProfile) state.profileId = await prompter.select(profileScreen(given.ctx, state.profileId));
  // Items the chosen role excludes do not apply (docs/scoring.md#not-applicable): not asked, and said so once.
  const exclude = new Set(given.ctx.rubric.profileById.get(state.profileId)?.exclude ?? []);
  const items = given.ctx.rubric.items.filter((ref) => !exclude.has(ref.item.id));
  const ctx: ScreenContext = { ...given.ctx, asked: items, excluded: given.ctx.rubric.items.length - items.length };
  const o: FlowOptions = { ...given, ctx };
  if (o.askRespondent) {
    const name = (await prompter.input(nameScreen(ctx.t))).trim();
    const role = (await prompter.input(roleScreen(ctx.t))).trim();
    if (name || role) state.respondent = { ...(name ? { name } : {}), ...(role ? { role } : {}) };
  }

  const seenDimensions = new Set<string>();
  const notes = new Map<string, string>();
  let i = items.findIndex((ref) => !state.answers.has(ref.item.id));
  if (i < 0) i = items.length;
  while (i < items.length) {
    const ref = items[i]!;
    const firstOfDimension = !seenDimensions.has(ref.dimension.id);
    const previous = items[i - 1];
    seenDimensions.add(ref.dimension.id);
    const action = await askItem(o, i, notes, {
      header: firstOfDimension ? dimensionHeader(ctx, ref, !previous || previous.dimension.group !== ref.dimension.group) : undefined,
      canGoBack: i > 0,
      canSkip: true,
    });
    if (action === "back") i--;
    else if (action === "skip") {
      for (; i < items.length && items[i]!.dimension === ref.dimension; i++) {
        if (!state.answers.has(items[i]!.item.id)) state.answers.set(items[i]!.item.id, { level: null });
      }
      await o.onChange(state);
    } else i++;
  }

  let cursor: ReviewAction = DONE;
  for (;;) {
    const choice: ReviewAction = await prompter.select(reviewScreen(ctx, state.answers, cursor));
    if (choice === DONE) return state;
    cursor = choice;
    const index = items.findIndex((ref) => `edit:${ref.item.id}` === choice);
    if (index >= 0) await askItem(o, index, notes, { canGoBack: false, canSkip: false });
  }
}

/**
 * One item screen until the person gives an answer (or goes back or skips). "Add a note" asks for
 * the note and returns to the same screen.
 */
async function askItem(
  o: FlowOptions,
  index: number,
  notes: Map<string, string>,
  options: { header?: string | undefined; canGoBack: boolean; canSkip: boolean },
): Promise<"answered" | "back" | "skip"> {
  const { ctx, prompter, state } = o;
  const ref = ctx.asked![index]!;
  const id = ref.item.id;
  for (;;) {
    const answer = state.answers.get(id);
    const note = notes.get(id) ?? answer?.note;
    const action: ItemAction = await prompter.select(
      itemScreen(ctx, ref, { ...options, ...(answer ? { answer } : {}), ...(note ? { note } : {}) }),
    );
    if (action === "back" || action === "skip") return action;
    if (action === "note") {
      const text = (await prompter.input(noteScreen(ctx, ref, note))).trim();
      notes.set(id, text);
      if (answer) {
        state.answers.set(id, withNote(answer.level, text));
        await o.onChange(state);
      }
      continue;
    }
    state.answers.set(id, withNote(action === "dont-know" ? null : action === "na" ? "na" : Number(action.slice("level:".length)), note));
    await o.onChange(state);
    return "answered";
  }
}

function withNote(level: Answer["level"], note: string | undefined): Answer {
  return note ? { level, note } : { level };
}
