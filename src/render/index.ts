import { renderJson } from "./json.js";
import { renderTable } from "./table.js";
import type { Renderer } from "./types.js";

/** Output formats by name; `assess --format` and (later) `report --format` both use this registry. */
export const RENDERERS = {
  table: renderTable,
  json: renderJson,
} satisfies Record<string, Renderer>;

export type FormatName = keyof typeof RENDERERS;
export const FORMATS = Object.keys(RENDERERS) as FormatName[];
