import type { FormatName } from "../formats.js";
import type { Result } from "../scoring/result.js";
import type { Renderer } from "./types.js";

/**
 * The renderer of one format, loaded on demand: a command pays only for the format it prints
 * (cli-table3, the HTML charts… stay unloaded otherwise). Same functions as RENDERERS in index.ts;
 * the table of a result without a team panel comes without the panel's code.
 */
export async function loadRenderer(format: FormatName, result: Pick<Result, "panel">): Promise<Renderer> {
  switch (format) {
    case "table": {
      const { tableRenderer } = await import("./table.js");
      return tableRenderer(result.panel ? (await import("./panel.js")).panelTable : undefined);
    }
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
