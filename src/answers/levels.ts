import { en } from "../i18n/en.js";
import type { Messages } from "../i18n/messages.js";
import { nb } from "../i18n/nb.js";
import { sv } from "../i18n/sv.js";
import { itemTitle, type Rubric } from "../model/rubric.js";
import type { TextValue } from "../model/schema.js";
import { textIn } from "../model/text.js";

/*
 * Reading what people type into spreadsheets and forms: header texts matched to items, and cells
 * read as levels, level labels in any locale, "don't know" or "not applicable" (docs/collecting-answers.md).
 */

/**
 * Text compared loosely: Unicode-normalised, one space for any run of white space (NBSP too), one
 * dash, straight quotes, no enclosing quotes or trailing punctuation (a form adds "?" or ":" a rubric may not have),
 * lower case.
 */
export function loose(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*\*$/, "") // a form's "required" marker
    .replace(/^["']+(?=\S)/, "") // a header written in quotes, "like this":
    .replace(/(?<=\S)[\s.,:;!?"']+$/, "")
    .toLowerCase();
}

function allTexts(value: TextValue | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : Object.values(value);
}

export type Cell = { kind: "level"; level: number } | { kind: "na" } | { kind: "dontKnow" } | { kind: "bad" };

/*
 * Sheets and forms are filled in by people in any language, whatever language gapcheck speaks to the
 * user: this module (and only this one, for what reads sheets) needs every catalogue. It is loaded only
 * when a sheet or survey export is read (answers/load.ts imports csv.ts on demand).
 */
const CATALOGUES = [en, sv, nb];

/** A catalogue text in every language, loosely compared, plus the literal gapcheck writes in files. */
export function inEveryLanguage(pick: (t: Messages) => string, literal: string): Set<string> {
  return new Set([literal, ...CATALOGUES.map((catalogue) => loose(pick(catalogue)))]);
}
/** Besides each language's "Not applicable" and "Don't know": what people type in a cell for them. */
const NA_WORDS = [
  "not applicable",
  "n.a.",
  "does not apply",
  "ej tillämpligt",
  "ej tillämplig",
  "inte tillämpligt",
  "gäller inte",
  "e/t",
  "ikke relevant",
  "ikke aktuelt",
  "gjelder ikke",
  "i/r",
];
const DONT_KNOW_WORDS = ["don't know", "do not know", "unknown", "?", "vet inte", "vet ej", "okänt", "vet ikke", "ukjent"];

/** Reads cells for the items of a rubric. */
export interface CellReader {
  read(cell: string, itemId: string): Cell;
  /** What a cell of this item may hold, for the error message, in the user's language. */
  allowed(t: Messages, locale: string): string;
}

export function cellReader(rubric: Rubric): CellReader {
  const { min, max } = rubric.data.scale;
  const labels = new Map<string, number>();
  for (let level = min; level <= max; level++)
    for (const text of allTexts(rubric.data.scale.levels[String(level)])) labels.set(loose(text), level);
  const anchors = new Map<string, Map<string, number>>();
  for (const { item } of rubric.items) {
    const m = new Map<string, number>();
    for (const [key, value] of Object.entries(item.levels ?? {})) for (const text of allTexts(value)) m.set(loose(text), Number(key));
    anchors.set(item.id, m);
  }
  const na = new Set(["n/a", "na", "-na-", ...[...CATALOGUES.map((c) => c.team.notApplicable), ...NA_WORDS].map(loose)]);
  const dontKnow = new Set(["", ...[...CATALOGUES.map((c) => c.team.dontKnow), ...DONT_KNOW_WORDS].map(loose)]);
  const inScale = (v: number): Cell => (Number.isInteger(v) && v >= min && v <= max ? { kind: "level", level: v } : { kind: "bad" });

  // A survey export repeats a handful of cell texts thousands of times: each is read once per item.
  const seen = new Map<string, Map<string, Cell>>();
  const read = (cell: string, itemId: string): Cell => {
    let memo = seen.get(itemId);
    if (!memo) {
      memo = new Map();
      seen.set(itemId, memo);
    }
    let result = memo.get(cell);
    if (result === undefined) {
      result = readCell(cell, itemId);
      if (memo.size < 256) memo.set(cell, result);
    }
    return result;
  };
  function readCell(cell: string, itemId: string): Cell {
    const text = loose(cell);
    if (dontKnow.has(text)) return { kind: "dontKnow" };
    if (na.has(text)) return { kind: "na" };
    // "3", "3.0" and the decimal comma "3,0" of Swedish and Norwegian spreadsheets.
    if (/^[+-]?\d+(?:[.,]0+)?$/.test(text)) return inScale(Number(text.replace(",", ".")));
    const label = labels.get(text) ?? anchors.get(itemId)?.get(text);
    if (label !== undefined) return { kind: "level", level: label };
    // "3 · Established", "3 - Established", "3. Established", "3: …", "3) …": the leading level.
    const lead = /^(\d+)\s*[·•.:)|-]\s*(.*)$/.exec(text);
    if (lead) {
      const level = Number(lead[1]);
      const rest = lead[2]!;
      const named = labels.get(rest) ?? anchors.get(itemId)?.get(rest);
      // A label for another level than the number is a contradiction, not an answer.
      if (named !== undefined && named !== level) return { kind: "bad" };
      return inScale(level);
    }
    return { kind: "bad" };
  }
  return {
    read,
    allowed(t, locale) {
      const names: string[] = [];
      for (let level = min; level <= max; level++)
        names.push(textIn(rubric.data.scale.levels[String(level)], locale, rubric.defaultLocale));
      return t.team.allowed(min, max, names);
    },
  };
}

/** How a survey column header names an item: exact id, `[id]` at the end, or title/question in any locale. */
export function headerMatcher(rubric: Rubric): (header: string) => string | undefined {
  const byText = new Map<string, string>();
  for (const { item } of rubric.items) {
    for (const text of [...allTexts(item.text), ...allTexts(itemTitle(item))]) {
      const key = loose(text);
      if (!byText.has(key)) byText.set(key, item.id);
    }
  }
  return (header) => {
    const trimmed = header.normalize("NFKC").trim();
    if (rubric.itemById.has(trimmed)) return trimmed;
    const suffix = /\[\s*([a-z0-9][a-z0-9-]*)\s*\]\s*\*?$/.exec(trimmed);
    if (suffix && rubric.itemById.has(suffix[1]!)) return suffix[1]!;
    const whole = byText.get(loose(header));
    if (whole !== undefined) return whole;
    // A Google Forms grid column, "Question [Row]": the row names the item.
    const row = /\[([^\]]+)\]\s*\*?$/.exec(trimmed)?.[1];
    return row === undefined ? undefined : byText.get(loose(row));
  };
}

/** Header names of the `--by` field in every language ("group", "Grupp", "Gruppe", …). */
export function fieldHeaders(field: string): Set<string> {
  const names = [field];
  for (const { template: tt } of CATALOGUES) {
    if (field === "group") names.push(tt.group, tt.group.replace(/\s*\(.*\)$/, ""));
    if (field === "role") names.push(tt.role);
  }
  return new Set(names.map(loose));
}
