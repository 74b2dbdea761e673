import type { FormatName } from "../formats.js";
import type { Renderer } from "./types.js";

/**
 * The renderer of one format, loaded on demand: a command pays only for the format it prints
 * (cli-table3, the HTML charts… stay unloaded otherwise). Same functions as RENDERERS in index.ts.
 */
export async function loadRenderer(format: FormatName): Promise<Renderer> {
  switch (format) {
    case "table":
      return (await import("./table.js")).renderTable;
    case "json":
      return (await import("./json.js")).renderJson;
    case "markdown":
      return (await import("./markdown.js")).renderMarkdown;
    case "csv":
      return (await import("./csv.js")).renderCsv;
    case "html":
      return (await import("./html.js")).renderHtml;
  }
}
