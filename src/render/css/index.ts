/*
 * The HTML reports' style sheets, kept as .css files (readable, linted by Biome) and inlined as text:
 * esbuild loads .css as a string (scripts/build.mjs) and so does vitest (vitest.config.ts). A report
 * is one self-contained file, so the sheet is shortened here: comments and the formatter's
 * indentation go, the rules stay as written.
 */
import compare from "./compare.css";
import match from "./match.css";
import panel from "./panel.css";
import print from "./print.css";
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

/** A4, page numbers and what a page break may not cut: every HTML output ends its sheet with it. */
export const PRINT_CSS = minifyCss(print);

/** The assess and aggregate report's sheet (with the print rules). */
export const REPORT_CSS = minifyCss(report) + PRINT_CSS;

/** What only the match report has, on top of REPORT_CSS (its bars and heat map). */
export const MATCH_CSS = minifyCss(match);

/** The progress report's own sheet (compare -f html), before PRINT_CSS. */
export const COMPARE_CSS = minifyCss(compare);

/** The team panel of an aggregate report (groups, level bars, split items), on top of REPORT_CSS. */
export const PANEL_CSS = minifyCss(panel);
