import type { Severity } from "./findings.js";

/**
 * Every rule id gapcheck reports, with its default severity and what it finds. Ids are stable: tools
 * (SARIF viewers, CI annotations) and people's notes refer to them. The README's table lists the same.
 */
export const RULE_DOCS = {
  "file-unreadable": ["error", "The file cannot be read: it is missing, a directory, or not permitted."],
  "file-too-large": ["error", "The file is larger than 4 MiB."],
  encoding: ["error", "The file is not valid UTF-8 (a BOM is allowed)."],
  "empty-file": ["error", "The file holds nothing but whitespace or comments."],
  "too-deep": ["error", "Nesting is deeper than 64 levels."],
  "yaml-syntax": ["error", "The YAML (or JSON) cannot be parsed."],
  "multiple-documents": ["error", "The file holds more than one YAML document."],
  "yaml-directive": ["error", "A %YAML directive other than 1.2."],
  "yaml-tag": ["error", "A custom or non-core YAML tag such as !foo or !!binary."],
  "duplicate-key": ["error", "The same key appears twice in one mapping."],
  "forbidden-key": ["error", "A key named __proto__, constructor or prototype."],
  "bad-number": ["error", "A number that is not finite or too large to be an exact integer."],
  "alias-limit": ["error", "YAML aliases expand beyond the parser's limit."],
  "unknown-key": ["error", "A key the format does not have (usually a typo)."],
  "missing-field": ["error", "A required field is absent."],
  "invalid-type": ["error", "A value of the wrong type; nothing is coerced."],
  "invalid-value": ["error", "A value out of range or of the wrong form."],
  "duplicate-id": ["error", "A group, tag, dimension, item or profile id is used twice."],
  "unknown-group": ["error", "A dimension refers to a group that does not exist."],
  "unknown-tag": ["error", "An item refers to a tag that does not exist."],
  "unknown-dimension": ["error", "A profile refers to a dimension that does not exist."],
  "unknown-item": ["error", "A reference to an item that does not exist."],
  "unknown-profile": ["error", "A reference to a profile that does not exist."],
  "missing-target": ["error", "A profile has no target for a dimension."],
  "scale-levels": ["error", "The scale's labels are not exactly min..max, or max is not above min."],
  "level-out-of-scale": ["error", "An anchor, target or answer lies outside the scale."],
  "fixture-failed": ["error", "A rubric fixture's expected priorities or index range does not hold."],
  "missing-translation": ["warning", "A text is missing for a declared locale."],
  "unknown-locale": ["warning", "A text is given in a locale the rubric does not declare."],
  "empty-group": ["warning", "No dimension belongs to the group."],
  "unused-tag": ["warning", "No item uses the tag."],
  "rubric-mismatch": ["error", "The answers were made for another rubric."],
  "rubric-version": ["warning", "The answers were made for another version of the rubric."],
  "removed-item": [
    "warning",
    "An answer for an item the rubric's history lists as removed (or for an old id whose new id is answered too); it is ignored.",
  ],
} as const satisfies Record<string, readonly [Severity, string]>;

export type RuleId = keyof typeof RULE_DOCS;
export const RULE_IDS = Object.keys(RULE_DOCS) as RuleId[];
