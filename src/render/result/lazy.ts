import type { FormatName } from "../../formats.js";
import type { Result } from "../../scoring/result.js";
import type { Renderer } from "../types.js";

type Loader = (result: Pick<Result, "panel">) => Promise<Renderer>;

/**
 * The renderer of each format, loaded on demand: a command pays only for the format it prints
 * (cli-table3, the HTML charts… stay unloaded otherwise). The same functions as RENDERERS in
 * index.ts; the table of a result without a team panel comes without the panel's code.
 */
const LOADERS: Record<FormatName, Loader> = {
  table: async (result) => {
    const { tableRenderer } = await import("./table.js");
    return tableRenderer(result.panel ? (await import("./panel.js")).panelTable : undefined);
  },
  json: async () => (await import("./json.js")).renderJson,
  markdown: async () => (await import("./markdown.js")).renderMarkdown,
  csv: async () => (await import("./csv.js")).renderCsv,
  html: async () => (await import("./html.js")).renderHtml,
};

export function loadRenderer(format: FormatName, result: Pick<Result, "panel">): Promise<Renderer> {
  return LOADERS[format](result);
}
