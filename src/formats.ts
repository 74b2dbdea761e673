/*
 * The names the command line offers and the modules behind it implement: one list each, in a module
 * with no dependencies, so that cli.ts can build its choices without loading any renderer.
 */

/** Output formats of `assess` and `report` (render/result/index.ts keys its registry by these). */
export const FORMATS = ["table", "json", "markdown", "csv", "html"] as const;
export type FormatName = (typeof FORMATS)[number];

/** Output formats of `validate` (render/findings/index.ts). */
export const VALIDATE_FORMATS = ["text", "json", "github", "sarif"] as const;
export type FindingsFormat = (typeof VALIDATE_FORMATS)[number];

/** Output formats of `diff` (render/diff/index.ts). */
export const DIFF_FORMATS = ["text", "json", "markdown"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Formats of `gapcheck template` (render/template/index.ts). */
/** (1.2) `form`: the workshop's questionnaire as one offline HTML page that saves an answers file. */
/** (1.2) `gforms`: a Google Apps Script that creates the questionnaire as a Google Form. */
export const TEMPLATE_FORMATS = ["csv", "markdown", "html", "form", "gforms"] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

/** The file formats `gapcheck schema` describes. */
export const SCHEMA_NAMES = ["rubric", "answers", "result", "comparison", "match"] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** The least --min-group (docs/team.md#anonymity): below 3, one person's answer could be shown as a group's. */
export const MIN_GROUP_FLOOR = 3;
