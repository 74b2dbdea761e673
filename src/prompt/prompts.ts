import { input, select, Separator } from "@inquirer/prompts";
import type { Io } from "../context.js";
import { KeyGate, translateDigits } from "./keys.js";

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
  /** Keys that put the cursor on a choice: on a question, a digit selects that level. Other digits do nothing. */
  keys?: Readonly<Record<string, T>>;
}

export interface InputScreen {
  message: string;
  default?: string;
}

/** What the questionnaire needs from a terminal; tests implement it with scripted answers. */
export interface Prompter {
  select<T>(screen: SelectScreen<T>): Promise<T>;
  input(screen: InputScreen): Promise<string>;
  /** Gives the terminal back when the questions are over (or cancelled). */
  close?(): void;
}

export class PromptCancelled extends Error {
  override name = "PromptCancelled";
}

/** The words of inquirer's key hint ("↑↓ navigate • ⏎ select") in the user's language. */
export type KeyWords = Record<string, string>;

/** Rows kept free around the list: the blank line under it, the key hint, the cursor's line. */
const CHROME_ROWS = 3;
const MIN_PAGE = 5;

/**
 * How many choices fit on the terminal at once, below the message and above the description of the
 * highlighted choice (the longest one is counted, so the screen never scrolls as the cursor moves).
 * inquirer's page size is in lines, so a choice wrapped over two lines counts twice.
 */
export function pageSizeFor<T>(screen: SelectScreen<T>, rows: number | undefined): number {
  const lines = (s: string | undefined) => (s ? s.split("\n").length : 0);
  const choices = screen.choices.reduce((n, c) => n + Math.max(1, lines("separator" in c ? c.separator : c.name)), 0);
  const description = Math.max(0, ...screen.choices.map((c) => ("separator" in c ? 0 : lines(c.description))));
  const room = (rows ?? 24) - lines(screen.message) - description - CHROME_ROWS;
  return Math.min(choices, Math.max(MIN_PAGE, room));
}

/** inquirer's select config for a screen (exported for the @inquirer/testing tests). */
export function selectConfig<T>(screen: SelectScreen<T>, keyWords: KeyWords = {}, rows?: number) {
  const choices = screen.choices.map((c) => ("separator" in c ? new Separator(c.separator) : c));
  const keysHelpTip = (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${keyWords[action] ?? action}`).join(" • ");
  return {
    message: screen.message,
    choices,
    default: screen.default,
    pageSize: pageSizeFor(screen, rows),
    loop: false,
    theme: { style: { keysHelpTip } },
  };
}

export function inputConfig(screen: InputScreen) {
  return { message: screen.message, default: screen.default };
}

/** A digit's target on a screen: its choice's position among the choices (separators do not count). */
function digitTargets<T>(screen: SelectScreen<T>): Record<string, number> {
  const values = screen.choices.flatMap((c) => ("separator" in c ? [] : [c.value]));
  const targets: Record<string, number> = {};
  for (const [key, value] of Object.entries(screen.keys ?? {})) {
    const position = values.indexOf(value);
    if (position >= 0) targets[key] = position;
  }
  return targets;
}

export function terminalPrompter(io: Io, keyWords: KeyWords = {}): Prompter {
  // Answered screens are cleared (clearPromptOnDone): the progress line says where one is, and 40
  // questions of history would bury it. The gate decides which keys reach a screen (prompt/keys.ts).
  const gate = new KeyGate(io);
  const cancellable = async <R>(run: () => Promise<R>): Promise<R> => {
    try {
      return await run();
    } catch (err) {
      // The class is not exported from @inquirer/prompts; its name is the stable part (TRAPS.md).
      if (err instanceof Error && (err.name === "ExitPromptError" || err.name === "AbortPromptError")) throw new PromptCancelled();
      throw err;
    }
  };
  const rows = () => (io.stderr as { rows?: number }).rows;
  return {
    select: (screen) => {
      const targets = digitTargets(screen);
      const count = screen.choices.length;
      return cancellable(() =>
        gate.run(
          (context) => select(selectConfig(screen, keyWords, rows()), context),
          (data) => translateDigits(data, targets, count),
        ),
      );
    },
    input: (screen) => cancellable(() => gate.run((context) => input(inputConfig(screen), context))),
    close: () => gate.close(),
  };
}

/** An interactive run needs both ends of the conversation to be a terminal (docs/exit-codes.md#streams-and-colour). */
export function hasTerminal(io: Io): boolean {
  return io.stdin.isTTY === true && io.stderr.isTTY === true;
}
