/*
 * The HTML reports' style sheets, kept as .css files (readable, linted by Biome) and inlined as text:
 * esbuild loads .css as a string (scripts/build.mjs) and so does vitest (vitest.config.ts). A report
 * is one self-contained file, so the sheet is shortened here: comments and the formatter's
 * indentation go, the rules stay as written.
 */
import report from "./report.css";

/** Drops comments, line breaks with their indentation, and the spaces around punctuation. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s*\n\s*/g, "")
    .replace(/\s*([{};>])\s*/g, "$1")
    .replace(/([,:])\s+/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}

/** The assess and aggregate report's sheet. */
export const REPORT_CSS = minifyCss(report);
