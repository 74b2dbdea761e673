import type { FormatName } from "../formats.js";
import { renderCsv } from "./csv.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { panelTable } from "./panel.js";
import { tableRenderer } from "./table.js";
import type { Renderer } from "./types.js";

/** Output formats by name; `assess --format` and `report --format` both use this registry. */
export const RENDERERS = {
  table: tableRenderer(panelTable),
  json: renderJson,
  markdown: renderMarkdown,
  csv: renderCsv,
  html: renderHtml,
} satisfies Record<FormatName, Renderer>;

export { FORMATS, type FormatName } from "../formats.js";
