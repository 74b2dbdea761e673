import { Chalk } from "chalk";
import type { Comparison } from "../compare/schema.js";
import type { FormatName } from "../formats.js";
import type { Match } from "../match/schema.js";
import type { Result } from "../scoring/result.js";
import { COMPARISON_RENDERERS } from "./compare/index.js";
import { RENDERERS } from "./result/index.js";
import { MATCH_RENDERERS } from "./match/index.js";
import type { RenderOptions } from "./types.js";

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
  return pick(RENDERERS, format)(result, options(settings));
}

/** A comparison (`compare`) as text in one format: what `gapcheck compare --format FORMAT --out FILE` writes. Pure. */
export function renderComparison(comparison: Comparison, format: FormatName, settings: RenderSettings = {}): string {
  return pick(COMPARISON_RENDERERS, format)(comparison, options(settings));
}

/** A match (`match`) as text in one format: what `gapcheck match --format FORMAT --out FILE` writes. Pure. */
export function renderMatch(match: Match, format: FormatName, settings: RenderSettings = {}): string {
  return pick(MATCH_RENDERERS, format)(match, options(settings));
}

function options(settings: RenderSettings): RenderOptions {
  return { color: new Chalk({ level: settings.color ? 2 : 0 }), width: settings.width ?? 80 };
}

/** The renderer of a format; a JavaScript caller's unknown format is a TypeError naming the known ones. */
function pick<R>(registry: Readonly<Record<FormatName, R>>, format: FormatName): R {
  if (!Object.hasOwn(registry, format))
    throw new TypeError(`unknown format "${String(format)}"; one of ${Object.keys(registry).join(", ")}`);
  return registry[format];
}
