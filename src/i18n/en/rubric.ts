import { RULE_DOCS, RULE_IDS, type RuleId } from "../../rule-docs.js";

/** Checking and changing rubrics: validate's rules, SARIF rule texts, history, diff and init. */
export const rubric = {
  /** What each rule finds (SARIF's rule descriptions): rule-docs.ts holds the English, the README's table. */
  ruleDocs: Object.fromEntries(RULE_IDS.map((id) => [id, RULE_DOCS[id][1]])) as Record<RuleId, string>,
  /** How to fix what each rule finds (SARIF's `help`). */
  ruleHelp: Object.fromEntries(RULE_IDS.map((id) => [id, RULE_DOCS[id][2]])) as Record<RuleId, string>,
  /** What a rule's severity does (the end of SARIF's `fullDescription`). */
  ruleSeverity: {
    error: "Reported as an error: `gapcheck validate` exits 1.",
    warning: "Reported as a warning: `gapcheck validate` exits 0 unless `--strict` is given.",
  },
  rules: {
    duplicateId: (kind: string, id: string, line: number, col: number) => `${kind} id "${id}" is already used at ${line}:${col}`,
    unknownRef: (kind: string, id: string, allowed: string[]) =>
      `unknown ${kind} "${id}"; ${allowed.length ? `known: ${abbreviate(allowed)}` : `none is defined`}`,
    missingTarget: (profile: string, dimension: string) => `profile "${profile}" has no target for dimension "${dimension}"`,
    scaleOrder: (min: number, max: number) => `scale max (${max}) must be greater than min (${min})`,
    scaleMissingLevel: (level: number) => `scale has no label for level ${level}; levels must be exactly min..max`,
    scaleExtraLevel: (key: string, min: number, max: number) => `level ${key} is outside the scale ${min}..${max}`,
    outOfScale: (what: string, value: number, min: number, max: number) =>
      `${what} ${value} is outside the scale; allowed: integers ${min}..${max}`,
    missingTranslation: (locales: string[]) => `text missing for locale${locales.length > 1 ? "s" : ""} ${locales.join(", ")}`,
    undeclaredLocale: (locale: string, declared: string[]) => `locale "${locale}" is not in locales (${declared.join(", ")})`,
    emptyGroup: (group: string) => `group "${group}" has no dimensions`,
    unusedTag: (tag: string) => `tag "${tag}" is not used by any item`,
    badRange: (low: number, high: number) => `range [${low}, ${high}] must be within 0..100 with low <= high`,
    fixtureTop: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": expected top [${expected.join(", ")}], got [${actual.join(", ")}]`,
    fixtureRange: (name: string, field: string, low: number, high: number, actual: number | null) =>
      `fixture "${name}": expected ${field} in [${low}, ${high}], got ${actual ?? "none (no answers)"}`,
    kinds: { group: "group", tag: "tag", dimension: "dimension", item: "item", profile: "profile", fixture: "fixture" } as Record<
      string,
      string
    >,
    what: { anchor: "anchor level", target: "target", answer: "answer" } as Record<string, string>,
    floorOutOfScale: (floor: number, min: number, max: number) => `floor ${floor} is outside the scale; allowed: integers ${min}..${max}`,
    floorReasonMissing: (item: string) => `item "${item}" has a floor but no floorReason; name the rule at stake (e.g. GDPR art. 7)`,
    floorWithoutFloor: (item: string) => `item "${item}" has a floorReason but no floor`,
    fixtureRisks: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": expected risks [${expected.join(", ")}], got [${actual.join(", ")}]`,
    fixtureNotNow: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": expected not now [${expected.join(", ")}], got [${actual.join(", ")}]`,
  },
  /** Rubric `history` (docs/rubric-format.md#history): ids that changed since earlier versions. */
  history: {
    oldIdInUse: (id: string, line: number, col: number) =>
      `history: "${id}" is a current item id (at ${line}:${col}); only ids that no longer exist may be listed as renamed or removed`,
    listedTwice: (id: string, line: number, col: number) =>
      `history: "${id}" is already listed at ${line}:${col}; an old id is either renamed or removed, once`,
    renamedNotice: (from: string, to: string) => `answer for "${from}" loaded as "${to}" (the item was renamed)`,
    removedWarning: (id: string) => `item "${id}" was removed from the rubric; its answer is ignored`,
    bothIds: (from: string, to: string) => `answers for both "${from}" and its new id "${to}"; the one for "${to}" is used`,
    declared: "declared in history",
    itemRemovedDeclared: (id: string) => `item ${id} was removed (declared in history: its saved answers are ignored with a warning)`,
  },
  diff: {
    heading: (id: string, from: string, to: string) => `${id}: ${from} → ${to}`,
    breaking: "Breaking: answers saved for the old version would stop loading.",
    notBreaking: "Not breaking: answers saved for the old version still load.",
    rubricIdChanged: (from: string, to: string) => `the rubric id changed from ${from} to ${to}`,
    itemRemoved: (id: string) => `item ${id} was removed`,
    itemRenamed: (from: string, to: string) => `item ${from} was renamed to ${to}`,
    scaleChanged: (from: string, to: string) => `the scale changed from ${from} to ${to}`,
    profileRemoved: (id: string) => `profile ${id} was removed`,
    itemsAdded: "Items added",
    itemsRemoved: "Items removed",
    itemsRenamed: "Items renamed (declared in history, or the same question under a new id)",
    itemsMoved: "Items moved to another dimension",
    dimensionsAdded: "Dimensions added",
    dimensionsRemoved: "Dimensions removed",
    profilesAdded: "Profiles added",
    profilesRemoved: "Profiles removed",
    scale: "Scale",
    targets: "Targets",
    weights: "Weights",
    efforts: "Efforts",
    texts: "Texts",
    fixtures: "Fixtures scored under both versions",
    none: "No changes.",
    top: "top",
    gapIndex: "gap index",
    maturity: "maturity",
    unscorable: "cannot be scored (its profile is missing)",
    change: "Change",
    before: "Before",
    after: "After",
    versionUnchanged: (version: string) =>
      `breaking changes, but the version is still ${version}: raise the version so answers saved for the old one are flagged`,
  },
  init: {
    exists: (file: string) => `${file} already exists; gapcheck init never overwrites a file (choose another name)`,
    written: (file: string, command: string) => `Wrote ${file}. Check it with: ${command}`,
  },
};

function abbreviate(list: string[]): string {
  return list.length <= 8 ? list.join(", ") : `${list.slice(0, 8).join(", ")} … (${list.length} in all)`;
}
