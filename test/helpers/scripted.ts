import type { AssessOptions } from "../../src/commands/assess.js";
import { PromptCancelled, type InputScreen, type Prompter, type SelectScreen } from "../../src/prompt/prompts.js";
import type { fakeIo } from "./io.js";

export type Step = { select: (screen: SelectScreen<string>) => string } | { input: (screen: InputScreen) => string } | "cancel";

/**
 * A Prompter that answers from a script: each step sees the screen the flow shows (so a test can
 * assert on it) and returns what the person would choose. Running past the script is an error.
 */
export function scripted(steps: Step[]): Prompter & { screens: (SelectScreen<string> | InputScreen)[]; remaining: () => number } {
  const queue = [...steps];
  const screens: (SelectScreen<string> | InputScreen)[] = [];
  const next = () => {
    const step = queue.shift();
    if (step === undefined) throw new Error("the flow asked more than the script answers");
    if (step === "cancel") throw new PromptCancelled();
    return step;
  };
  return {
    screens,
    remaining: () => queue.length,
    async select<T>(screen: SelectScreen<T>): Promise<T> {
      screens.push(screen as SelectScreen<string>);
      const step = next();
      if (!("select" in step)) throw new Error(`expected an input step, the flow showed a select: ${screen.message}`);
      const value = step.select(screen as SelectScreen<string>);
      const allowed = screen.choices.flatMap((c) => ("value" in c ? [c.value as string] : []));
      if (!allowed.includes(value)) throw new Error(`"${value}" is not a choice on: ${screen.message}\nchoices: ${allowed.join(", ")}`);
      return value as T;
    },
    async input(screen) {
      screens.push(screen);
      const step = next();
      if (!("input" in step)) throw new Error(`expected a select step, the flow showed an input: ${screen.message}`);
      return step.input(screen);
    },
  };
}

export const choose = (value: string): Step => ({ select: () => value });
export const type = (text: string): Step => ({ input: () => text });
export const level = (n: number): Step => choose(`level:${n}`);

/** The options of an interactive `assess` that `steps` answer: JSON out, the CMO profile, unless `extra` says otherwise. */
export const scriptedAssess = (io: ReturnType<typeof fakeIo>, steps: Step[], extra: Partial<AssessOptions> = {}): AssessOptions => ({
  format: "json",
  pareto: 0.8,
  io,
  prompter: scripted(steps),
  profile: "cmo",
  ...extra,
});

/** The respondent's name and role, then `levels` for the first items. */
export const respondent = (...levels: number[]): Step[] => [type("Anna"), type("CMO"), ...levels.map(level)];
