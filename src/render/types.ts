import type { ChalkInstance } from "chalk";
import type { Result } from "../scoring/result.js";

export interface RenderOptions {
  color: ChalkInstance;
  /** Terminal width to fit; 80 for a pipe or a file (--out), so a saved report never depends on the window. */
  width: number;
}

/** A renderer is pure: the result and options in, the whole text out. */
export type Renderer = (result: Result, options: RenderOptions) => string;
