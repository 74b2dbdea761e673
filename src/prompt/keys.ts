import { StringDecoder } from "node:string_decoder";
import { PassThrough, Writable } from "node:stream";
import type { Io } from "../context.js";

/*
 * What reaches a prompt from the keyboard. Two promises:
 *
 * - No key is applied to a screen the person has not seen. A key typed while one screen closes and
 *   the next is being drawn (the draft is written in between) would otherwise land on the next
 *   question unseen. Keys are dropped until the new screen is on the terminal, and while a burst of
 *   typing that began before it goes on: input opens again after QUIET_MS without a key.
 * - A digit on a question selects that level (SelectScreen.keys), never the n-th line of the list as
 *   inquirer would; a digit that names no level does nothing.
 *
 * Ctrl-C always counts: a dropped Ctrl-C cancels the screen that is (or is about to be) shown.
 */

/** How long input must be quiet after dropped keys before keys are taken again. */
export const QUIET_MS = 250;

/**
 * How long the gate reads (and drops) input before the first screen is drawn. Keys typed while
 * gapcheck started wait in the terminal's queue and are readable at once when reading starts; one
 * turn of the event loop reads them, the rest is margin for a busy machine.
 */
export const START_DRAIN_MS = 40;

const CTRL_C = "\x03";
const UP = "\x1b[A";
const DOWN = "\x1b[B";

/** Terminal input split into keys: an escape sequence (arrow, function key) stays one key. */
export function splitKeys(data: string): string[] {
  // CSI (ESC [ params intermediates final), SS3 (ESC O x), ESC + one key, then any one character.
  return data.match(/\x1b\[[0-?]*[ -/]*[@-~]|\x1bO.|\x1b[\s\S]?|[\s\S]/gu) ?? [];
}

/**
 * The keys inquirer should see for what was typed on a select screen: a digit with a target becomes
 * the moves that put the cursor on it (to the top, then down), any other digit is dropped.
 * `targets[digit]` is the target's position among the screen's choices (separators not counted).
 */
export function translateDigits(data: string, targets: Readonly<Record<string, number>>, choices: number): string {
  return splitKeys(data)
    .map((key) => {
      if (!/^[0-9]$/.test(key)) return key;
      const position = targets[key];
      return position === undefined ? "" : UP.repeat(choices) + DOWN.repeat(position);
    })
    .join("");
}

export interface PromptContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  signal: AbortSignal;
  clearPromptOnDone: boolean;
}

interface Current {
  input: PassThrough;
  abort: AbortController;
  translate: (data: string) => string;
  shown: boolean;
}

/** A prompt's stdin: one per prompt, so nothing typed for one screen is left buffered for the next. */
function promptInput(): PassThrough {
  // inquirer (readline) puts a terminal into raw mode itself; the gate keeps the real one raw.
  return Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
}

/** The terminal a prompt draws on; its first write is the screen appearing. */
class ScreenOutput extends Writable {
  constructor(
    private readonly target: Io["stderr"] & { rows?: number },
    private readonly onShown: () => void,
  ) {
    super();
  }
  get columns() {
    return this.target.columns;
  }
  get rows() {
    return this.target.rows;
  }
  get isTTY() {
    return this.target.isTTY;
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.target.write(chunk, () => undefined);
    this.onShown();
    done();
  }
}

/** Owns the terminal's input for the questionnaire: raw mode on from the first prompt until close(). */
export class KeyGate {
  private current: Current | undefined;
  private lastDropped = Number.NEGATIVE_INFINITY;
  private pendingCancel = false;
  private started = false;
  private readonly decoder = new StringDecoder("utf8");
  private readonly stdin: Io["stdin"] & { setRawMode?: (raw: boolean) => unknown };

  constructor(
    private readonly io: Io,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.stdin = io.stdin;
  }

  private readonly onData = (chunk: Buffer | string) => {
    const data = typeof chunk === "string" ? chunk : this.decoder.write(chunk);
    const now = this.now();
    const p = this.current;
    if (p === undefined || !p.shown || now - this.lastDropped < QUIET_MS) {
      this.lastDropped = now;
      if (data.includes(CTRL_C)) {
        if (p) p.abort.abort();
        else this.pendingCancel = true;
      }
      return;
    }
    p.input.write(p.translate(data));
  };

  /** Runs one prompt with input that only carries keys typed after its screen appeared. */
  async run<R>(prompt: (context: PromptContext) => Promise<R>, translate: (data: string) => string = (d) => d): Promise<R> {
    await this.start();
    const current: Current = { input: promptInput(), abort: new AbortController(), translate, shown: false };
    const output = new ScreenOutput(this.io.stderr, () => {
      current.shown = true;
    });
    this.current = current;
    if (this.pendingCancel) {
      this.pendingCancel = false;
      current.abort.abort();
    }
    try {
      return await prompt({ input: current.input, output, signal: current.abort.signal, clearPromptOnDone: true });
    } finally {
      if (this.current === current) this.current = undefined;
      current.input.end();
    }
  }

  /**
   * Takes the terminal's input, and drops what was typed before gapcheck drew anything: the keys
   * already queued arrive while no prompt runs, so onData drops them (and keeps dropping while that
   * typing goes on). Without this, they would reach the first screen as soon as it is drawn.
   */
  private async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.stdin.setRawMode?.(true);
    this.stdin.on("data", this.onData);
    this.stdin.resume();
    await new Promise((resolve) => setTimeout(resolve, START_DRAIN_MS));
  }

  /** Gives the terminal back: cooked mode, stdin paused (so the process can end). */
  close(): void {
    if (!this.started) return;
    this.started = false;
    this.stdin.off("data", this.onData);
    this.stdin.setRawMode?.(false);
    this.stdin.pause();
  }
}
