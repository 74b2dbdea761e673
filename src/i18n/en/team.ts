/** An organisation's result: consensus, agreement, groups and anonymity (aggregate). */
export const team = {
  team: {
    helpAggregate:
      "several respondents' answers (files, folders, globs, survey CSV exports) → one consensus " +
      "result with agreement and group differences",
    helpInputs: "answers files (YAML, JSON, template CSV), folders of them, globs, or survey-tool CSV exports",
    helpBy: "compare groups of respondents by this respondent field or survey column (e.g. group or role; never name)",
    helpMinGroup: 'smallest group shown on its own; smaller ones are pooled as "other"',
    helpProfile: "role profile to compare with (default: the rubric's defaultProfile)",
    helpNotes: "show respondents' notes (without names) for items with at least --min-group notes",
    helpSkipInvalid: "score the valid inputs and list the invalid ones instead of failing",
    helpSheet: "the sheet of an .xlsx export to read (default: the first)",
    helpTemplate:
      "print a blank questionnaire for people without gapcheck: csv (fill in, read back with --answers), markdown, html, " +
      "or gforms (a Google Apps Script that creates the Google Form)",
    helpTemplateFormat: "template format",
    helpTemplateProfile: "ask only the items that apply to this profile: an id, or a client profile file (default: every item)",
    badMinGroup: (value: string) => `"${value}" is not a group size; use a whole number from 3 to 1000`,
    minGroupFloor: (value: string) => `--min-group ${value}: use 3 or more, so that no group's figure is one or two people's answers`,
    byName: "--by name: names are never shown or compared; group by group or role instead",
    byUnknown: (field: string, fields: string[]) =>
      `--by ${field}: no input has this field; ` +
      (fields.length > 0 ? `the fields that exist: ${fields.join(", ")}` : "the inputs have no respondent fields or extra columns"),
    bySinglesOut: (field: string, alone: number, total: number) =>
      `--by ${field}: ${alone} of ${total} respondents are alone in their value, so it would single people out ` +
      "(a name or e-mail?); group by a field that people share, such as group or role",
    matchesNothing: (pattern: string) => `${pattern}: no file matches this pattern`,
    emptyFolder: "folder has no .yaml, .yml, .json, .csv, .tsv or .xlsx file to read",
    duplicate: (first: string) => `same bytes as ${first}; counted once`,
    noRespondents: "no respondent to aggregate: every input was empty or skipped",
    oneRespondent: "only 1 respondent: the consensus is that person's answers, and agreement needs 2 or more",
    invalidInputs: (n: number) =>
      `${n === 1 ? "1 input is" : `${n} inputs are`} invalid; fix ${n === 1 ? "it" : "them"}, or pass --skip-invalid to score the rest`,
    skipped: (list: string[]) => `skipped (invalid): ${list.join(", ")}`,
    ignoredColumns: (list: string[]) => `columns that match no item, ignored: ${list.map((c) => `"${c}"`).join(", ")}`,
    noItemColumns: "no column matches an item of this rubric (by id, [id] at the end, title or question)",
    twoColumns: (item: string, a: string, b: string) => `columns "${a}" and "${b}" both map to item "${item}"; keep one`,
    byColumnMissing: (field: string) => `--by ${field}: no column with that name`,
    rowTooShort: (cells: number, expected: number) => `row has ${cells} cells, the header has ${expected}`,
    rowTooLong: (cells: number, expected: number) => `row has ${cells} cells, the header has ${expected}`,
    badCell: (cell: string, item: string, allowed: string) => `"${cell}" is not an answer for "${item}"; allowed: ${allowed}`,
    allowed: (min: number, max: number, labels: string[]) =>
      `a level ${min}–${max}, a label (${labels.join(", ")}), blank for don't know, or n/a`,
    csvSyntax: (detail: string) => `CSV syntax error: ${detail}`,
    metadataColumns: (list: string[]) =>
      `not questions, never read or shown: ${list.map((c) => `"${c}"`).join(", ")} (survey-tool columns such as time, e-mail and name)`,
    readAs1252:
      'read as Windows-1252, not UTF-8 (Excel\'s plain "CSV"); to avoid any doubt about å, ä and ö, save as "CSV UTF-8 (Comma delimited)"',
    unknownEncoding: (byte: number) =>
      `neither UTF-8 nor Windows-1252 (byte 0x${byte.toString(16).padStart(2, "0")}); ` +
      'in Excel: File › Save As › "CSV UTF-8 (Comma delimited)"',
    noSheet: (sheet: string, sheets: string[]) =>
      `no sheet "${sheet}" in this workbook; its sheets: ${sheets.map((s) => `"${s}"`).join(", ")}`,
    notXlsx: (detail: string) => `not a readable .xlsx workbook (${detail}); open it in Excel and save it again as .xlsx or "CSV UTF-8"`,
    manyRespondents: (n: number) => `this file holds ${n} respondents: use gapcheck aggregate`,
    noRespondentRow: "this file holds no respondent's row, only the header",
    templateRubric: (got: string, expected: string) =>
      `the sheet is for rubric "${got}", not "${expected}"; use the rubric it was made for (--rubric)`,
    notApplicable: "Not applicable",
    respondents: (n: number, files: number) => `${n} respondent${n === 1 ? "" : "s"} (${files} file${files === 1 ? "" : "s"})`,
    team: "Team",
    disagreeTitle: "Where people disagree",
    splitItems: (n: number, total: number) => `${n} of ${total} items split the room`,
    largestUnknown: (title: string, points: string) => `Largest unknown: ${title} could hide ${points} points`,
    disagreeNone: "No item splits the team: where two or more answered, they broadly agree.",
    disagreeNeedsTwo: "Agreement needs 2 or more respondents.",
    disagreeLead: "Discuss these before acting: the median hides a split.",
    groupsTitle: "Where groups differ",
    groupsNone: "No item where two groups' medians differ by a whole level or more.",
    groupsNoneShown: (min: number) => `No group has ${min} or more respondents, so none is shown on its own.`,
    groupLine: (group: string, n: number) => `${group} (${n})`,
    groupIndexes: "Groups",
    explain:
      "rwg: 1 = everyone gave the same level, below 0.5 = no real agreement. AD_Md: the average " +
      "distance from the median, in levels (above 0.8 on a 5-level scale is a wide spread).",
    n: "n",
    median: "Median",
    range: "Range",
    levels: "Levels",
    /** The last column of "Where groups differ": which group's median is higher, and by how much. */
    higherHead: "Higher group",
    higher: (group: string, by: string) => `${group} +${by}`,
    higherThan: (group: string, by: string, lower: string) => `${group} +${by} over ${lower}`,
    dontKnow: "Don't know",
    mean: "Mean",
    min: "Min",
    max: "Max",
    disagreement: "Disagreement",
    yes: "yes",
    notes: "Notes",
    distribution: "How the team answered",
    distributionLead:
      "One bar per level, the number above it is how many gave that level; ▲ marks the median. Items marked ⚠ split the team.",
    groupRadar: "Groups compared by dimension",
    /** A spoke of the group radar where a group gave no level: its line breaks there (never a dip to 0). */
    radarMissing: (groups: string) => `no level from ${groups}`,
    radarGap: "A break in a group's line: that group gave no level there (don't know). It is not drawn as 0.",
    radarScale: (min: string, max: string) => `Scale ${min}–${max}, the centre is ${min}`,
    agreementDim: "Agreement",
  },
};
