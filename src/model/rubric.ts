import type { DimensionFile, ItemFile, ProfileFile, RubricFile } from "./schema.js";
import { textIn } from "./text.js";
import type { TextValue } from "./schema.js";

export interface ItemRef {
  item: ItemFile;
  dimension: DimensionFile;
  /** Position in rubric order (dimensions in order, items in order); the last tie-breaker. */
  order: number;
}

/** A rubric that passed validation, with the look-ups the scorer and the prompts need. */
export interface Rubric {
  data: RubricFile;
  defaultLocale: string;
  items: ItemRef[];
  itemById: ReadonlyMap<string, ItemRef>;
  profileById: ReadonlyMap<string, ProfileFile>;
  defaultProfileId: string;
}

export function buildRubric(data: RubricFile): Rubric {
  const items: ItemRef[] = [];
  for (const dimension of data.dimensions) for (const item of dimension.items) items.push({ item, dimension, order: items.length });
  return {
    data,
    defaultLocale: data.locales[0]!,
    items,
    itemById: new Map(items.map((r) => [r.item.id, r])),
    profileById: new Map(data.profiles.map((p) => [p.id, p])),
    defaultProfileId: data.defaultProfile ?? data.profiles[0]!.id,
  };
}

/** Resolves rubric texts in one locale. */
export function textResolver(rubric: Rubric, locale: string): (value: TextValue | undefined) => string {
  return (value) => textIn(value, locale, rubric.defaultLocale);
}

/** An item's short label: its `title`, else its question. */
export function itemTitle(item: ItemFile): TextValue {
  return item.title ?? item.text;
}

/**
 * The rubric as a questionnaire for one profile shows it: without the items the profile excludes (and
 * dimensions left empty), numbered anew. Only for asking: scoring always uses the whole rubric.
 */
export function askedOf(rubric: Rubric, profile: Pick<ProfileFile, "exclude">): Rubric {
  if (!profile.exclude?.length) return rubric;
  const excluded = new Set(profile.exclude);
  const dimensions = rubric.data.dimensions
    .map((d) => ({ ...d, items: d.items.filter((i) => !excluded.has(i.id)) }))
    .filter((d) => d.items.length > 0);
  const items = rubric.items.filter((ref) => !excluded.has(ref.item.id)).map((ref, order) => ({ ...ref, order }));
  return { ...rubric, data: { ...rubric.data, dimensions }, items, itemById: new Map(items.map((r) => [r.item.id, r])) };
}
