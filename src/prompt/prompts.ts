import { input, select, Separator } from "@inquirer/prompts";
import type { Io } from "../context.js";

/*
 * Every @inquirer/prompts call goes through here, and so does cancellation: Ctrl-C becomes a
 * PromptCancelled the flow above can catch to report what was kept. Prompts render on stderr so
 * that stdout carries only the result.
 */

export type Choice<T> = { value: T; name: string; description?: string } | { separator: string };

export interface SelectScreen<T> {
  message: string;
  choices: readonly Choice<T>[];
  default?: T;
}

export interface InputScreen {
  message: string;
  default?: string;
}

/** What the questionnaire needs from a terminal; tests implement it with scripted answers. */
export interface Prompter {
  select<T>(screen: SelectScreen<T>): Promise<T>;
  input(screen: InputScreen): Promise<string>;
}

export class PromptCancelled extends Error {
  override name = "PromptCancelled";
}

/** The words of inquirer's key hint ("↑↓ navigate • ⏎ select") in the user's language. */
export type KeyWords = Record<string, string>;

/** inquirer's select config for a screen (exported for the @inquirer/testing tests). */
export function selectConfig<T>(screen: SelectScreen<T>, keyWords: KeyWords = {}) {
  const choices = screen.choices.map((c) => ("separator" in c ? new Separator(c.separator) : c));
  const keysHelpTip = (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${keyWords[action] ?? action}`).join(" • ");
  return { message: screen.message, choices, default: screen.default, pageSize: 12, loop: false, theme: { style: { keysHelpTip } } };
}

export function inputConfig(screen: InputScreen) {
  return { message: screen.message, default: screen.default };
}

export function terminalPrompter(io: Io, keyWords: KeyWords = {}): Prompter {
  // Answered screens are cleared: the progress line says where one is, and 40 questions of history would bury it.
  const context = { input: io.stdin, output: io.stderr, clearPromptOnDone: true };
  const cancellable = async <R>(run: () => Promise<R>): Promise<R> => {
    try {
      return await run();
    } catch (err) {
      // The class is not exported from @inquirer/prompts; its name is the stable part (TRAPS.md).
      if (err instanceof Error && (err.name === "ExitPromptError" || err.name === "AbortPromptError")) throw new PromptCancelled();
      throw err;
    }
  };
  return {
    select: (screen) => cancellable(() => select(selectConfig(screen, keyWords), context)),
    input: (screen) => cancellable(() => input(inputConfig(screen), context)),
  };
}

/** An interactive run needs both ends of the conversation to be a terminal (SPEC section 2). */
export function hasTerminal(io: Io): boolean {
  return io.stdin.isTTY === true && io.stderr.isTTY === true;
}
