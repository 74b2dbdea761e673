import { select } from "@inquirer/prompts";
import type { Io } from "../context.js";

/*
 * Every @inquirer/prompts call goes through here, and so does cancellation: Ctrl-C becomes a
 * PromptCancelled the flow above can catch to save what it has. Prompts render on stderr so that
 * stdout carries only the result.
 */

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export interface Prompter {
  select<T>(message: string, choices: readonly Choice<T>[], options?: { default?: T }): Promise<T>;
}

export class PromptCancelled extends Error {
  override name = "PromptCancelled";
}

export function terminalPrompter(io: Io): Prompter {
  const context = { input: io.stdin, output: io.stderr, clearPromptOnDone: false };
  return {
    async select(message, choices, options = {}) {
      try {
        return await select({ message, choices: [...choices], default: options.default, pageSize: Math.max(choices.length, 7), loop: false }, context);
      } catch (err) {
        // The class is not exported from @inquirer/prompts; its name is the stable part (TRAPS.md).
        if (err instanceof Error && (err.name === "ExitPromptError" || err.name === "AbortPromptError")) throw new PromptCancelled();
        throw err;
      }
    },
  };
}

/** An interactive run needs both ends of the conversation to be a terminal (SPEC section 2). */
export function hasTerminal(io: Io): boolean {
  return io.stdin.isTTY === true && io.stderr.isTTY === true;
}
