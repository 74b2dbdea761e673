import type { FormatName } from "../../formats.js";
import type { ComparisonRenderer } from "./common.js";
import { renderComparisonCsv } from "./csv.js";
import { renderComparisonHtml } from "./html.js";
import { renderComparisonJson } from "./json.js";
import { renderComparisonMarkdown } from "./markdown.js";
import { renderComparisonTable } from "./table.js";

/** Output formats of `gapcheck compare`, the same names as for a result: one renderer for each of FORMATS, or no compile. */
export const COMPARISON_RENDERERS = {
  table: renderComparisonTable,
  json: renderComparisonJson,
  markdown: renderComparisonMarkdown,
  csv: renderComparisonCsv,
  html: renderComparisonHtml,
} satisfies Record<FormatName, ComparisonRenderer>;

export type ComparisonFormat = FormatName;
export type { ComparisonRenderer, ComparisonRenderOptions } from "./common.js";
