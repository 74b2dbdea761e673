import type { FormatName } from "../../formats.js";
import { renderCsv } from "./csv.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { panelTable } from "./panel.js";
import { tableRenderer } from "./table.js";
import type { Renderer } from "../types.js";

/**
 * A result's renderers by format, all loaded: the library's `render` uses it. The CLI loads one
 * renderer on demand through render/result/lazy.ts instead. Both are keyed by FORMATS, so a format added
 * there without a renderer in each does not compile (test/code/registries.test.ts proves it).
 */
export const RENDERERS = {
  table: tableRenderer(panelTable),
  json: renderJson,
  markdown: renderMarkdown,
  csv: renderCsv,
  html: renderHtml,
} satisfies Record<FormatName, Renderer>;

export { FORMATS, type FormatName } from "../../formats.js";
