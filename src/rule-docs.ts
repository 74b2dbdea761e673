import type { Severity } from "./findings.js";

/**
 * Every rule id gapcheck reports, with its default severity, what it finds and how to fix it (SARIF's
 * `help`, shown beside an alert in code scanning). Ids are stable: tools (SARIF viewers, CI
 * annotations) and people's notes refer to them. The README's table lists the same.
 */
export const RULE_DOCS = {
  "file-unreadable": [
    "error",
    "The file cannot be read: it is missing, a directory, or not permitted.",
    "Check the path: it must name a file you may read, not a folder. Quote a path that holds spaces.",
  ],
  "file-too-large": [
    "error",
    "The file is larger than 4 MiB.",
    "Split the file or remove what it does not need: a rubric of a thousand items stays far below 4 MiB.",
  ],
  encoding: [
    "error",
    "The file is not valid UTF-8 (a BOM is allowed).",
    "Save the file as UTF-8 (in most editors: Save as, then the encoding UTF-8).",
  ],
  "empty-file": [
    "error",
    "The file holds nothing but whitespace or comments.",
    "Write the rubric's content, or start from the one `gapcheck init` writes.",
  ],
  "too-deep": ["error", "Nesting is deeper than 64 levels.", "Flatten the structure: the format needs only a few levels of nesting."],
  "yaml-syntax": [
    "error",
    "The YAML (or JSON) cannot be parsed.",
    "Fix the YAML at the line and column given. A value that holds `: ` or ` #` needs quotes.",
  ],
  "multiple-documents": [
    "error",
    "The file holds more than one YAML document.",
    "Keep one document a file: remove the `---` line or split the file in two.",
  ],
  "yaml-directive": ["error", "A %YAML directive other than 1.2.", "Remove the `%YAML` line, or write `%YAML 1.2`."],
  "yaml-tag": [
    "error",
    "A custom or non-core YAML tag such as !foo or !!binary.",
    "Remove the tag and write the plain value: only YAML's core types are read.",
  ],
  "duplicate-key": ["error", "The same key appears twice in one mapping.", "Keep one of the two keys, with the value you mean."],
  "forbidden-key": [
    "error",
    "A key named __proto__, constructor or prototype.",
    "Rename the key: these three names are refused because they would change how objects behave.",
  ],
  "bad-number": [
    "error",
    "A number that is not finite or too large to be an exact integer.",
    "Write a finite number between -9007199254740991 and 9007199254740991.",
  ],
  "alias-limit": [
    "error",
    "YAML aliases expand beyond the parser's limit.",
    "Write the repeated parts out, or use fewer aliases (`*name`).",
  ],
  "unknown-key": [
    "error",
    "A key the format does not have (usually a typo).",
    "Correct the key (the message suggests the closest allowed one) or remove it; `gapcheck schema rubric` lists every key.",
  ],
  "missing-field": ["error", "A required field is absent.", "Add the field the message names."],
  "invalid-type": [
    "error",
    "A value of the wrong type; nothing is coerced.",
    "Write the value as the type the message names, for example a number without quotes.",
  ],
  "invalid-value": ["error", "A value out of range or of the wrong form.", "Change the value to one the message allows."],
  "duplicate-id": [
    "error",
    "A group, tag, dimension, item or profile id is used twice.",
    "Give each its own id. Answers and profiles refer to ids: when an item gets a new id, list the old one under `history.renamed`.",
  ],
  "unknown-group": [
    "error",
    "A dimension refers to a group that does not exist.",
    "Use the id of one of the rubric's `groups`, or add the group.",
  ],
  "unknown-tag": ["error", "An item refers to a tag that does not exist.", "Use the id of one of the rubric's `tags`, or add the tag."],
  "unknown-dimension": [
    "error",
    "A profile refers to a dimension that does not exist.",
    "Use the id of one of the rubric's dimensions, or add the dimension.",
  ],
  "unknown-item": [
    "error",
    "A reference to an item that does not exist.",
    "Use the id of one of the rubric's items; an item's old id belongs only under `history.renamed`.",
  ],
  "unknown-profile": [
    "error",
    "A reference to a profile that does not exist.",
    "Use the id of one of the rubric's `profiles`, or add the profile.",
  ],
  "missing-target": ["error", "A profile has no target for a dimension.", "Add a target for that dimension to the profile's `targets`."],
  "scale-levels": [
    "error",
    "The scale's labels are not exactly min..max, or max is not above min.",
    "Give one label to every level from `min` to `max`, and make `max` greater than `min`.",
  ],
  "level-out-of-scale": [
    "error",
    "An anchor, target or answer lies outside the scale.",
    "Change the level to one from the scale's `min` to its `max`.",
  ],
  "fixture-failed": [
    "error",
    "A rubric fixture's expected priorities or index range does not hold.",
    "An edit of weights, targets or items changed what the fixture expects: check " +
      "that the change is meant, then update the fixture's `expect`.",
  ],
  "missing-translation": [
    "warning",
    "A text is missing for a declared locale.",
    "Add the text in that language, or remove the language from `locales`.",
  ],
  "unknown-locale": [
    "warning",
    "A text is given in a locale the rubric does not declare.",
    "Add the language to the rubric's `locales`, or remove the text.",
  ],
  "empty-group": ["warning", "No dimension belongs to the group.", "Put a dimension in the group, or remove the group."],
  "unused-tag": ["warning", "No item uses the tag.", "Tag an item with it, or remove the tag."],
  "rubric-mismatch": [
    "error",
    "The answers were made for another rubric.",
    "Use the rubric the answers were made for (`-r FILE`), or start new answers with `gapcheck template`.",
  ],
  "rubric-version": [
    "warning",
    "The answers were made for another version of the rubric.",
    "Check that the questions still mean the same in this version: `gapcheck diff OLD NEW` shows what changed.",
  ],
  "removed-item": [
    "warning",
    "An answer for an item the rubric's history lists as removed (or for an old id whose new id is answered too); it is ignored.",
    "Nothing needs doing: remove the answer, or answer the item that replaced it.",
  ],
} as const satisfies Record<string, readonly [Severity, string, string]>;

export type RuleId = keyof typeof RULE_DOCS;
export const RULE_IDS = Object.keys(RULE_DOCS) as RuleId[];
