import { Chalk } from "chalk";
import type { FormatName } from "../formats.js";
import type { Result } from "../scoring/result.js";
import { RENDERERS } from "./index.js";
import type { Renderer } from "./types.js";

/** What a library caller may set when rendering a result. */
export interface RenderSettings {
  /** ANSI colour in the table format; off unless asked for. */
  color?: boolean;
  /** Width the table format fits; 80 unless given. */
  width?: number;
}

/**
 * A result as text in one format: the same text `gapcheck report --format FORMAT --out FILE` writes.
 * Pure: nothing is read from the environment or the clock.
 */
export function render(result: Result, format: FormatName, settings: RenderSettings = {}): string {
  const renderer: Renderer | undefined = Object.hasOwn(RENDERERS, format) ? RENDERERS[format] : undefined;
  if (!renderer) throw new TypeError(`unknown format "${String(format)}"; one of ${Object.keys(RENDERERS).join(", ")}`);
  return renderer(result, { color: new Chalk({ level: settings.color ? 2 : 0 }), width: settings.width ?? 80 });
}
